import re,sys,os,glob
src,dst,mode=sys.argv[1:4]
os.makedirs(dst,exist_ok=True)
pat=re.compile(r'global::ReportSdk\.Generated\.ReportTables\.Assign\(Report\.Indicators, ([^\n]*?)\)( \+|;)\n')
def esc(n): return '\\u%04x'%n
for f in glob.glob(src+'/*.cs'):
    t=open(f,encoding='utf-8-sig').read()
    def rep(m):
        parts=[p.strip() for p in m.group(1).split(',')]
        rows=[int(parts[i]) for i in range(0,len(parts),2)]
        refs=[parts[i] for i in range(1,len(parts),2)]
        if mode=='same':
            return 'global::Stub.Assign(Report.Indicators, %s)%s\n'%(m.group(1),m.group(2))
        if mode=='rows':
            return 'global::Stub.Assign(Report.Indicators, "%s", %s)%s\n'%(''.join(esc(r) for r in rows),', '.join(refs),m.group(2))
    t2=pat.sub(rep,t)
    open(dst+'/'+os.path.basename(f),'w',encoding='utf-8').write(t2)
