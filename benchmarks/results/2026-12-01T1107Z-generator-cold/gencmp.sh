#!/usr/bin/env bash
# usage: gencmp.sh rounds dirA dirB ...  (each dir holds ReportSdk.Generator.dll); csc fresh over the 100-report consumer
set -uo pipefail
cd /tmp/reportsdk-bench/consumer100
rounds=$1; shift
csc=$(cat /tmp/exp/cscdll)
orig=$(grep -o '/analyzer:[^ ]*ReportSdk.Generator.dll' /tmp/exp/gen.rsp)
: > /tmp/exp/genruns.txt
for r in $(seq $rounds); do
  for d in "$@"; do
    sed "s#$orig#/analyzer:$d/ReportSdk.Generator.dll#" /tmp/exp/gen.rsp > /tmp/exp/gen-cur.rsp
    /usr/bin/time -f "%e %U %S" -o /tmp/exp/gtime dotnet $csc @/tmp/exp/gen-cur.rsp > /tmp/exp/gen-cur.log 2>&1 || { echo FAIL $d; grep -m3 error /tmp/exp/gen-cur.log; exit 1; }
    g=$(grep -m1 'ReportSdk.Generator.ReportGenerator' /tmp/exp/gen-cur.log | awk '{print $1}')
    echo "$d $g $(cat /tmp/exp/gtime)" >> /tmp/exp/genruns.txt
  done
done
for d in "$@"; do
  python3 - "$d" <<'PY'
import sys,statistics
d=sys.argv[1]; rows=[l.split() for l in open('/tmp/exp/genruns.txt') if l.split()[0]==d]
g=[float(r[1]) for r in rows]; c=[float(r[3])+float(r[4]) for r in rows]; w=[float(r[2]) for r in rows]
print('%-14s gen median %.3f [%s]  cpu median %.2f  wall %.2f' % (d.split('/')[-1], statistics.median(g), ' '.join('%.2f'%x for x in sorted(g)), statistics.median(c), statistics.median(w)))
PY
done
