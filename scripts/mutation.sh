#!/usr/bin/env bash
# Mutation testing with Stryker.NET. Not run in CI: a run takes ~10-25 minutes on a loaded 2-core machine.
# Results and every survivor's fate: docs/mutation-testing.md. Install once: dotnet tool install -g dotnet-stryker
#
# Scopes (SCOPE=…):
#   runtime  (default) the runtime query code, src/ReportSdk/Queries/*.cs and Quantity.cs, killed by the runtime tests
#   parsing  stable parser files of the generator: Chinese numerals, congress sessions, line reflow, part titles and
#            traditional characters, killed by the parsing tests and the metadata rule tests
#   facts    the rule files of the facts stage (numbers, units, measures, ranks, periods, clauses, word lists,
#            standard indicators), killed by the facts tests (report sentences, ~300 cases, under a second a run)
#
# Usage: scripts/mutation.sh [extra stryker options]
#        SCOPE=parsing scripts/mutation.sh
#        MUTATE="**/Queries/TextIndex.cs **/Quantity.cs" scripts/mutation.sh   (a narrower set of files, Stryker globs)
#        CONFIGURATION=Debug OUT_SUFFIX=-after scripts/mutation.sh             (build configuration, report folder)
#        FILTER="FullyQualifiedName~Corpus.CorpusMetadataTests" SCOPE=parsing …  (another test filter for the scope)
#        scripts/mutation.sh --since:main                                       (further options go to Stryker as they are)
# Report: artifacts/mutation-<scope><suffix>/reports/mutation-report.html (and .json).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scope="${SCOPE:-runtime}"
case "$scope" in
  runtime)
    project=ReportSdk.csproj
    files="**/Queries/*.cs **/Quantity.cs"
    filter="FullyQualifiedName~ReportSdk.Tests.Runtime"
    ;;
  parsing)
    project=ReportSdk.Generator.csproj
    files="**/Parsing/ChineseNumerals.cs **/Parsing/CongressSessions.cs **/Parsing/LineReflow.cs **/Parsing/PartTitles.cs"
    files+=" **/Parsing/TraditionalChinese.cs"
    # Every test of the parsing namespace but the every-prefix robustness sweep (it runs the parser ~4 000 times
    # and only checks that nothing throws), and the metadata rules (congress sessions, traditional characters).
    filter="(FullyQualifiedName~ReportSdk.Tests.Parsing&FullyQualifiedName!~Every_prefix_of_every_seed)"
    filter+="|FullyQualifiedName~ReportSdk.Tests.Corpus.ReportMetadataRuleTests"
    ;;
  facts)
    project=ReportSdk.Generator.csproj
    files="**/Parsing/Facts/NumberScanner.cs **/Parsing/Facts/UnitLexicon.cs **/Parsing/Facts/MeasureRules.cs"
    files+=" **/Parsing/Facts/RankRules.cs **/Parsing/Facts/PeriodRules.cs **/Parsing/Facts/ClauseSplitter.cs"
    files+=" **/Parsing/Facts/FactLexicon.cs **/Parsing/Facts/StandardIndicatorMatcher.cs **/Parsing/Facts/EstimateScopes.cs"
    filter="FullyQualifiedName~ReportSdk.Tests.Facts"
    ;;
  *)
    echo "unknown SCOPE '$scope' (runtime, parsing or facts)" >&2
    exit 2
    ;;
esac
filter="${FILTER:-$filter}"
cd "$root/tests/ReportSdk.Tests"
mutate=()
set -f # the patterns are Stryker globs, not the shell's
for pattern in ${MUTATE:-$files}; do mutate+=(--mutate "$pattern"); done
export PATH="$PATH:$HOME/.dotnet/tools"
exec dotnet stryker \
  --project "$project" \
  "${mutate[@]}" \
  --test-case-filter "$filter" \
  --configuration "${CONFIGURATION:-Release}" \
  --concurrency "${CONCURRENCY:-2}" \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "$root/artifacts/mutation-$scope${OUT_SUFFIX:-}" \
  "$@"
