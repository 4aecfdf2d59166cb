import sys, os, glob, subprocess, shutil
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(f for f in glob.glob(src + '/0*.cs'))
os.makedirs(dst, exist_ok=True)
shutil.copy(src + '/ReportSdk.ReportSet.g.cs', dst)
for k in range(0, len(files), n):
    tmp = '/tmp/exp/_chunk'; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    for f in files[k:k+n]: shutil.copy(f, tmp)
    subprocess.check_call(['python3', '/tmp/exp/merge.py', tmp, tmp + '/out'])
    shutil.copy(tmp + '/out/merged.g.cs', '%s/c%03d.g.cs' % (dst, k))
