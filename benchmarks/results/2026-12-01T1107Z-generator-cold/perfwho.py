# Reads `perf script -F tid,time,ip,sym,dso` output of a compiler process; keeps the main thread between the first
# and the last sample with a ReportSdk.Generator frame.
#   perfwho.py FILE jit N            samples in the JIT, by the first managed frame that called into it
#   perfwho.py FILE callers PATTERN  the three frames above the first frame whose name holds PATTERN
import sys, collections, re
samples=[]; cur=None
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        if cur: samples.append(cur); cur=None
        continue
    if not line.startswith(('\t',' ')):
        p=line.split(); cur=(int(p[0]), float(p[1].rstrip(':')), [])
    else:
        m=re.match(r'\s*([0-9a-f]+)\s+(.*)\s+\((.*)\)\s*$', line)
        if m and cur: cur[2].append((m.group(2), m.group(3).split('/')[-1]))
if cur: samples.append(cur)
gen=[s for s in samples if any('ReportSdk.Generator' in d or 'ReportSdk.Generator' in f for f,d in s[2])]
t0=min(s[1] for s in gen); t1=max(s[1] for s in gen); main=gen[0][0]
mw=[s for s in samples if t0<=s[1]<=t1 and s[0]==main]
name=lambda f: re.sub(r'^(instance )?\S+ ','',f)
c=collections.Counter()
if sys.argv[2]=='jit':
    native={'libcoreclr.so','libclrjit.so','libc.so.6','ld-linux-x86-64.so.2','[kernel.kallsyms]','[unknown]','libcrypto.so.3','[vdso]','libstdc++.so.6.0.30'}
    for s in mw:
        if not any(d=='libclrjit.so' for f,d in s[2]): continue
        for f,d in s[2]:
            if d not in native and not f.startswith('stub'): c[(d, name(f)[:140])]+=1; break
    print('jit samples', sum(c.values()), 'of', len(mw)); top=int(sys.argv[3])
else:
    for s in mw:
        fr=s[2]
        for i,(f,d) in enumerate(fr):
            if sys.argv[3] in f:
                c[' <- '.join(name(f2)[:90] if f2!='[unknown]' else d2 for f2,d2 in fr[i+1:i+4])]+=1; break
    print(sum(c.values())); top=15
for k,v in c.most_common(top): print('%4d %s'%(v,k))
