#!/usr/bin/env bash
# The figures of docs/performance.md (issue 12), measured with public tools only, as one markdown table:
#   runtime    cold processes, each pair run side by side A B A B (hyperfine, one run per command per round):
#              figure vs hello-world printing a decimal, Compare vs the same hello-world, JSON load vs figure,
#              parse at start-up vs figure; peak memory of each with /usr/bin/time -v; the programs use ReportSdk
#              from the packed package (ReadyToRun images included), as a user who just runs `dotnet build`
#   build      clean `dotnet build` of a consumer with 100 report files vs an empty consumer, both referencing the
#              packed package (wall, CPU, peak memory; build servers off so every compiler process is a child that is
#              timed and measured); the same with the generator's portable IL instead of its ReadyToRun image; the
#              generator's own time inside that build (the compiler's /reportanalyzer); and the first figure of a
#              consumer's own report with its members as fields (default) vs lazy properties (ReportSdkLazyFacts=true)
#   generator  the generator in process (the workload harness): whole bundled corpus, seeds, 100 and 1,000
#              synthetic reports per full run, and a one-report edit
#   instructions  the cold programs once each under valgrind --tool=callgrind (not part of 'all')
# Usage: scripts/bench-process.sh [all|runtime|build|generator|instructions] [--quick] [--force]
#   Refuses to measure when the 1-minute load average (uptime) is above 1, unless --force; records the load.
#   Before each timed part, waits (up to REPORTSDK_BENCH_SETTLE_SECONDS, default 240; 0 with --quick) for the load its
#   own packing and builds raised to fall back to 1, and records the load it starts from.
#   Results: benchmarks/results/<UTC date-time>/ (table.md, machine.txt, hyperfine JSON per round, logs).
set -euo pipefail

what="all"; quick=0; force=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --force) force=1 ;;
    all|runtime|build|generator|instructions) what="$arg" ;;
    *) echo "usage: $0 [all|runtime|build|generator|instructions] [--quick] [--force]" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stamp="$(date -u +%Y-%m-%dT%H%MZ)"
out="$root/benchmarks/results/$stamp"
work="${REPORTSDK_BENCH_WORK:-${TMPDIR:-/tmp}/reportsdk-bench}"
mkdir -p "$out" "$work"
table="$out/table.md"

if [[ $quick == 1 ]]; then
  rounds=5; warmup=2; mem_rounds=2; build_rounds=2; touch_runs=5; workload_seconds=3; settle_default=0
else
  rounds=20; warmup=5; mem_rounds=5; build_rounds=5; touch_runs=21; workload_seconds=10; settle_default=240
fi
settle_seconds="${REPORTSDK_BENCH_SETTLE_SECONDS:-$settle_default}"

load1() { cut -d' ' -f1 /proc/loadavg; }
load_now="$(load1)"
if awk -v l="$load_now" 'BEGIN { exit !(l > 1) }'; then
  if [[ $force == 1 ]]; then
    echo "WARNING: load average $load_now > 1; measuring anyway (--force): the figures are not comparable" | tee "$out/LOADED"
  else
    echo "load average $load_now > 1 (uptime: $(uptime)): refusing to measure; wait for a quiet machine or pass --force" >&2
    rmdir "$out" 2>/dev/null || true
    exit 3
  fi
fi

# Public tools from Debian's packages: hyperfine (wall and CPU), jq (its JSON), time (/usr/bin/time -v: peak memory).
need() {
  local cmd="$1" pkg="${2:-$1}"
  command -v "$cmd" >/dev/null 2>&1 && return
  if [[ $(id -u) -ne 0 ]]; then echo "$cmd missing: run 'sudo apt-get update && sudo apt-get install -y $pkg'" >&2; exit 1; fi
  apt-get update >/dev/null && apt-get install -y "$pkg" >/dev/null
}
need hyperfine
need jq
[[ -x /usr/bin/time ]] || need /usr/bin/time time

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "load before: $(cat /proc/loadavg)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)"
    echo "dotnet sdk: $(dotnet --version); runtime: $(dotnet --list-runtimes | awk '/NETCore.App/ {print $2}' | tail -1)"
    echo "hyperfine: $(hyperfine --version | awk '{print $2}'); rounds: $rounds (A B A B), memory rounds: $mem_rounds, build rounds: $build_rounds"
    echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with uncommitted changes)')"
    echo "command: $0 $*"
  } > "$out/machine.txt"
  cat "$out/machine.txt"
}

