#!/usr/bin/env bash
# usage: run.sh rounds variant...   (runs csc alone over /tmp/exp/<variant>/*.cs in turn; prints medians)
set -uo pipefail
cd /tmp/reportsdk-bench/consumer100
rounds=$1; shift
csc=$(cat /tmp/exp/cscdll)
: > /tmp/exp/runs.txt
for r in $(seq $rounds); do
  for v in "$@"; do
    rsp=with; d=$v; case $v in *@*) rsp=${v%@*}; d=${v#*@};; esac; /usr/bin/time -f "$v %e %U %S %M" -o /tmp/exp/time dotnet $csc @/tmp/exp/$rsp.rsp $(find /tmp/exp/$d -name '*.cs' | sort) > /tmp/exp/csc-$v.log 2>&1 || { echo "FAIL $v"; grep -m5 error /tmp/exp/csc-$v.log; exit 1; }
    cat /tmp/exp/time >> /tmp/exp/runs.txt
  done
done
/tmp/exp/med.sh "$@"
