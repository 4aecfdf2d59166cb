#!/bin/bash
# usage: run.sh rounds dir1 dir2 ... ; each dir holds the .cs files; with analyzers
V=/tmp/reportsdk-bench/compiler-variants; csc=$(cat /tmp/exp1/csc.txt)
out=${OUT:-/tmp/exp2/runs.txt}
cd /tmp/reportsdk-bench/consumer100
rounds=$1; shift
for r in $(seq $rounds); do
 for d in "$@"; do
  /usr/bin/time -f "$(basename $d) %e %U %S" -o /tmp/exp2/t dotnet $csc @$V/with.rsp $EXTRA $(find $d -name '*.cs' | sort) > /tmp/exp2/csc.log 2>&1 || { echo fail $d; grep -m3 error /tmp/exp2/csc.log; }
  cat /tmp/exp2/t >> $out
 done
done
