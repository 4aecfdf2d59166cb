#!/usr/bin/env bash
# Whole-process figures for ReportSdk (docs/performance.md), measured with public tools only:
#   runtime  cold processes that print one figure: hello-world vs ReportSdk vs parse-at-start-up vs JSON (hyperfine),
#            plus first-touch cost and memory held (ColdStart.Touch, median of fresh processes)
#   instructions  the same four programs once each under valgrind --tool=callgrind: instructions executed, which
#            (unlike wall time) do not depend on what else the shared machine is doing
#   build    `dotnet build` of a consumer project with 0, 7 and 100 report files (hyperfine)
# Usage: scripts/bench-process.sh [runtime|instructions|build|all] [--quick]
# Results go to benchmarks/results/ (markdown and JSON from hyperfine, text from ColdStart.Touch).
set -euo pipefail

what="${1:-all}"
quick="${2:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/benchmarks/results"
work="${REPORTSDK_BENCH_WORK:-${TMPDIR:-/tmp}/reportsdk-bench}"
mkdir -p "$out" "$work"

if [[ "$quick" == "--quick" ]]; then
  cold_runs=10; cold_warmup=2; build_runs=2; build_warmup=1; touch_runs=5
else
  cold_runs=40; cold_warmup=5; build_runs=5; build_warmup=1; touch_runs=21
fi

# hyperfine and jq come from Debian's packages (valgrind too, for 'instructions').
need() {
  command -v "$1" >/dev/null 2>&1 && return
  if [[ $(id -u) -ne 0 ]]; then echo "$1 missing: run 'sudo apt-get install -y $1'" >&2; exit 1; fi
  apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$1" >/dev/null; }
}
need hyperfine
need jq

# Table of a hyperfine JSON export: median, mean ± σ, CPU (user+system) and ratios to the first command
# (the baseline) and to the second, all from the same run.
ratios() {
  jq -r '
    def ms: . * 1000 | round;
    def r: . * 100 | round / 100;
    .results as $r
    | ($r[0]) as $a | ($r[1]) as $b
    | "| command | min | median | mean ± σ | CPU (user+sys) | min / \($a.command) | median / \($a.command) | CPU / \($a.command) | min / \($b.command) | median / \($b.command) | CPU / \($b.command) |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ($r[] | "| \(.command) | \(.min|ms) ms | \(.median|ms) ms | \(.mean|ms) ± \(.stddev|ms) ms | \((.user+.system)|ms) ms | \(.min/$a.min|r) | \(.median/$a.median|r) | \((.user+.system)/($a.user+$a.system)|r) | \(.min/$b.min|r) | \(.median/$b.median|r) | \((.user+.system)/($b.user+$b.system)|r) |")
  ' "$1"
}

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)"
    echo "dotnet sdk: $(dotnet --version); runtime: $(dotnet --list-runtimes | awk '/NETCore.App/ {print $2}' | tail -1)"
    echo "hyperfine: $(hyperfine --version | awk '{print $2}')"
    echo "commit: $(git -C "$root" rev-parse --short HEAD)"
  } > "$out/machine.txt"
  cat "$out/machine.txt"
}

cs="$root/benchmarks/ColdStart"
bin="bin/Release/net10.0"
cold_programs() {
  for p in Hello HelloNumber Figure Query Parse Json Touch; do
    dotnet build "$cs/$p/ColdStart.$p.csproj" -c Release -nologo -v q >/dev/null
  done
  local id="shijingshan-2023" key="Gdp"
  "$cs/Touch/$bin/ColdStart.Touch" --export-json "$work/catalog.json"
  hello="$cs/Hello/$bin/ColdStart.Hello"
  hellonumber="$cs/HelloNumber/$bin/ColdStart.HelloNumber"
  figure="$cs/Figure/$bin/ColdStart.Figure"
  query="$cs/Query/$bin/ColdStart.Query"
  parse="$cs/Parse/$bin/ColdStart.Parse $root/seeds/beijing $id $key"
  json="$cs/Json/$bin/ColdStart.Json $work/catalog.json $id $key"
}

instructions() {
  cold_programs
  command -v valgrind >/dev/null 2>&1 || apt-get install -y valgrind >/dev/null
  echo "== instructions executed (valgrind --tool=callgrind, all threads, one run each)" | tee "$out/runtime-instructions.txt"
  local name c ir base=""
  for name in hello figure hellonumber query parse json; do
    c="${!name}"
    # W^X off: valgrind cannot follow the runtime's double-mapped JIT code pages.
    DOTNET_EnableWriteXorExecute=0 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$name.out" $c >/dev/null 2>"$work/callgrind.$name.log" || true
    ir=$(awk '/Collected :/ {print $4}' "$work/callgrind.$name.log" | tr -d ,)
    base="${base:-$ir}"
    printf '%-8s %15s instructions  %6.2fx hello-world\n' "$name" "$ir" "$(awk -v a="$ir" -v b="$base" 'BEGIN {print a / b}')" | tee -a "$out/runtime-instructions.txt"
  done
}

