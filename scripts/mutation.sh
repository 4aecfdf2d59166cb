#!/usr/bin/env bash
# Mutation testing with Stryker.NET over the runtime query code (src/ReportSdk/Queries, Quantity).
# Not run in CI: a run takes ~15-25 minutes on a loaded 2-core machine. Results: docs/mutation-testing.md.
# Install once: dotnet tool install -g dotnet-stryker
# Usage: scripts/mutation.sh [extra stryker options]
#        MUTATE="**/Queries/TextIndex.cs **/Quantity.cs" scripts/mutation.sh   (a narrower scope)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tests/ReportSdk.Tests"
mutate=()
set -f # the patterns are Stryker globs, not the shell's
for pattern in ${MUTATE:-**/Queries/*.cs **/Quantity.cs}; do mutate+=(--mutate "$pattern"); done
export PATH="$PATH:$HOME/.dotnet/tools"
exec dotnet stryker \
  --project ReportSdk.csproj \
  "${mutate[@]}" \
  --test-case-filter "FullyQualifiedName~ReportSdk.Tests.Runtime" \
  --configuration "${CONFIGURATION:-Release}" \
  --concurrency 2 \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "$root/artifacts/mutation${OUT_SUFFIX:-}" \
  "$@"
