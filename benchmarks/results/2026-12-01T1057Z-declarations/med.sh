#!/usr/bin/env bash
for v in "$@"; do
  c=$(grep "^$v " /tmp/exp/runs.txt | awk '{print $3+$4}' | sort -n | tr '\n' ' ')
  w=$(grep "^$v " /tmp/exp/runs.txt | awk '{print $2}' | sort -n | tr '\n' ' ')
  python3 -c "
import statistics,sys
c=[float(x) for x in '$c'.split()]; w=[float(x) for x in '$w'.split()]
print(f'%-16s cpu median %.2f  [%s]  wall median %.2f' % ('$v', statistics.median(c), ' '.join('%.2f'%x for x in c), statistics.median(w)))"
done
