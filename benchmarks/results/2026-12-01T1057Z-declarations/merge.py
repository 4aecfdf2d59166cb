import sys, os, re, glob
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
tree = {}; order = []
header = None
for f in sorted(glob.glob(src + '/*.cs')):
    if 'ReportSet' in f:
        open(os.path.join(dst, os.path.basename(f)), 'w').write(open(f, encoding='utf-8-sig').read()); continue
    lines = open(f, encoding='utf-8-sig').read().split('\n')
    ns = next(i for i, l in enumerate(lines) if l.startswith('namespace '))
    if header is None: header = lines[:ns + 1]
    i = ns + 1; path = []
    while True:
        while lines[i].strip() == '': i += 1
        m = re.match(r'^\s*public static partial class (\S+)$', lines[i])
        if m and lines[i + 1].strip() == '{':
            path.append(m.group(1)); i += 2; continue
        break
    end = len(lines)
    while lines[end - 1].strip() == '': end -= 1
    end -= len(path)
    assert all(l.strip() == '}' for l in lines[end:end + len(path)]), f
    node = tree
    for p in path:
        if p not in node: node[p] = {'__leaves': []}
        node = node[p]
    node['__leaves'].append('\n'.join(lines[i:end]))
import collections
bypath=collections.OrderedDict()
def collect(node, path):
    for k,v in node.items():
        if k=='__leaves': continue
        if v['__leaves']: bypath[tuple(path+[k])]=v['__leaves']
        collect(v, path+[k])
if len(sys.argv)>3:
    collect(tree, [])
    for n,(p,leaves) in enumerate(bypath.items()):
        o=header+['']
        for d,name in enumerate(p): o+=['    '*d+'public static partial class '+name,'    '*d+'{']
        o+=leaves
        for d in reversed(range(len(p))): o.append('    '*d+'}')
        open(os.path.join(dst,'g%03d.g.cs'%n),'w').write('\n'.join(o)+'\n')
    sys.exit(0)
out = header + ['']
def emit(node, depth):
    for k, v in node.items():
        if k == '__leaves': continue
        ind = '    ' * depth
        out.append(ind + 'public static partial class ' + k); out.append(ind + '{')
        for leaf in v['__leaves']: out.append(leaf)
        emit(v, depth + 1)
        out.append(ind + '}')
emit(tree, 0)
open(os.path.join(dst, 'merged.g.cs'), 'w').write('\n'.join(out) + '\n')