# --- measuring a pair A B -------------------------------------------------------------------------------------

# Wall and CPU: hyperfine once per round with one run of A then one of B (so the pair is measured A B A B …),
# after warm-up runs of both. $1 label, $2 name A, $3 command A, $4 name B, $5 command B, $6 rounds, $7 warm-up
# runs; hyperfine options in the array hf_opts (-N for processes, or --prepare twice for builds: one per command).
hf_opts=()
pair_times() {
  local label="$1" a="$2" ca="$3" b="$4" cb="$5" n="$6" w="$7" i
  local dir="$out/$label"; mkdir -p "$dir"
  hyperfine "${hf_opts[@]}" --warmup "$w" --runs 1 -n "$a" "$ca" -n "$b" "$cb" > "$dir/warmup.log" 2>&1
  for ((i = 1; i <= n; i++)); do
    hyperfine "${hf_opts[@]}" --runs 1 --export-json "$dir/round$i.json" -n "$a" "$ca" -n "$b" "$cb" > /dev/null 2>&1
  done
  # Medians over the rounds: wall of A, wall of B, CPU (user + system) of A, CPU of B, in seconds.
  jq -s -r --arg a "$a" --arg b "$b" '
    def median: sort | if length % 2 == 1 then .[(length - 1) / 2] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
    [.[].results[]] as $r
    | [$a, $b] | map(. as $n | [$r[] | select(.command == $n)] | [(map(.times[0]) | median), (map(.user + .system) | median)])
    | "\(.[0][0]) \(.[1][0]) \(.[0][1]) \(.[1][1])"' "$dir"/round*.json
}

# Peak memory (maximum resident set size of the process tree's largest process, /usr/bin/time -v), median of
# rounds run A B A B. $1 label, $2 command A, $3 command B, $4 command run before each (or ""). Prints KiB A, KiB B.
pair_memory() {
  local label="$1" ca="$2" cb="$3" prep="$4" i x
  local dir="$out/$label"; mkdir -p "$dir"
  : > "$dir/rss-a.txt"; : > "$dir/rss-b.txt"
  for ((i = 1; i <= mem_rounds; i++)); do
    for x in a b; do
      [[ -n "$prep" ]] && eval "$prep" "$x"
      local c="$ca"; [[ $x == b ]] && c="$cb"
      # shellcheck disable=SC2086
      /usr/bin/time -v $c > /dev/null 2> "$dir/time-$x-$i.log" || true
      awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time-$x-$i.log" >> "$dir/rss-$x.txt"
    done
  done
  echo "$(sort -n "$dir/rss-a.txt" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}') $(sort -n "$dir/rss-b.txt" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')"
}

# One markdown row: what, A, B, medians and ratios B/A of wall, CPU and peak memory, the target.
row() {
  local what="$1" a="$2" b="$3" times="$4" mem="$5" target="$6"
  read -r wa wb ca cb <<< "$times"
  read -r ma mb <<< "$mem"
  awk -v what="$what" -v a="$a" -v b="$b" -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" -v ma="$ma" -v mb="$mb" -v t="$target" -v load="$(load1)" 'BEGIN {
    printf "| %s | %s | %s | %.1f ms / %.1f ms | **%.2f×** | %.1f ms / %.1f ms | **%.2f×** | %.1f / %.1f MiB | **%.2f×** | %s | %s |\n",
      what, b, a, wb * 1000, wa * 1000, wb / wa, cb * 1000, ca * 1000, cb / ca, mb / 1024, ma / 1024, mb / ma, t, load
  }' | tee -a "$table"
}

# Waits for the 1-minute load to fall to 1 (the script's own packing and builds lift it to 2-4), at most
# $settle_seconds seconds; the pairs run in turn either way, so both sides of a ratio see the same load.
settle() {
  local waited=0 from
  from="$(load1)"
  while (( waited < settle_seconds )) && awk -v l="$(load1)" 'BEGIN { exit !(l > 1) }'; do
    sleep 5; waited=$((waited + 5))
  done
  (( waited > 0 )) && echo "(waited ${waited} s for the load to settle: $from -> $(load1))" | tee -a "$out/machine.txt" >&2
  return 0
}

