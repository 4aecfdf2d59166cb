#!/usr/bin/env bash
# usage: r2r.sh outdir  — ReadyToRun image of the current generator build (linux-x64)
set -e
cd /work/main
out=$1; rm -rf $out
dotnet publish src/ReportSdk.ReadyToRun/ReportSdk.ReadyToRun.csproj -c Release -r linux-x64 -nologo -v q \
  -p:ReportSdkAssembly=/work/main/src/ReportSdk/bin/Release/net8.0/ReportSdk.dll \
  -p:ReportSdkGeneratorAssembly=/work/main/src/ReportSdk.Generator/bin/Release/netstandard2.0/ReportSdk.Generator.dll \
  -p:ReportSdkReadyToRunRids=linux-x64 -p:PublishDir=$out/ 2>&1 | grep -v '^$' | tail -3
ls -la $out/ReportSdk.Generator.dll
