using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Gold;

using Direction = ReportSdk.Generator.Vocabulary.Direction;
using IndicatorKind = ReportSdk.Generator.Vocabulary.IndicatorKind;
using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>Scores the extracted facts of every seed report against Gold/indicators.jsonl.</summary>
public sealed class IndicatorGoldTests
{
    private readonly ITestOutputHelper _output;

    public IndicatorGoldTests(ITestOutputHelper output) => _output = output;

    internal sealed record GoldRow(
        string File, string Region, int DeliveredYear, string Name, string? Label, string? Metric, decimal Value, decimal? ValueHigh,
        string Unit, int Period, string Kind, string? Direction, HashSet<string> Qualifiers, string Quote, int Line, bool MainTarget);

    internal static List<GoldRow> LoadGold()
    {
        var rows = new List<GoldRow>();
        foreach (var json in File.ReadAllLines(Path.Combine(TestData.GoldDir, "indicators.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(json)) continue;
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            string? Str(string p) => r.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            rows.Add(new GoldRow(
                Str("file")!, Str("region")!, r.GetProperty("deliveredYear").GetInt32(), Str("name")!, Str("label"), Str("metric"),
                r.GetProperty("value").GetDecimal(),
                r.TryGetProperty("valueHigh", out var high) && high.ValueKind == JsonValueKind.Number ? high.GetDecimal() : null,
                Str("unit")!, r.GetProperty("period").GetInt32(), Str("kind")!, Str("direction"),
                r.GetProperty("qualifiers").EnumerateArray().Select(q => q.GetString()!).ToHashSet(StringComparer.Ordinal),
                Str("quote")!, r.GetProperty("line").GetInt32(),
                r.TryGetProperty("mainTarget", out var main) && main.ValueKind == JsonValueKind.True));
        }
        return rows;
    }

    /// <summary>The facts of every seed report as ReportParser finds them, keyed by (file, region, delivered year).</summary>
    internal static Dictionary<(string File, string Region, int Year), IReadOnlyList<FactModel>> ExtractAll()
    {
        var result = new Dictionary<(string, string, int), IReadOnlyList<FactModel>>();
        foreach (var path in TestData.SeedFiles)
        {
            var parsed = ReportParser.Parse(path, File.ReadAllText(path), CancellationToken.None);
            foreach (var report in parsed.Reports)
            {
                result[(TestData.GoldName(parsed.FileName), report.Region, report.DeliveredYear)] = report.Facts.ToList();
            }
        }
        return result;
    }

    internal static string Compact(string? s) =>
        s is null ? string.Empty : new string(s.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”' or '‘' or '’')).ToArray());

    internal static string KindName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Actual => "actual",
        IndicatorKind.Growth => "growth",
        IndicatorKind.Target => "target",
        IndicatorKind.TargetGrowth => "target_growth",
        IndicatorKind.Share => "share",
        _ => "rank",
    };

    internal static HashSet<string> QualifierNames(Qualifiers q)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if ((q & Qualifiers.About) != 0) set.Add("about");
        if ((q & Qualifiers.Over) != 0) set.Add("over");
        if ((q & Qualifiers.AtLeast) != 0) set.Add("at_least");
        if ((q & Qualifiers.Within) != 0) set.Add("within");
        if ((q & Qualifiers.Nearly) != 0) set.Add("nearly");
        if ((q & Qualifiers.Estimated) != 0) set.Add("estimated");
        if ((q & Qualifiers.Range) != 0) set.Add("range");
        return set;
    }

    internal static bool Matches(FactModel fact, GoldRow row)
    {
        var names = new[] { Compact(fact.Name), Compact(fact.Label) }.Where(n => n.Length > 0);
        var gold = new[] { Compact(row.Name), Compact(row.Label) }.Where(n => n.Length > 0).ToArray();
        bool named = names.Any(n => gold.Contains(n, StringComparer.Ordinal))
            || (row.Metric is not null && fact.Standard?.ToString() == row.Metric);
        return named && fact.Value == row.Value && fact.Unit == row.Unit && KindName(fact.Kind) == row.Kind && fact.Period == row.Period;
    }

    /// <summary>The value stands in the quote as a whole number token (not part of a longer number).</summary>
    internal static bool ValueInQuote(FactModel fact, string quote)
    {
        string q = Compact(quote);
        if (fact.ValueText.Length > 0 && !char.IsDigit(fact.ValueText[0])) return q.Contains(fact.ValueText, StringComparison.Ordinal);
        return Regex.IsMatch(q, @"(?<![\d.])" + Regex.Escape(fact.ValueText) + @"(?![\d]|\.\d)");
    }

    internal static bool SameClause(string factQuote, string goldQuote)
    {
        string f = Compact(factQuote), g = Compact(goldQuote);
        return f.Contains(g, StringComparison.Ordinal) || g.Contains(f, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_match_the_gold_key()
    {
        var gold = LoadGold();
        var extracted = ExtractAll();
        var log = new StringBuilder();

        int matched = 0, qualifierAgree = 0, directionAgree = 0, mainAgree = 0;
        foreach (var row in gold)
        {
            var facts = extracted.TryGetValue((row.File, row.Region, row.DeliveredYear), out var f) ? f : Array.Empty<FactModel>();
            var hit = facts.FirstOrDefault(x => Matches(x, row));
            if (hit is null)
            {
                var near = facts.Where(x => x.Line == row.Line).Select(x => $"{x.Name}|{x.Label}|{x.Standard}|{x.Value}{x.Unit}|{KindName(x.Kind)}|{x.Period}");
                log.AppendLine($"MISS {row.File}:{row.Line} {row.Name} {row.Value}{row.Unit} {row.Kind} {row.Period} «{row.Quote}» got: {string.Join("; ", near)}");
                continue;
            }
            matched++;
            var q = QualifierNames(hit.Qualifiers);
            if (q.SetEquals(row.Qualifiers)) qualifierAgree++;
            else log.AppendLine($"QUAL {row.File}:{row.Line} {row.Name} {row.Value}{row.Unit}: gold [{string.Join(",", row.Qualifiers.OrderBy(x => x, StringComparer.Ordinal))}] got [{string.Join(",", q.OrderBy(x => x, StringComparer.Ordinal))}]");
            if (hit.MainTarget == row.MainTarget) mainAgree++;
            else log.AppendLine($"MAIN {row.File}:{row.Line} {row.Name} {row.Value}{row.Unit}: gold {row.MainTarget} got {hit.MainTarget}");
            string? dir = hit.Direction switch { Direction.Up => "up", Direction.Down => "down", _ => null };
            if (dir == row.Direction) directionAgree++;
            else log.AppendLine($"DIR  {row.File}:{row.Line} {row.Name} {row.Value}{row.Unit}: gold {row.Direction} got {dir}");
        }

        // Precision over the facts that stand in a gold quote on the same line. "Literal": the value occurs in the quote.
        // "Same clause" (asserted): the fact's clause quote also contains the gold quote or lies inside it (Gold/README.md:
        // quotes are kept to the fact's own clause), so an extra, correct fact of another clause that happens to share
        // a digit with a gold quote on its line is not counted against the extractor.
        int literal = 0, literalCorrect = 0, candidates = 0, correct = 0;
        foreach (var report in extracted)
        {
            var rows = gold.Where(r => (r.File, r.Region, r.DeliveredYear) == report.Key).ToList();
            // Spans (过去三年年均…) are deliberately not in the key (Gold/README.md).
            foreach (var fact in report.Value.Where(x => !x.IsSpan))
            {
                var onLine = rows.Where(r => r.Line == fact.Line && ValueInQuote(fact, r.Quote)).ToList();
                if (onLine.Count == 0) continue;
                literal++;
                bool ok = onLine.Any(r => Matches(fact, r));
                if (ok) literalCorrect++;
                var sameClause = onLine.Where(r => SameClause(fact.Quote, r.Quote)).ToList();
                if (sameClause.Count == 0)
                {
                    if (!ok) log.AppendLine($"FP?  {report.Key.File}:{fact.Line} {fact.Name}|{fact.Label}|{fact.Standard} {fact.Value}{fact.Unit} {KindName(fact.Kind)} (other clause) «{fact.Quote}»");
                    continue;
                }
                candidates++;
                if (sameClause.Any(r => Matches(fact, r))) correct++;
                else log.AppendLine($"FP   {report.Key.File}:{fact.Line} {fact.Name}|{fact.Label}|{fact.Standard} {fact.Value}{fact.Unit} {KindName(fact.Kind)} {fact.Period} «{fact.Quote}»");
            }
        }

        double recall = (double)matched / gold.Count;
        double precision = candidates == 0 ? 0 : (double)correct / candidates;
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "precision {0:F3} ({1}/{2}; literal {9:F3} {10}/{11})  recall {3:F3} ({4}/{5})  qualifiers {6:F3}  direction {7:F3}  main target {12:F3}  facts {8}",
            precision, correct, candidates, recall, matched, gold.Count,
            matched == 0 ? 0 : (double)qualifierAgree / matched, matched == 0 ? 0 : (double)directionAgree / matched,
            extracted.Values.Sum(v => v.Count), literal == 0 ? 0 : (double)literalCorrect / literal, literalCorrect, literal,
            matched == 0 ? 0 : (double)mainAgree / matched));
        _output.WriteLine(log.ToString());

        // Ratchet: the counts the code reached when these bars were set (193 key rows). Raise them when the code gets
        // better; never lower one without writing down why. A lost headline fact, a qualifier that no longer maps
        // (以上 → over, 力争…以上 → at_least), a flipped direction or main-target flag each fails one of these.
        Assert.True(gold.Count == 193, $"the gold key has {gold.Count} rows, not 193: it is an unchanged copy");
        Assert.True(matched >= 193, $"recall {matched}/{gold.Count}\n{log}");
        Assert.True(qualifierAgree >= 193, $"qualifier agreement {qualifierAgree}/{matched}\n{log}");
        Assert.True(directionAgree >= 193, $"direction agreement {directionAgree}/{matched}\n{log}");
        Assert.True(mainAgree >= 193, $"main-target agreement {mainAgree}/{matched}\n{log}");
        Assert.True(correct >= 188 && candidates - correct <= 1, $"precision {correct}/{candidates}\n{log}");
        Assert.True(literalCorrect >= 188 && literal - literalCorrect <= 5, $"literal precision {literalCorrect}/{literal}\n{log}");
    }
}
