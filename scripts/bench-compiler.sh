#!/usr/bin/env bash
# What the compiler spends on the C# generated for the 100-report consumer, part by part: the compiler alone (csc, a
# fresh process, the command line of the consumer's own clean build) over variants of the generated files, with and
# without the .NET SDK's analyzers, run in turn A B C … per round; medians of CPU (user+sys) and wall.
#   as generated            the files the generator wrote for the default options
#   no member initializer   the same, with the fact members' one initializer removed (the fields stay, unset)
#   standard members        the files for ReportSdkFactMembers=standard (no Chinese-named member per fact)
#   no generated code       only the consumer's own files
# Needs the work folder of `scripts/bench-process.sh build` (its consumer100, the generated files it kept, and the
# compiler command line in its build log). Usage: scripts/bench-compiler.sh [rounds (default 5)] [--force]
set -euo pipefail

rounds=5; force=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    ''|*[!0-9]*) echo "usage: $0 [rounds] [--force]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${REPORTSDK_BENCH_WORK:-${TMPDIR:-/tmp}/reportsdk-bench}"
log="$work/build100-cold.log"
gen_dir() { echo "$work/$1/ReportSdk.Generator/ReportSdk.Generator.ReportGenerator"; }
if [[ ! -f $log || ! -d $(gen_dir generated100) || ! -d $(gen_dir generated100standard) ]]; then
  echo "run 'scripts/bench-process.sh build' first: it writes $work/consumer100, the generated files and $log" >&2
  exit 1
fi
load_now="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$load_now" 'BEGIN { exit !(l > 1) }' && [[ $force == 0 ]]; then
  echo "load average $load_now > 1: refusing to measure (--force to measure anyway)" >&2
  exit 3
fi

stamp="$(date -u +%Y-%m-%dT%H%MZ)"
out="$root/benchmarks/results/$stamp-compiler"
tmp="$work/compiler-variants"
rm -rf "$tmp"; mkdir -p "$out" "$tmp"

# The compiler command line of the clean build (MSBuild's log of the Csc task), without the ReportSdk generator: the
# variants hand the compiler the generated files themselves.
line="$(grep -m1 'Roslyn/bincore/csc ' "$log")"
csc_dll="${line%% /noconfig*}"; csc_dll="${csc_dll##* }.dll"
args="${line#*Roslyn/bincore/csc }"
with_analyzers="$(echo "$args" | sed -E 's#/analyzer:[^ ]*ReportSdk\.Generator\.dll##g; s#/out:[^ ]*#/out:'"$tmp"'/Consumer.dll#; s#/refout:[^ ]*#/refout:'"$tmp"'/ref.dll#')"
without_analyzers="$(echo "$with_analyzers" | sed -E 's#/analyzer:[^ ]*NetAnalyzers\.dll##g')"
echo "$with_analyzers" > "$tmp/with.rsp"
echo "$without_analyzers" > "$tmp/without.rsp"

mkdir -p "$tmp/as-generated" "$tmp/no-initializer" "$tmp/standard" "$tmp/none"
cp "$(gen_dir generated100)"/*.cs "$tmp/as-generated/"
cp "$(gen_dir generated100standard)"/*.cs "$tmp/standard/"
for f in "$tmp"/as-generated/*.cs; do
  perl -0pe 's/\n[ \t]*\/\/ The fact members above[^\n]*\n[ \t]*private static readonly int __members =\n(?:[ \t]*global::ReportSdk\.Generated\.ReportTables\.Assign\(Report\.Indicators[^\n]*\n)+/\n/g' \
    "$f" > "$tmp/no-initializer/$(basename "$f")"
done

variants=(as-generated no-initializer standard none)
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "load before: $(cat /proc/loadavg)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "compiler: $csc_dll; rounds: $rounds (each round runs every variant once, in turn)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD)"
  for v in "${variants[@]}"; do
    echo "$v: $(cat "$tmp/$v"/*.cs 2>/dev/null | wc -c) bytes of C# in $(find "$tmp/$v" -name '*.cs' | wc -l) files"
  done
} | tee "$out/machine.txt"

cd "$work/consumer100"
for r in $(seq "$rounds"); do
  for analyzers in with without; do
    for v in "${variants[@]}"; do
      # shellcheck disable=SC2046
      /usr/bin/time -f "$v $analyzers %e %U %S" -o "$tmp/time" dotnet "$csc_dll" "@$tmp/$analyzers.rsp" $(find "$tmp/$v" -name '*.cs' | sort) > "$tmp/csc.log" 2>&1 \
        || { echo "the compiler failed on $v ($analyzers analyzers):" >&2; grep -m5 'error' "$tmp/csc.log" >&2; exit 1; }
      cat "$tmp/time" >> "$out/runs.txt"
    done
  done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
{
  echo
  echo "| generated C# | SDK analyzers | CPU (user+sys), median s | wall, median s | CPU / no generated code |"
  echo "|---|---|---:|---:|---:|"
  for analyzers in with without; do
    base="$(awk -v a="$analyzers" '$1 == "none" && $2 == a { print $4 + $5 }' "$out/runs.txt" | median)"
    for v in "${variants[@]}"; do
      cpu="$(awk -v v="$v" -v a="$analyzers" '$1 == v && $2 == a { print $4 + $5 }' "$out/runs.txt" | median)"
      wall="$(awk -v v="$v" -v a="$analyzers" '$1 == v && $2 == a { print $3 }' "$out/runs.txt" | median)"
      printf '| %s | %s | %.2f | %.2f | %.2f× |\n' "$v" "$analyzers" "$cpu" "$wall" "$(awk -v c="$cpu" -v b="$base" 'BEGIN { print c / b }')"
    done
  done
  echo
  echo "load after: $(cat /proc/loadavg)"
} | tee "$out/table.md"
