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
        CorpusKey.Rows("reports.jsonl").Select(r => r.Str("file")!).Concat(CorpusKey.Rows("paragraphs.jsonl").Select(r => r.Str("file")!))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => ReportParser.Parse(TestData.SeedPath(f), File.ReadAllText(TestData.SeedPath(f))), StringComparer.Ordinal));

    /// <summary>The parsed report a key row speaks of: the one whose range holds the key's first line, else the first.</summary>
    private static ReportModel? ReportFor(string file, int startLine)
    {
        var reports = Parsed.Value[file].Reports;
        return reports.FirstOrDefault(r => r.StartLine <= startLine && startLine <= r.EndLine) ?? reports.FirstOrDefault();
    }

    private static IEnumerable<(JsonElement Key, ReportModel? Report)> Reports() =>
        CorpusKey.Rows("reports.jsonl").Select(k => (k, ReportFor(k.Str("file")!, k.Int("startLine")!.Value)));

    /// <summary>The parsed report of a paragraph: the one named by the key row whose range holds the line, else the parsed one that holds it.</summary>
    private static ReportModel? ReportOf(string file, int line)
    {
        var key = CorpusKey.Rows("reports.jsonl").FirstOrDefault(k => k.Str("file") == file && k.Int("startLine") <= line && line <= k.Int("endLine"));
        return key.ValueKind == JsonValueKind.Object
            ? ReportFor(file, key.Int("startLine")!.Value)
            : Parsed.Value[file].Reports.FirstOrDefault(r => r.StartLine <= line && line <= r.EndLine);
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
        var perReport = new StringBuilder("report                        fields agreeing\n");
        var bars = new RatchetCheck();
        foreach (var (key, report) in Reports())
        {
            var mine = new FieldScore();
            foreach (var s in new[] { score, mine }) CheckReport(s, key, report, pending);
            perReport.AppendLine($"{key.Str("id"),-28} {mine.Overall.Ok,3}/{mine.Overall.Total}");
            if (report is not null) bars.Add(key.Str("id")!, new[] { mine.Overall.Ok }, CorpusRatchet.Metadata, new[] { true });
        }
        _output.WriteLine(perReport.ToString());
        _output.WriteLine(score.Summary());
        if (pending.Count > 0) _output.WriteLine("not in the model yet (keyed, not scored): " + string.Join(", ", pending));
        foreach (var m in score.Mismatches) _output.WriteLine(m);

        _output.WriteLine(bars.Report("Metadata"));
        // Ratchet (see class summary and CorpusRatchet): fields agreeing per report found; every file yields at most one report.
        bars.AssertHeld();
        var multiple = CorpusKey.Rows("reports.jsonl").Select(r => r.Str("file")!).Where(f => Parsed.Value[f].Reports.Count() > 1).ToList();
        Assert.True(multiple.Count == 0, "more than one report in " + string.Join(", ", multiple));
    }

    private static void CheckReport(FieldScore score, JsonElement key, ReportModel? report, ISet<string> pending)
    {
        string where = key.Str("id")!;
        score.Check("reportCount", 1, Parsed.Value[key.Str("file")!].Reports.Count(), where);
        if (report is null)
        {
            score.Fail("found", $"{where}: no report found");
            return;
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

    // ---------------------------------------------------------------- headings

    [Fact]
    public void Headings_match_the_corpus_keys()
    {
        var score = new FieldScore();
        var rows = CorpusKey.Rows("sections.jsonl");
        var perReport = new StringBuilder("report                        found    extra\n");
        var bars = new RatchetCheck();
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
            var extras = headings.Where(s => !expected.Any(h => h.Int("line") == s.Line && h.Int("level") == s.Level)).ToList();
            foreach (var extra in extras)
            {
                score.Fail("extra", $"{file}:{extra.Line} extra level-{extra.Level} heading {extra.Marker}{extra.Title}");
            }
            int found = expected.Count(h => headings.Any(s => s.Line == h.Int("line") && s.Level == h.Int("level")));
            perReport.AppendLine($"{key.Str("id"),-28} {found,3}/{expected.Length,-4} {extras.Count}");
            if (report is not null) bars.Add(key.Str("id")!, new[] { found, extras.Count }, CorpusRatchet.Headings, new[] { true, false });
        }
        _output.WriteLine(perReport.ToString());
        _output.WriteLine(score.Summary());
        foreach (var m in score.Mismatches) _output.WriteLine(m);
        _output.WriteLine(bars.Report("Headings"));
        // Ratchet (see class summary and CorpusRatchet): headings found and extra per report; marker and ordinal of every
        // heading found are right, and its title but for at most TitleMisses (a heading whose line runs on into its
        // paragraph with no mark between them, as national 1987 line 97 does: 三、深入改革经济体制和扩大对外开放国民经济的…).
        bars.AssertHeld();
        Assert.True(score.Ok("marker") == score.Total("marker") && score.Ok("ordinal") == score.Total("ordinal"), score.Summary());
        Assert.True(score.Total("title") - score.Ok("title") <= TitleMisses, score.Summary());
    }

    /// <summary>Headings found whose title differs from the key's, at most (a ratchet: lower it when one is fixed).</summary>
    private const int TitleMisses = 1;

    // ---------------------------------------------------------------- headline indicators

    [Fact]
    public void Headline_indicators_score_against_the_corpus_keys()
    {
        var keys = CorpusKey.Indicators();
        var log = new StringBuilder();
        var total = new Tally();
        var table = new StringBuilder();
        var bars = new RatchetCheck();
        table.AppendLine("report                        P            R            kind    period  qualif  dir     main    measure status  span");
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
                // The fact on the key's line first: the same words may stand in another line's clause (the plan's
                // 地方一般公共预算收入增长3%左右 and the review's 增长3%).
                var hit = facts.Where(f => CorpusKey.Identifies(f, row)).OrderBy(f => f.Line == row.Line ? 0 : 1).FirstOrDefault();
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
                object? first = Pending(hit, "PeriodStart", out bool hasSpan), last = Pending(hit, "PeriodEnd", out _);
                if (hasSpan)
                {
                    int keyStart = row.PeriodStart ?? row.Year, keyEnd = row.PeriodEnd ?? row.Year;
                    t.Agree("span", Equals(first, keyStart) && Equals(last, keyEnd), log, row, $"span {keyStart}-{keyEnd} got {first}-{last}");
                }
            }
            // Precision: facts that state a key row's figure (its quantity, on its line and in its clause). A fact with
            // another number of the quote is another fact, which a headline key does not list (the 2020 level in
            // 从11.37万亿元提高到14.58万亿元, the 超万亿元 beside a keyed share): the fully keyed paragraphs judge those.
            foreach (var fact in facts)
            {
                var same = rows.Where(r => r.Line == fact.Line && CorpusKey.SameQuantity(fact, r) && IndicatorGoldTests.ValueInQuote(fact, r.Quote) && IndicatorGoldTests.SameClause(fact.Quote, r.Quote)).ToList();
                if (same.Count == 0) continue;
                t.Candidates++;
                if (same.Any(r => CorpusKey.Identifies(fact, r))) t.Correct++;
                else log.AppendLine($"FP   {file}:{fact.Line} {fact.Name}|{fact.Label}|{fact.Standard} {fact.Value}{fact.Unit} {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period} «{fact.Quote}»");
            }
            table.AppendLine($"{key.Str("id"),-28} {t.Line()}");
            total.Add(t);
            if (report is not null) bars.Add(key.Str("id")!, t.Counts(), CorpusRatchet.Indicators, Tally.HigherIsBetter);
        }
        table.AppendLine($"{"ALL",-28} {total.Line()}");
        _output.WriteLine(table.ToString());
        _output.WriteLine(log.ToString());

        _output.WriteLine(bars.Report("Indicators"));
        // Ratchet (see class summary and CorpusRatchet): per report found.
        bars.AssertHeld();
    }

    // ---------------------------------------------------------------- fully keyed paragraphs

    [Fact]
    public void Every_fact_of_the_fully_keyed_paragraphs_is_in_the_key()
    {
        var log = new StringBuilder();
        int extracted = 0, valueRight = 0, fullyRight = 0, keyed = 0, found = 0;
        var perFile = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // right, right with kind and period, wrong, found
        var foundFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in CorpusKey.Paragraphs())
        {
            var report = ReportOf(p.File, p.StartLine);
            int[] counts = perFile.TryGetValue(p.File, out var c) ? c : perFile[p.File] = new int[4];
            if (report is not null) foundFiles.Add(p.File);
            var facts = report?.Facts.Where(f => p.StartLine <= f.Line && f.Line <= p.EndLine).ToList() ?? new List<FactModel>();
            var keyFacts = p.Numbers.SelectMany(n => n.Facts).Distinct().ToList();
            foreach (var fact in facts)
            {
                extracted++;
                var match = keyFacts.FirstOrDefault(k => CorpusKey.SameQuantity(fact, k) && CorpusKey.CompatibleName(fact, k) && CorpusKey.SamePlace(fact, k));
                if (match is null)
                {
                    counts[2]++;
                    log.AppendLine($"FP   {p.File}:{fact.Line} {fact.Name}|{fact.Label} {fact.Value}{fact.Unit} {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period} «{fact.Quote}»");
                    continue;
                }
                valueRight++;
                counts[0]++;
                if (IndicatorGoldTests.KindName(fact.Kind) == match.Kind && fact.Period == match.Year) { fullyRight++; counts[1]++; }
                else log.AppendLine($"KIND {match.Where}: key {match.Kind} {match.Year} got {IndicatorGoldTests.KindName(fact.Kind)} {fact.Period}");
            }
            foreach (var k in keyFacts)
            {
                keyed++;
                if (facts.Any(f => CorpusKey.SameQuantity(f, k) && CorpusKey.CompatibleName(f, k) && CorpusKey.SamePlace(f, k))) { found++; counts[3]++; }
                else log.AppendLine($"MISS {k.Where} «{k.Quote}»");
            }
        }
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "paragraphs {0}: precision {1:F3} ({2}/{3}), with kind and period {4:F3} ({5}/{3}); recall {6:F3} ({7}/{8})",
            CorpusKey.Paragraphs().Count, Ratio(valueRight, extracted), valueRight, extracted, Ratio(fullyRight, extracted), fullyRight,
            Ratio(found, keyed), found, keyed));
        _output.WriteLine(log.ToString());
        var bars = new RatchetCheck();
        foreach (var (file, counts) in perFile.Where(f => foundFiles.Contains(f.Key))) bars.Add(file, counts, CorpusRatchet.Paragraphs, new[] { true, true, false, true });
        _output.WriteLine(bars.Report("Paragraphs"));
        // Ratchet (see class summary and CorpusRatchet): per file, facts right at least, wrong at most, keyed facts found at least.
        bars.AssertHeld();
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

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

        /// <summary>The ratchet order (CorpusRatchet.Indicators): right, wrong, found, then the agreements.</summary>
        public int[] Counts() => new[] { Correct, Candidates - Correct, Matched }
            .Concat(new[] { "kind", "period", "qualifiers", "direction", "main", "measure", "status", "span" }.Select(AgreeCount)).ToArray();

        public static readonly bool[] HigherIsBetter = { true, false, true, true, true, true, true, true, true, true, true };

        public string Line() => string.Format(CultureInfo.InvariantCulture, "{0,5:F3} {1,3}/{2,-3} {3,5:F3} {4,3}/{5,-3} {6}",
            Ratio(Correct, Candidates), Correct, Candidates, Ratio(Matched, Rows), Matched, Rows,
            string.Join(" ", new[] { "kind", "period", "qualifiers", "direction", "main", "measure", "status", "span" }.Select(f => $"{AgreeCount(f),3}/{Matched,-3}")));
    }
}
