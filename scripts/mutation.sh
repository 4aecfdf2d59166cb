#!/usr/bin/env bash
# Mutation testing with Stryker.NET over the runtime query code (src/ReportSdk/Queries, Quantity).
# Not run in CI: a run takes ~15-25 minutes on a loaded 2-core machine. Results: docs/mutation-testing.md.
# Install once: dotnet tool install -g dotnet-stryker
# Usage: scripts/mutation.sh [extra stryker options]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tests/ReportSdk.Tests"
export PATH="$PATH:$HOME/.dotnet/tools"
exec dotnet stryker \
  --project ReportSdk.csproj \
  --mutate "**/Queries/*.cs" \
  --mutate "**/Quantity.cs" \
  --test-case-filter "FullyQualifiedName~ReportSdk.Tests.Runtime" \
  --configuration Release \
  --concurrency 2 \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "$root/artifacts/mutation" \
  "$@"
