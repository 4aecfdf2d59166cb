using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Gold;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// Scores ReportParser on the corpus reports of Corpus/ (hand-written keys, Corpus/README.md) and prints per report and
/// overall: metadata agreement per field, headings, headline indicator precision and recall, agreement on kind, period,
/// qualifiers, direction and main target, and precision over every fact of the fully keyed paragraphs.
/// Every figure is asserted at a bar. The bars are a RATCHET: they are what the code reached when they were last set;
/// raise them when the code gets better, never lower one without writing down why next to it.
/// </summary>
public sealed class CorpusScoringTests
{
    private readonly ITestOutputHelper _output;

    public CorpusScoringTests(ITestOutputHelper output) => _output = output;

    private static readonly Lazy<Dictionary<string, ParsedFile>> Parsed = new(() =>
        CorpusKey.Rows("reports.jsonl").Select(r => r.Str("file")!).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => ReportParser.Parse(TestData.SeedPath(f), File.ReadAllText(TestData.SeedPath(f))), StringComparer.Ordinal));

    /// <summary>The parsed report a key row speaks of: the one whose range holds the key's first line, else the first.</summary>
    private static ReportModel? ReportFor(string file, int startLine)
    {
        var reports = Parsed.Value[file].Reports;
        return reports.FirstOrDefault(r => r.StartLine <= startLine && startLine <= r.EndLine) ?? reports.FirstOrDefault();
    }

    private static IEnumerable<(JsonElement Key, ReportModel? Report)> Reports() =>
        CorpusKey.Rows("reports.jsonl").Select(k => (k, ReportFor(k.Str("file")!, k.Int("startLine")!.Value)));

    private static ReportModel? ReportOf(string file, int line)
    {
        var key = CorpusKey.Rows("reports.jsonl").First(k => k.Str("file") == file && k.Int("startLine") <= line && line <= k.Int("endLine"));
        return ReportFor(file, key.Int("startLine")!.Value);
    }

    /// <summary>A model property that another branch is adding (DivisionCode, ReviewStartYear, Measure …): null until it exists.</summary>
    internal static object? Pending(object model, string property, out bool exists)
    {
        var p = model.GetType().GetProperty(property);
        exists = p is not null;
        var v = p?.GetValue(model);
        return v is Enum e ? Lower(e.ToString()) : v;
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s.Substring(1);

    // ---------------------------------------------------------------- metadata

    [Fact]
    public void Metadata_matches_the_corpus_keys()
    {
        var score = new FieldScore();
        var pending = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, report) in Reports())
        {
            string where = key.Str("id")!;
            score.Check("reportCount", 1, Parsed.Value[key.Str("file")!].Reports.Count(), where);
            if (report is null)
            {
                score.Fail("found", $"{where}: no report found");
                continue;
            }
            score.Check("found", true, true, where);
            GoldStructureTests.CheckMetadata(score, key, report, where);
            foreach (var (field, property) in new[] { ("divisionCode", "DivisionCode"), ("reviewStartYear", "ReviewStartYear") })
            {
                object? actual = Pending(report, property, out bool exists);
                if (exists) score.Check(field, key.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? (object?)(v.ValueKind == JsonValueKind.Number ? v.GetInt32() : v.GetString()) : null, actual, where);
                else pending.Add(field);
            }
        }
        _output.WriteLine(score.Summary());
        if (pending.Count > 0) _output.WriteLine("not in the model yet (keyed, not scored): " + string.Join(", ", pending));
        foreach (var m in score.Mismatches) _output.WriteLine(m);

        // Ratchet (see class summary): matched fields per field name.
        AssertAtLeast(score, new Dictionary<string, int>
        {
            // National reports are not found yet (no national level): 5 of 8 reports missing.
            ["reportCount"] = 3, ["found"] = 3, ["region"] = 3, ["level"] = 3, ["deliveredYear"] = 3, ["reviewYear"] = 3, ["planYear"] = 3,
            ["date"] = 3, ["speaker"] = 1, ["speakerTitle"] = 1, ["congress"] = 3, ["startLine"] = 3, ["endLine"] = 0, ["complete"] = 2,
        });
    }

    // ---------------------------------------------------------------- headings

    [Fact]
    public void Headings_match_the_corpus_keys()
    {
        var score = new FieldScore();
        var rows = CorpusKey.Rows("sections.jsonl");
        foreach (var (key, report) in Reports())
        {
            string file = key.Str("file")!;
            int start = key.Int("startLine")!.Value, end = key.Int("endLine")!.Value;
            var expected = rows.Where(r => r.Str("file") == file && start <= r.Int("line") && r.Int("line") <= end).ToArray();
            var headings = report is null ? new List<SectionModel>() : GoldStructureTests.Numbered(report.Sections, withShi: false).ToList();
            foreach (var h in expected)
            {
                string at = $"{file}:{h.Int("line")} {h.Str("marker")}";
                var section = headings.FirstOrDefault(s => s.Line == h.Int("line") && s.Level == h.Int("level"));
                if (section is null)
                {
                    score.Fail("found", $"{at}: no heading ({h.Str("title")})");
                    continue;
                }
                score.Check("found", true, true, at);
                score.Check("ordinal", h.Int("ordinal"), section.Ordinal, at);
                score.Check("marker", h.Str("marker"), section.Marker, at);
                score.Check("title", h.Str("title"), section.Title, at);
            }
            foreach (var extra in headings.Where(s => !expected.Any(h => h.Int("line") == s.Line && h.Int("level") == s.Level)))
            {
                score.Fail("extra", $"{file}:{extra.Line} extra level-{extra.Level} heading {extra.Marker}{extra.Title}");
            }
        }
        _output.WriteLine(score.Summary());
        foreach (var m in score.Mismatches) _output.WriteLine(m);
        // Ratchet (see class summary).
        AssertAtLeast(score, new Dictionary<string, int> { ["found"] = 61, ["ordinal"] = 61, ["marker"] = 61, ["title"] = 61 });
        AssertAtMostFailing(score, "extra", 7);
    }

    // ---------------------------------------------------------------- headline indicators

    [Fact]
    public void Headline_indicators_score_against_the_corpus_keys()
    {
        var keys = CorpusKey.Indicators();
        var log = new StringBuilder();
        var total = new Tally();
        var table = new StringBuilder();
        table.AppendLine("report                        P            R            kind   period qualif dir    main");
        foreach (var (key, report) in Reports())
        {
            string file = key.Str("file")!;
            int start = key.Int("startLine")!.Value, end = key.Int("endLine")!.Value;
            var rows = keys.Where(k => k.File == file && start <= k.Line && k.Line <= end).ToList();
            var facts = report?.Facts.ToList() ?? new List<FactModel>();
            var t = new Tally();
            foreach (var row in rows)
            {
                t.Rows++;
                var hit = facts.FirstOrDefault(f => CorpusKey.Identifies(f, row));
                if (hit is null)
                {
                    var near = facts.Where(f => f.Line == row.Line).Select(f => $"{f.Name}|{f.Label}|{f.Standard}|{f.Value}{f.Unit}|{IndicatorGoldTests.KindName(f.Kind)}|{f.Period}");
                    log.AppendLine($"MISS {row.Where} {row.Kind} {row.Year} «{row.Quote}» got: {string.Join("; ", near)}");
                    continue;
                }
                t.Matched++;
                t.Agree("kind", IndicatorGoldTests.KindName(hit.Kind) == row.Kind, log, row, $"kind {row.Kind} got {IndicatorGoldTests.KindName(hit.Kind)}");
                t.Agree("period", hit.Period == row.Year, log, row, $"period {row.Year} got {hit.Period}");
                var q = IndicatorGoldTests.QualifierNames(hit.Qualifiers);
                t.Agree("qualifiers", q.SetEquals(row.Qualifiers), log, row,
                    $"qualifiers [{string.Join(",", row.Qualifiers.OrderBy(x => x, StringComparer.Ordinal))}] got [{string.Join(",", q.OrderBy(x => x, StringComparer.Ordinal))}]");
                t.Agree("direction", CorpusKey.DirectionName(hit.Direction) == row.Direction, log, row, $"direction {row.Direction} got {CorpusKey.DirectionName(hit.Direction)}");
                t.Agree("main", hit.MainTarget == row.MainTarget, log, row, $"main {row.MainTarget} got {hit.MainTarget}");
                foreach (var (field, expected) in new[] { ("Measure", row.Measure), ("Status", row.Status) })
                {
                    object? actual = Pending(hit, field, out bool exists);
                    if (exists) t.Agree(field.ToLowerInvariant(), Equals(actual?.ToString(), expected), log, row, $"{field} {expected} got {actual}");
                }
            }
            // Precision as for the gold key: facts whose value stands in a key quote of the same line and clause.
            foreach (var fact in facts)
            {
                var same = rows.Where(r => r.Line == fact.Line && IndicatorGoldTests.ValueInQuote(fact, r.Quote) && IndicatorGoldTests.SameClause(fact.Quote, r.Quote)).ToList();
                if (same.Count == 0) continue;
                t.Candidates++;
                if (same.Any(r => CorpusKey.Identifies(fact, r))) t.Correct++;
                else log.AppendLine($"FP   {file}:{fact.Line} {fact.Name}|{fact.Label}|{fact.Standard} {fact.Value}{fact.Unit} {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period} «{fact.Quote}»");
            }
            table.AppendLine($"{key.Str("id"),-28} {t.Line()}");
            total.Add(t);
        }
        table.AppendLine($"{"ALL",-28} {total.Line()}");
        _output.WriteLine(table.ToString());
        _output.WriteLine(log.ToString());

        // Ratchet (see class summary): counts over all keyed reports.
        Assert.True(total.Correct >= 70 && total.Candidates - total.Correct <= 30, $"precision {total.Correct}/{total.Candidates}");
        Assert.True(total.Matched >= 70, $"recall {total.Matched}/{total.Rows}");
        foreach (var (field, bar) in new[] { ("kind", 68), ("period", 66), ("qualifiers", 69), ("direction", 69), ("main", 58) })
        {
            Assert.True(total.AgreeCount(field) >= bar, $"{field} agreement {total.AgreeCount(field)}/{total.Matched} fell below the ratchet {bar}");
        }
    }

    // ---------------------------------------------------------------- fully keyed paragraphs

    [Fact]
    public void Every_fact_of_the_fully_keyed_paragraphs_is_in_the_key()
    {
        var log = new StringBuilder();
        int extracted = 0, valueRight = 0, fullyRight = 0, keyed = 0, found = 0;
        foreach (var p in CorpusKey.Paragraphs())
        {
            var report = ReportOf(p.File, p.StartLine);
            var facts = report?.Facts.Where(f => p.StartLine <= f.Line && f.Line <= p.EndLine).ToList() ?? new List<FactModel>();
            var keyFacts = p.Numbers.Where(n => n.Fact is not null).Select(n => n.Fact!).Distinct().ToList();
            foreach (var fact in facts)
            {
                extracted++;
                var match = keyFacts.FirstOrDefault(k => CorpusKey.SameQuantity(fact, k) && CorpusKey.CompatibleName(fact, k) && CorpusKey.SamePlace(fact, k));
                if (match is null)
                {
                    log.AppendLine($"FP   {p.File}:{fact.Line} {fact.Name}|{fact.Label} {fact.Value}{fact.Unit} {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period} «{fact.Quote}»");
                    continue;
                }
                valueRight++;
                if (IndicatorGoldTests.KindName(fact.Kind) == match.Kind && fact.Period == match.Year) fullyRight++;
                else log.AppendLine($"KIND {match.Where}: key {match.Kind} {match.Year} got {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period}");
            }
            foreach (var k in keyFacts)
            {
                keyed++;
                if (facts.Any(f => CorpusKey.SameQuantity(f, k) && CorpusKey.CompatibleName(f, k) && CorpusKey.SamePlace(f, k))) found++;
                else log.AppendLine($"MISS {k.Where} «{k.Quote}»");
            }
        }
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "paragraphs {0}: precision {1:F3} ({2}/{3}), with kind and period {4:F3} ({5}/{3}); recall {6:F3} ({7}/{8})",
            CorpusKey.Paragraphs().Count, Ratio(valueRight, extracted), valueRight, extracted, Ratio(fullyRight, extracted), fullyRight,
            Ratio(found, keyed), found, keyed));
        _output.WriteLine(log.ToString());
        // Ratchet (see class summary): wrong facts allowed at most, right facts at least.
        Assert.True(extracted - valueRight <= 12, $"{extracted - valueRight} facts not in the key");
        Assert.True(valueRight >= 67 && fullyRight >= 63, $"paragraph facts right {valueRight}, with kind and period {fullyRight}");
        Assert.True(found >= 67, $"paragraph recall {found}/{keyed}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private void AssertAtLeast(FieldScore score, Dictionary<string, int> bars)
    {
        foreach (var (field, bar) in bars)
        {
            int ok = score.Ok(field);
            Assert.True(ok >= bar, $"{field}: {ok} agree, below the ratchet {bar}\n{score.Summary()}");
        }
    }

    private static void AssertAtMostFailing(FieldScore score, string field, int bar)
    {
        int failing = score.Total(field) - score.Ok(field);
        Assert.True(failing <= bar, $"{field}: {failing} failing, above the ratchet {bar}");
    }

    /// <summary>Counts for one report or all: rows, matches, precision candidates, agreements per field.</summary>
    private sealed class Tally
    {
        public int Rows, Matched, Candidates, Correct;
        private readonly Dictionary<string, int> _agree = new(StringComparer.Ordinal);

        public void Agree(string field, bool ok, StringBuilder log, KeyFact row, string detail)
        {
            _agree[field] = AgreeCount(field) + (ok ? 1 : 0);
            if (!ok) log.AppendLine($"{field.ToUpperInvariant(),-5} {row.Where}: {detail}");
        }

        public int AgreeCount(string field) => _agree.TryGetValue(field, out var n) ? n : 0;

        public void Add(Tally t)
        {
            Rows += t.Rows; Matched += t.Matched; Candidates += t.Candidates; Correct += t.Correct;
            foreach (var (k, v) in t._agree) _agree[k] = AgreeCount(k) + v;
        }

        public string Line() => string.Format(CultureInfo.InvariantCulture, "{0,5:F3} {1,3}/{2,-3} {3,5:F3} {4,3}/{5,-3} {6}",
            Ratio(Correct, Candidates), Correct, Candidates, Ratio(Matched, Rows), Matched, Rows,
            string.Join(" ", new[] { "kind", "period", "qualifiers", "direction", "main" }.Select(f => $"{AgreeCount(f),3}/{Matched,-3}")));
    }
}
