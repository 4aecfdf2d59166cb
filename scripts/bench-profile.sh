#!/usr/bin/env bash
# CPU hotspots of the generator or the parser, offline: the runtime's own EventPipe sampler (DOTNET_ environment
# variables, no dotnet-trace needed) writes a .nettrace, and TraceEvent (a BenchmarkDotNet dependency) reads it.
# Usage: scripts/bench-profile.sh generator|parser [reports (0 = the seeds)] [seconds] [top]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-generator}"; reports="${2:-0}"; seconds="${3:-10}"; top="${4:-30}"
out="$root/benchmarks/results"; mkdir -p "$out"
dotnet build "$root/benchmarks/ReportSdk.Benchmarks/ReportSdk.Benchmarks.csproj" -c Release -nologo -v q >/dev/null
dll="$root/benchmarks/ReportSdk.Benchmarks/bin/Release/net10.0/ReportSdk.Benchmarks.dll"
trace="${TMPDIR:-/tmp}/reportsdk-$what-$reports.nettrace"
rm -f "$trace"
DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$trace" DOTNET_EventPipeOutputStreaming=1 \
DOTNET_EventPipeConfig='Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x4c14fccbd:5' \
  dotnet "$dll" workload "$what" "$reports" "$seconds"
dotnet "$dll" hotspots "$trace" "$top" | tee "$out/profile-$what-$reports.txt"