runtime() {
  cold_programs
  echo "== the four programs print:"
  for c in "$hello" "$hellonumber" "$figure" "$query" "$parse" "$json"; do printf '%-18s %s\n' "$(basename "${c%% *}")" "$($c || true)"; done
  echo "   catalog.json: $(wc -c < "$work/catalog.json") bytes; seeds: $(cat "$root"/seeds/beijing/*.txt | wc -c) bytes"
  hyperfine -N --warmup "$cold_warmup" --runs "$cold_runs" \
    --export-markdown "$out/runtime-cold.md" --export-json "$out/runtime-cold.json" \
    -n "hello-world" "$hello" -n "ReportSdk figure" "$figure" -n "hello-world printing a decimal" "$hellonumber" \
    -n "ReportSdk catalog query" "$query" \
    -n "parse at start-up" "$parse" -n "JSON at start-up" "$json"
  ratios "$out/runtime-cold.json" | tee "$out/runtime-cold-ratios.md"
  echo "== first touch and memory held (ColdStart.Touch, $touch_runs fresh processes)"
  "$cs/Touch/$bin/ColdStart.Touch" --repeat "$touch_runs" | tee "$out/runtime-touch.txt"
}

build() {
  dotnet build "$root/src/ReportSdk/ReportSdk.csproj" -c Release -nologo -v q >/dev/null
  dotnet build "$root/benchmarks/ReportSdk.Benchmarks/ReportSdk.Benchmarks.csproj" -c Release -nologo -v q >/dev/null
  local runtime_dll="$root/src/ReportSdk/bin/Release/net8.0/ReportSdk.dll"
  local generator_dll="$root/src/ReportSdk.Generator/bin/Release/netstandard2.0/ReportSdk.Generator.dll"
  local n
  for n in 0 7 100; do
    local dir="$work/consumer$n"
    rm -rf "$dir"; mkdir -p "$dir/reports"
    if [[ $n -gt 0 ]]; then
      dotnet "$root/benchmarks/ReportSdk.Benchmarks/bin/Release/net10.0/ReportSdk.Benchmarks.dll" corpus "$n" "$dir/reports" >/dev/null
    fi
    # A consumer as the package sets it up: the runtime referenced, the generator as an analyzer, the report
    # files as AdditionalFiles with the options the package's props expose. Figures are const (own assembly).
    cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace>
    <ReportSdkNamespace>Consumer.Reports</ReportSdkNamespace>
    <ReportSdkEmitConstants>true</ReportSdkEmitConstants>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="ReportSdk" HintPath="$runtime_dll" />
    <Analyzer Include="$generator_dll" />
    <AdditionalFiles Include="reports/*.txt" ReportSdkSource="true" />
    <CompilerVisibleProperty Include="ReportSdkNamespace" />
    <CompilerVisibleProperty Include="ReportSdkEmitConstants" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ReportSdkSource" />
  </ItemGroup>
</Project>
XML
    echo 'System.Console.WriteLine(ReportSdk.ReportCatalog.All.Count);' > "$dir/Program.cs"
    dotnet restore "$dir" -v q >/dev/null
    # One untimed build that keeps the generated files (outside the project folder, or the next build would
    # compile them twice), to report their size.
    local gen="$work/generated$n"
    rm -rf "$gen"
    # /reportanalyzer makes the compiler print how long each generator took (the rest of csc is the compile).
    dotnet build "$dir" -c Release --no-restore -nologo -v d -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=true \
      -p:CompilerGeneratedFilesOutputPath="$gen" > "$work/build$n.log"
    grep -E "generator execution time|ReportSdk.Generator.ReportGenerator *[0-9<]" "$work/build$n.log" | sed 's/^ *//' | sort -u \
      | sed "s/^/consumer$n: /" >> "$out/build-sizes.txt" || true
    printf 'consumer%-4s reports in: %9s bytes; generated C#: %9s bytes in %4s files; dll: %9s bytes; prints %s\n' "$n" \
      "$(cat "$dir"/reports/*.txt 2>/dev/null | wc -c)" \
      "$(find "$gen" -name '*.cs' -print0 2>/dev/null | xargs -0 cat 2>/dev/null | wc -c)" \
      "$(find "$gen" -name '*.cs' 2>/dev/null | wc -l)" \
      "$(wc -c < "$dir/bin/Release/net10.0/Consumer.dll")" \
      "$(dotnet "$dir/bin/Release/net10.0/Consumer.dll")" | tee -a "$out/build-sizes.txt"
  done
  # Clean builds (bin and obj/Release removed before each run; restore kept; build servers warm).
  hyperfine --warmup "$build_warmup" --runs "$build_runs" \
    --export-markdown "$out/build.md" --export-json "$out/build.json" \
    -n "consumer, 0 reports" -p "rm -rf $work/consumer0/bin $work/consumer0/obj/Release" "dotnet build $work/consumer0 -c Release --no-restore -nologo -v q" \
    -n "consumer, 7 reports" -p "rm -rf $work/consumer7/bin $work/consumer7/obj/Release" "dotnet build $work/consumer7 -c Release --no-restore -nologo -v q" \
    -n "consumer, 100 reports" -p "rm -rf $work/consumer100/bin $work/consumer100/obj/Release" "dotnet build $work/consumer100 -c Release --no-restore -nologo -v q"
  ratios "$out/build.json" | tee "$out/build-ratios.md"
}

machine
case "$what" in
  runtime) runtime ;;
  instructions) instructions ;;
  build) : > "$out/build-sizes.txt"; build ;;
  all) runtime; instructions; : > "$out/build-sizes.txt"; build ;;
  *) echo "usage: $0 [runtime|instructions|build|all] [--quick]" >&2; exit 2 ;;
esac
