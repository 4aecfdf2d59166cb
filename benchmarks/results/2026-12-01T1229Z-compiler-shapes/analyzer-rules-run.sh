#!/bin/bash
V=/tmp/reportsdk-bench/compiler-variants; csc=$(cat /tmp/exp1/csc.txt)
cd /tmp/reportsdk-bench/consumer100
rounds=${1:-3}
for r in $(seq $rounds); do
 for v in $VARIANTS; do
  case $v in with) extra="";; s2252) extra="/analyzerconfig:/tmp/exp1/s2252.globalconfig";; s1856) extra="/analyzerconfig:/tmp/exp1/s1856.globalconfig";; edcfg) extra="/analyzerconfig:$V/as-generated/.editorconfig";; both) extra="/analyzerconfig:/tmp/exp1/s2252.globalconfig /analyzerconfig:/tmp/exp1/s1856.globalconfig";; without) extra="";; esac
  rsp=$V/with.rsp; [ $v = without ] && rsp=$V/without.rsp
  /usr/bin/time -f "$v %e %U %S" -o /tmp/exp1/t dotnet $csc @$rsp $extra $(find $V/as-generated -name '*.cs' | sort) > /tmp/exp1/csc.log 2>&1 || { echo fail $v; grep -m3 error /tmp/exp1/csc.log; }
  cat /tmp/exp1/t >> /tmp/exp1/runs.txt
 done
done