table_header() {
  settle
  {
    echo
    echo "### $1 (load before: $(load1))"
    echo
    echo "| what | B | A (baseline) | wall, median B / A | B/A | CPU (user+sys), median B / A | B/A | peak memory B / A | B/A | target (B/A) | load after |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|"
  } | tee -a "$table"
}

# --- runtime: cold processes --------------------------------------------------------------------------------

cs="$root/benchmarks/ColdStart"
bin="bin/Release/net10.0"

# Pack ReportSdk once per run into a local feed under a version no cache holds (ReadyToRun images included).
packed_version=""
pack_feed() {
  [[ -n $packed_version ]] && return
  packed_version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
  dotnet build "$root/src/ReportSdk/ReportSdk.csproj" -c Release -nologo -v q >/dev/null
  dotnet pack "$root/src/ReportSdk/ReportSdk.csproj" -c Release --no-build -nologo -v q -o "$work/feed" -p:Version="$packed_version" >/dev/null
}
restore_flags() { echo "-p:RestoreAdditionalProjectSources=$work/feed -p:RestorePackagesPath=$work/packages"; }

# The cold programs, built against the packed package.
cold_programs() {
  pack_feed
  local version="$packed_version"
  local p
  for p in Hello HelloNumber Figure Compare Query Parse Json Touch; do
    rm -rf "$cs/$p/bin" "$cs/$p/obj"
    dotnet build "$cs/$p/ColdStart.$p.csproj" -c Release -nologo -v q -p:ReportSdkPackageVersion="$version" \
      -p:RestoreAdditionalProjectSources="$work/feed" -p:RestorePackagesPath="$work/packages" >/dev/null
  done
  echo "ReportSdk $version from $work/feed; ColdStart.Figure loads: $(cd "$cs/Figure/$bin" && find . -name ReportSdk.dll | sort | tr '\n' ' ')" | tee -a "$out/runtime.log"
  local id="shijingshan-2023" key="Gdp"
  "$cs/Touch/$bin/ColdStart.Touch" --export-json "$work/catalog.json"
  dotnet msbuild "$root/src/ReportSdk/ReportSdk.csproj" -getItem:ReportSource | jq -r '.Items.ReportSource[].FullPath' > "$work/bundled.txt"
  hello="$cs/Hello/$bin/ColdStart.Hello"
  hellonumber="$cs/HelloNumber/$bin/ColdStart.HelloNumber"
  figure="$cs/Figure/$bin/ColdStart.Figure"
  compare="$cs/Compare/$bin/ColdStart.Compare"
  query="$cs/Query/$bin/ColdStart.Query"
  parse="$cs/Parse/$bin/ColdStart.Parse @$work/bundled.txt $id $key"
  json="$cs/Json/$bin/ColdStart.Json $work/catalog.json $id $key"
}

