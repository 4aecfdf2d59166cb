import sys, collections, re
samples=[]; cur=None
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        if cur: samples.append(cur); cur=None
        continue
    if not line.startswith('\t') and not line.startswith(' '):
        parts=line.split()
        cur=(int(parts[0]), float(parts[1].rstrip(':')), [])
    else:
        m=re.match(r'\s*([0-9a-f]+)\s+(.*)\s+\((.*)\)\s*$', line)
        if m and cur: cur[2].append((m.group(2), m.group(3).split('/')[-1]))
if cur: samples.append(cur)
gen=[s for s in samples if any('ReportSdk.Generator' in d or 'ReportSdk.Generator' in f for f,d in s[2])]
t0=min(s[1] for s in gen); t1=max(s[1] for s in gen)
tids=collections.Counter(s[0] for s in gen)
print('generator samples', len(gen), 'window %.3f s' % (t1-t0), 'threads', tids.most_common(3))
start=min(s[1] for s in samples)
print('window from %.3f to %.3f s after start' % (t0-start, t1-start))
main=tids.most_common(1)[0][0]
win=[s for s in samples if t0<=s[1]<=t1]
bythread=collections.Counter(s[0] for s in win)
print('samples in window by thread', bythread.most_common(8))
def leaf(s):
    f,d=s[2][0] if s[2] else ('?','?')
    return d
mw=[s for s in win if s[0]==main]
print('main thread in window:', len(mw))
for k,v in collections.Counter(leaf(s) for s in mw).most_common(12): print('  %5d %5.1f%% %s'%(v,100*v/len(mw),k))
print('top leaf symbols (main thread, window):')
for k,v in collections.Counter((s[2][0][0][:90] if s[2] else '?')+' | '+leaf(s) for s in mw).most_common(int(sys.argv[2]) if len(sys.argv)>2 else 40): print('  %5d %5.1f%% %s'%(v,100*v/len(mw),k))
ow=[s for s in win if s[0]!=main]
print('other threads in window:', len(ow))
for k,v in collections.Counter(leaf(s) for s in ow).most_common(8): print('  %5d %s'%(v,k))
print()
native={'libcoreclr.so','libclrjit.so','libc.so.6','ld-linux-x86-64.so.2','[kernel.kallsyms]','[unknown]','libcrypto.so.3','[vdso]','libSystem.Native.so'}
def firstmanaged(s):
    for f,d in s[2]:
        if d not in native: return d if 'doublemapper' not in d else 'JIT-code'
    return 'none'
def isjit(s): return any(d=='libclrjit.so' for f,d in s[2])
m=collections.Counter()
for s in mw:
    m[(leaf(s) if 'doublemapper' not in leaf(s) else 'JIT-code', 'injit' if isjit(s) else '', firstmanaged(s))]+=1
for k,v in m.most_common(30): print('  %5d %5.1f%% %s'%(v,100*v/len(mw),k))
