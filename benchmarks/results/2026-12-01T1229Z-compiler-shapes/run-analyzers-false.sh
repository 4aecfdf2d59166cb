#!/bin/bash
# clean builds in turn: empty consumer, 100 reports, 100 reports with RunAnalyzers=false (build servers off)
w=/tmp/reportsdk-bench
flags="-c Release --no-restore -nologo -v q -nodeReuse:false -p:UseSharedCompilation=false"
out=/tmp/sbs/ra-runs.txt
for r in $(seq ${1:-5}); do
  for v in empty full noanalyzers; do
    case $v in empty) d=$w/consumer0; extra="";; full) d=$w/consumer100; extra="";; noanalyzers) d=$w/consumer100; extra="-p:RunAnalyzers=false";; esac
    rm -rf $d/bin $d/obj/Release
    /usr/bin/time -f "$v %e %U %S %M" -o /tmp/sbs/t dotnet build $d $flags $extra > /tmp/sbs/b.log 2>&1 || { echo fail $v; tail -5 /tmp/sbs/b.log; }
    cat /tmp/sbs/t >> $out
  done
done