runtime() {
  cold_programs
  {
    echo "== the programs print:"
    for c in "$hello" "$hellonumber" "$figure" "$compare" "$query" "$parse" "$json"; do
      printf '%-22s %s\n' "$(basename "${c%% *}")" "$($c)" || { echo "$c failed" >&2; exit 1; }
    done
    echo "catalog.json: $(wc -c < "$work/catalog.json") bytes; bundled report files: $(wc -l < "$work/bundled.txt") ($(xargs cat < "$work/bundled.txt" | wc -c) bytes)"
  } | tee -a "$out/runtime.log"
  table_header "Cold processes (hyperfine -N, $rounds rounds A B; ReportSdk from the package)"
  hf_opts=(-N)
  row "one bundled figure vs a hello-world printing a decimal" "hello-world (980m)" "figure" \
    "$(pair_times figure "hello-world (980m)" "$hellonumber" "figure" "$figure" "$rounds" "$warmup")" \
    "$(pair_memory figure "$hellonumber" "$figure" "")" "≤ 1.05"
  row "first cross-report query, Compare(GdpGrowth, 2023), vs the same hello-world" "hello-world (980m)" "Compare" \
    "$(pair_times compare "hello-world (980m)" "$hellonumber" "Compare" "$compare" "$rounds" "$warmup")" \
    "$(pair_memory compare "$hellonumber" "$compare" "")" "≤ 1.3"
  row "loading the JSON export vs the figure" "figure" "JSON at start-up" \
    "$(pair_times json "figure" "$figure" "JSON at start-up" "$json" "$rounds" "$warmup")" \
    "$(pair_memory json "$figure" "$json" "")" "≥ 2"
  row "parsing the bundled texts at start-up vs the figure" "figure" "parse at start-up" \
    "$(pair_times parse "figure" "$figure" "parse at start-up" "$parse" "$rounds" "$warmup")" \
    "$(pair_memory parse "$figure" "$parse" "")" "— (no goal)"
  row "catalog Series query vs the figure" "figure" "Series" \
    "$(pair_times series "figure" "$figure" "Series" "$query" "$rounds" "$warmup")" \
    "$(pair_memory series "$figure" "$query" "")" "—"
  echo "== first touch and memory held (ColdStart.Touch, $touch_runs fresh processes)" | tee -a "$out/runtime.log"
  "$cs/Touch/$bin/ColdStart.Touch" --repeat "$touch_runs" | tee "$out/runtime-touch.txt"
}

# --- build: consumer with 100 report files vs an empty one ---------------------------------------------------

# Build servers off: MSBuild nodes and the compiler run as children of `dotnet build`, so hyperfine's CPU time and
# /usr/bin/time's peak memory include them (a warm VBCSCompiler would do the work outside the measured tree).
server_builds=6
build_flags="-c Release --no-restore -nologo -v q -nodeReuse:false -p:UseSharedCompilation=false"

# A consumer's project file: the packed package referenced, its report files as ReportSource items; $1 the path,
# $2 one more property element (an option of the generator).
consumer_project() {
  cat > "$1" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    $2
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ReportSdk" Version="$packed_version" />
    <ReportSource Include="reports/*.txt" />
  </ItemGroup>
</Project>
XML
}

