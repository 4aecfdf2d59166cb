import re,sys,os,glob
src,dst=sys.argv[1:3]
os.makedirs(dst,exist_ok=True)
# merge the fact Assign calls of one initializer into calls of 16 refs
blk=re.compile(r'(private static readonly int __members =\n)((?:[ \t]*global::ReportSdk\.Generated\.ReportTables\.Assign\(Report\.Indicators, [^\n]*\n)+)')
call=re.compile(r'([ \t]*)global::ReportSdk\.Generated\.ReportTables\.Assign\(Report\.Indicators, ([^\n]*?)\)( \+|;)$')
def esc(n): return '\\u%04x'%n
def rep(m):
    pairs=[]; indent=None
    for line in m.group(2).splitlines():
        c=call.match(line); indent=c.group(1)
        parts=[p.strip() for p in c.group(2).split(',')]
        pairs+= [(int(parts[i]),parts[i+1]) for i in range(0,len(parts),2)]
    out=[]
    i=0
    while i<len(pairs):
        n=16 if len(pairs)-i>=16 else (8 if len(pairs)-i>=8 else 1)
        g=pairs[i:i+n]; i+=n
        out.append('%sglobal::Stub.Assign(Report.Indicators, "%s", %s)'%(indent,''.join(esc(r) for r,_ in g),', '.join(x for _,x in g)))
    return m.group(1)+' +\n'.join(out)+';\n'
for f in glob.glob(src+'/*.cs'):
    t=open(f,encoding='utf-8-sig').read()
    open(dst+'/'+os.path.basename(f),'w',encoding='utf-8').write(blk.sub(rep,t))
