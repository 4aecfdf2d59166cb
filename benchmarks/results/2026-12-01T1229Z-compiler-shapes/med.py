import collections,statistics,sys
d=collections.defaultdict(list)
for l in open(sys.argv[1] if len(sys.argv)>1 else '/tmp/exp2/runs.txt'):
    v,e,u,s=l.split(); d[v].append((float(e),float(u)+float(s)))
for v,xs in d.items(): print(v, 'n',len(xs),'wall',statistics.median(x[0] for x in xs),'cpu',round(statistics.median(x[1] for x in xs),3), sorted(round(x[1],2) for x in xs))