consumer() {
  # $1: number of report files; $2 (optional): ReportSdkFactMembers, e.g. "standard" (folder consumer<n>-<value>)
  local n="$1" members="${2:-}" dir="$work/consumer$1${2:+-$2}"
  rm -rf "$dir"; mkdir -p "$dir/reports"
  if [[ $n -gt 0 ]]; then
    dotnet "$root/benchmarks/ReportSdk.Benchmarks/bin/Release/net10.0/ReportSdk.Benchmarks.dll" corpus "$n" "$dir/reports" >/dev/null
  fi
  # A consumer as a user writes it: the packed package referenced, its report files as ReportSource items, the
  # options at their defaults (no Values constants). The package's targets hand the compiler the generator's
  # ReadyToRun image for this machine (ReportSdkReadyToRunGenerator=false: the portable one).
  consumer_project "$dir/Consumer.csproj" "<ReportSdkFactMembers>$members</ReportSdkFactMembers>"
  echo 'System.Console.WriteLine(ReportSdk.ReportCatalog.All.Count);' > "$dir/Program.cs"
  # shellcheck disable=SC2046
  dotnet restore "$dir" -v q $(restore_flags) >/dev/null
  # Untimed builds that keep the generated files (outside the project folder) and have the compiler report how long
  # each generator took (/reportanalyzer): the rest of csc's time is compiling. First a fresh compiler process (server
  # off, as in the timed builds and on CI machines that set UseSharedCompilation=false), then six clean builds
  # through the compiler server, started for them (the generator's code warms up in it, as in an IDE session or
  # repeated builds): each one's generator time is reported, the first ones run the runtime's tier-up (tiered PGO's
  # instrumented code) and the later ones its steady state.
  local gen="$work/generated$n$members" k
  local analyzer_build=(dotnet build "$dir" -c Release --no-restore -nologo -v d -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=true
    -p:CompilerGeneratedFilesOutputPath="$gen")
  rm -rf "$gen" "$dir/bin" "$dir/obj/Release"
  "${analyzer_build[@]}" -p:UseSharedCompilation=false > "$work/build$n$members-cold.log"
  rm -rf "$gen" "$dir/bin" "$dir/obj/Release"
  "${analyzer_build[@]}" -p:UseSharedCompilation=false -p:ReportSdkReadyToRunGenerator=false > "$work/build$n$members-cold-portable.log"
  dotnet build-server shutdown >/dev/null 2>&1 || true
  for k in $(seq "$server_builds"); do
    rm -rf "$gen" "$dir/bin" "$dir/obj/Release"
    "${analyzer_build[@]}" -p:UseSharedCompilation=true > "$work/build$n$members-server$k.log"
  done
  dotnet build-server shutdown >/dev/null 2>&1 || true
  # The same with the compiler server's generator cache (ReportSdkGeneratorCache=true): three clean builds, then one
  # after a report file changed (a line appended to the first one; restored afterwards).
  if [[ $n -gt 0 ]]; then
    for k in 1 2 3; do
      rm -rf "$gen" "$dir/bin" "$dir/obj/Release"
      "${analyzer_build[@]}" -p:UseSharedCompilation=true -p:ReportSdkGeneratorCache=true > "$work/build$n$members-cache.log"
    done
    # (a glob, not `ls | head -1`: under pipefail the SIGPIPE ls can get from head ended the script at random)
    local reports=("$dir"/reports/*.txt) first_report; first_report="${reports[0]}"
    cp "$first_report" "$work/report.bak"
    printf '\n（本报告另有附件。）\n' >> "$first_report"
    "${analyzer_build[@]}" -p:UseSharedCompilation=true -p:ReportSdkGeneratorCache=true > "$work/build$n$members-cache-edit.log"
    cp "$work/report.bak" "$first_report"
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
  {
    printf 'consumer%-4s reports in: %9s bytes; generated C#: %9s bytes in %4s files; dll: %9s bytes; prints %s\n' "$n${members:+ ($members members)}" \
      "$(cat "$dir"/reports/*.txt 2>/dev/null | wc -c)" \
      "$(find "$gen" -name '*.cs' -print0 2>/dev/null | xargs -0 cat 2>/dev/null | wc -c)" \
      "$(find "$gen" -name '*.cs' 2>/dev/null | wc -l)" \
      "$(wc -c < "$dir/bin/Release/net10.0/Consumer.dll")" \
      "$(dotnet "$dir/bin/Release/net10.0/Consumer.dll")"
    echo "  fresh compiler:"; analyzer_times "$work/build$n$members-cold.log" | sed "s/^/    /"
    echo "  fresh compiler, portable generator (ReportSdkReadyToRunGenerator=false):"
    analyzer_times "$work/build$n$members-cold-portable.log" | sed "s/^/    /"
    echo "  compiler server, builds 1–$server_builds in a row (generator seconds):"; server_sequence "$n$members" | sed "s/^/    /"
    if [[ $n -gt 0 ]]; then
      echo "  compiler server with its generator cache, third clean build:"; analyzer_times "$work/build$n$members-cache.log" | sed "s/^/    /"
      echo "  the same, next build after one report file changed:"; analyzer_times "$work/build$n$members-cache-edit.log" | sed "s/^/    /"
    fi
  } | tee -a "$out/build.log"
}

# The compiler's /reportanalyzer lines: the total generator time and the ReportSdk generator's own line.
# The generator's seconds in each compiler-server build of server_sequence's consumer ($1: its suffix, e.g. 100).
server_sequence() {
  local k times=()
  for k in $(seq "$server_builds"); do
    times+=("$(grep -m1 -E "^ *[0-9.<]+ +[0-9<]+ +ReportSdk\.Generator\.ReportGenerator" "$work/build$1-server$k.log" | awk '{print $1}')")
  done
  echo "${times[*]}"
}

analyzer_times() {
  grep -E "Total generator execution time|^ *[0-9.<]+ +[0-9<]+ +ReportSdk\.Generator\.ReportGenerator" "$1" | sed 's/^ *//' | sort -u \
    || echo "(no /reportanalyzer lines in $1)"
}

# The first figure of a consumer's own report (石景山区 2023, compiled from its report file), printed by a fresh
# process: its fact members as fields set per report (the default) vs one lazy property each (ReportSdkLazyFacts=true,
# the bundled reports' shape). What the default's faster build costs at run time.
own_figure() {
  local shape dir
  for shape in fields lazy; do
    dir="$work/own1-$shape"
    rm -rf "$dir"; mkdir -p "$dir/reports"
    dotnet "$root/benchmarks/ReportSdk.Benchmarks/bin/Release/net10.0/ReportSdk.Benchmarks.dll" corpus 1 "$dir/reports" >/dev/null
    consumer_project "$dir/Own.csproj" "<ReportSdkLazyFacts>$([[ $shape == lazy ]] && echo true || echo false)</ReportSdkLazyFacts>"
    echo 'System.Console.WriteLine(Consumer.Reports.Beijing.Shijingshan.Y2023.Gdp.Value);' > "$dir/Program.cs"
    # shellcheck disable=SC2046
    dotnet build "$dir" -c Release -nologo -v q $(restore_flags) >/dev/null
  done
  local fields="$work/own1-fields/bin/Release/net10.0/Own" lazy="$work/own1-lazy/bin/Release/net10.0/Own"
  echo "own report's first figure: fields print $($fields), lazy print $($lazy)" | tee -a "$out/build.log"
  table_header "A consumer's own report, first figure (hyperfine -N, $rounds rounds A B)"
  hf_opts=(-N)
  row "first figure of a consumer's own report: members as fields (default) vs lazy properties" "lazy properties" "fields" \
    "$(pair_times own-figure "lazy properties" "$lazy" "fields" "$fields" "$rounds" "$warmup")" \
    "$(pair_memory own-figure "$lazy" "$fields" "")" "— (the default's run-time cost)"
  hf_opts=()
}

build() {
  pack_feed
  dotnet build "$root/benchmarks/ReportSdk.Benchmarks/ReportSdk.Benchmarks.csproj" -c Release -nologo -v q >/dev/null
  consumer 0
  consumer 100
  consumer 100 standard
  local c0="dotnet build $work/consumer0 $build_flags" c100="dotnet build $work/consumer100 $build_flags"
  local c100s="dotnet build $work/consumer100-standard $build_flags"
  local clean0="rm -rf $work/consumer0/bin $work/consumer0/obj/Release" clean100="rm -rf $work/consumer100/bin $work/consumer100/obj/Release"
  local clean100s="rm -rf $work/consumer100-standard/bin $work/consumer100-standard/obj/Release"
  clean_consumer() { if [[ $1 == a ]]; then eval "$clean0"; else eval "$clean100"; fi; }
  clean_consumer_standard() { if [[ $1 == a ]]; then eval "$clean0"; else eval "$clean100s"; fi; }
  clean_consumer_b() { eval "$clean100"; }
  table_header "Consumer builds (clean \`dotnet build\`, build servers off, $build_rounds rounds A B)"
  row "consumer with 100 report files vs an empty consumer" "empty consumer" "100 reports" \
    "$(hf_opts=(--prepare "$clean0" --prepare "$clean100"); pair_times build "empty consumer" "$c0" "100 reports" "$c100" "$build_rounds" 1)" \
    "$(pair_memory build "$c0" "$c100" clean_consumer)" "≤ 2 (≤ 3 least)"
  row "the 100-report consumer, the generator's ReadyToRun image vs its portable IL" "portable generator" "ReadyToRun generator" \
    "$(hf_opts=(--prepare "$clean100" --prepare "$clean100"); pair_times build-r2r "portable generator" "$c100 -p:ReportSdkReadyToRunGenerator=false" "ReadyToRun generator" "$c100" "$build_rounds" 1)" \
    "$(pair_memory build-r2r "$c100 -p:ReportSdkReadyToRunGenerator=false" "$c100" clean_consumer_b)" "—"
  row "the same with ReportSdkFactMembers=standard vs an empty consumer" "empty consumer" "100 reports, standard members" \
    "$(hf_opts=(--prepare "$clean0" --prepare "$clean100s"); pair_times build-standard "empty consumer" "$c0" "100 reports, standard members" "$c100s" "$build_rounds" 1)" \
    "$(pair_memory build-standard "$c0" "$c100s" clean_consumer_standard)" "≤ 2 (≤ 3 least)"
  own_figure
  {
    echo
    echo "Generator inside the 100-report builds (\`-p:ReportAnalyzer=true\`; target ≤ 0.3 s):"
    echo
    echo '```'
    echo "fresh compiler (UseSharedCompilation=false):"
    analyzer_times "$work/build100-cold.log"
    echo "fresh compiler, portable generator (ReportSdkReadyToRunGenerator=false):"
    analyzer_times "$work/build100-cold-portable.log"
    echo "compiler server, builds 1–$server_builds in a row (generator seconds; the later ones are its steady state):"
    server_sequence 100
    echo "compiler server with its generator cache (ReportSdkGeneratorCache=true), third clean build:"
    analyzer_times "$work/build100-cache.log"
    echo "the same, next build after one report file changed:"
    analyzer_times "$work/build100-cache-edit.log"
    echo "ReportSdkFactMembers=standard, fresh compiler:"
    analyzer_times "$work/build100standard-cold.log"
    echo "ReportSdkFactMembers=standard, compiler server, builds 1–$server_builds in a row:"
    server_sequence 100standard
    echo '```'
  } | tee -a "$table"
}

# --- generator in process (workload harness) -----------------------------------------------------------------

generator() {
  dotnet build "$root/benchmarks/ReportSdk.Benchmarks/ReportSdk.Benchmarks.csproj" -c Release -nologo -v q >/dev/null
  local dll="$root/benchmarks/ReportSdk.Benchmarks/bin/Release/net10.0/ReportSdk.Benchmarks.dll" n
  settle
  {
    echo
    echo "### Generator in process (workload harness, warm, ${workload_seconds} s per line; load before: $(load1))"
    echo
    echo "Targets: whole bundled corpus ≤ 300 ms per full run; one-report edit ≤ 10 ms; linear in the number of reports."
    echo
    echo '```'
    for n in corpus 0 100 1000; do dotnet "$dll" workload generator "$n" "$workload_seconds"; done
    dotnet "$dll" workload parser corpus "$workload_seconds"
    # As in a command-line build (no doc comments, no constants), warm and then the first run in fresh processes
    # (JIT and tier-0 code, as in a compiler process started for one build).
    dotnet "$dll" workload build 100 "$workload_seconds"
    for n in 1 2 3; do dotnet "$dll" workload build 100 0; done
    # A rebuild with a kept driver, as the compiler server runs it with ReportSdkGeneratorCache=true.
    dotnet "$dll" workload rebuild 100 "$workload_seconds"
    dotnet "$dll" steps corpus 400 | sed -n 1p
    dotnet "$dll" steps 100 400 | sed -n 1p
    echo '```'
  } 2>&1 | tee -a "$table"
}

instructions() {
  cold_programs
  need valgrind
  echo "== instructions executed (valgrind --tool=callgrind, all threads, one run each)" | tee "$out/runtime-instructions.txt"
  local name c ir base=""
  for name in hellonumber figure compare query parse json; do
    c="${!name}"
    # W^X off: valgrind cannot follow the runtime's double-mapped JIT code pages.
    DOTNET_EnableWriteXorExecute=0 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$name.out" $c >/dev/null 2>"$work/callgrind.$name.log" || true
    ir=$(awk '/Collected :/ {print $4}' "$work/callgrind.$name.log" | tr -d ,)
    base="${base:-$ir}"
    printf '%-12s %15s instructions  %6.2fx hello-world (980m)\n' "$name" "$ir" "$(awk -v a="$ir" -v b="$base" 'BEGIN {print a / b}')" | tee -a "$out/runtime-instructions.txt"
  done
}

machine "$@"
echo "# ReportSdk performance, $stamp ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores; load before: $load_now)" > "$table"
case "$what" in
  runtime) runtime ;;
  build) build ;;
  generator) generator ;;
  instructions) instructions ;;
  all) runtime; build; generator ;;
esac
echo "load after: $(cat /proc/loadavg)" | tee -a "$out/machine.txt"
echo
echo "Table: $table"
