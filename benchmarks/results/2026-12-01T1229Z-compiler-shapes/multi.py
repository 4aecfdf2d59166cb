import re,sys,os,glob
src,dst=sys.argv[1:3]
os.makedirs(dst,exist_ok=True)
pat=re.compile(r'((?:[ \t]*public static readonly global::ReportSdk\.(Indicator|Section) [^\s;=]+;\n){2,})')
def rep(m):
    lines=m.group(1).splitlines()
    indent=re.match(r'[ \t]*',lines[0]).group(0)
    names=[l.strip().split()[-1].rstrip(';') for l in lines]
    return '%spublic static readonly global::ReportSdk.%s %s;\n'%(indent,m.group(2),', '.join(names))
for f in glob.glob(src+'/*.cs'):
    t=open(f,encoding='utf-8-sig').read()
    open(dst+'/'+os.path.basename(f),'w',encoding='utf-8').write(pat.sub(rep,t))
