using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Tests.Gold;
using Xunit;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// Checks the corpus key itself against the texts: every quote stands on its line inside its report and only once there,
/// every heading line starts with its marker and title, and every number of a fully keyed paragraph has an entry.
/// </summary>
public sealed class CorpusKeyFileTests
{
    private static readonly Regex Number = new(@"[0-9０-９]+(?:[.．][0-9０-９]+)?", RegexOptions.CultureInvariant);

    private static (int Start, int End) RangeOf(string file, int line)
    {
        var report = CorpusKey.Rows("reports.jsonl").Single(r => r.Str("file") == file && r.Int("startLine") <= line && line <= r.Int("endLine"));
        return (report.Int("startLine")!.Value, report.Int("endLine")!.Value);
    }

    private static int Occurrences(string text, string quote)
    {
        int n = 0;
        for (int i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>The quote stands on its line, once inside the given lines (a paragraph's) or else inside its report.</summary>
    private static void AssertQuote(KeyFact fact, (int Start, int End)? within = null, string? context = null)
    {
        var lines = CorpusKey.Lines(fact.File);
        Assert.True(fact.Line >= 1 && fact.Line <= lines.Length, $"{fact.Where}: line out of the file");
        Assert.True(lines[fact.Line - 1].Contains(fact.Quote, StringComparison.Ordinal), $"{context}{fact.Where}: «{fact.Quote}» is not on line {fact.Line}");
        var (start, end) = within ?? RangeOf(fact.File, fact.Line);
        int count = lines.Skip(start - 1).Take(end - start + 1).Sum(l => Occurrences(l, fact.Quote));
        Assert.True(count == 1, $"{context}{fact.Where}: «{fact.Quote}» occurs {count} times in lines {start}-{end}");
    }

    [Fact]
    public void Every_indicator_quote_stands_once_on_its_line()
    {
        var rows = CorpusKey.Indicators();
        Assert.True(rows.Count >= 310, $"{rows.Count} indicator rows");
        foreach (var row in rows)
        {
            AssertQuote(row);
            Assert.Contains(row.Measure, new[] { "level", "change", "share", "rank" });
            Assert.Contains(row.Status, new[] { "actual", "estimated", "target" });
            Assert.True((row.Period is null) != (row.PeriodStart is null && row.PeriodEnd is null), $"{row.Where}: a year or a range");
            Assert.True(row.Measure == "change" == (row.Direction is not null), $"{row.Where}: direction only on changes");
        }
    }

    [Fact]
    public void Every_report_row_is_within_its_file_and_keys_a_report_once()
    {
        var reports = CorpusKey.Rows("reports.jsonl");
        Assert.True(reports.Count >= 17, $"{reports.Count} reports keyed");
        Assert.Equal(reports.Count, reports.Select(r => r.Str("id")).Distinct().Count());
        foreach (var r in reports)
        {
            var lines = CorpusKey.Lines(r.Str("file")!);
            int start = r.Int("startLine")!.Value, end = r.Int("endLine")!.Value;
            Assert.True(1 <= start && start < end && end <= lines.Length, $"{r.Str("id")}: lines {start}-{end} of {lines.Length}");
            Assert.True(lines[start - 1].Trim().Length > 0 && lines[end - 1].Trim().Length > 0, $"{r.Str("id")}: first and last lines hold text");
        }
    }

    [Fact]
    public void Every_heading_row_starts_its_line()
    {
        foreach (var h in CorpusKey.Rows("sections.jsonl"))
        {
            var lines = CorpusKey.Lines(h.Str("file")!);
            string line = lines[h.Int("line")!.Value - 1].Trim();
            string where = $"{h.Str("file")}:{h.Int("line")}";
            Assert.True(line.StartsWith(h.Str("marker")!, StringComparison.Ordinal), $"{where}: no marker {h.Str("marker")}");
            Assert.True(CorpusKey.Compact(line).StartsWith(CorpusKey.Compact(h.Str("marker") + h.Str("title")), StringComparison.Ordinal), $"{where}: title differs");
            bool paren = h.Str("marker")!.StartsWith("（", StringComparison.Ordinal) || h.Str("marker")!.StartsWith("(", StringComparison.Ordinal);
            Assert.Equal(paren ? "paren" : "dun", h.Str("style"));
            // The level is structural: （一） is level 2 under 一、, but level 1 where it holds the 一、 items (national 1981).
            Assert.InRange(h.Int("level")!.Value, 1, 2);
        }
    }

    [Fact]
    public void Every_number_of_a_fully_keyed_paragraph_has_an_entry()
    {
        var paragraphs = CorpusKey.Paragraphs();
        Assert.True(paragraphs.Count >= 59, $"{paragraphs.Count} paragraphs");
        Assert.Contains(paragraphs, p => p.File.StartsWith("beijing/", StringComparison.Ordinal));
        foreach (var p in paragraphs)
        {
            var lines = CorpusKey.Lines(p.File);
            string text = string.Concat(lines.Skip(p.StartLine - 1).Take(p.EndLine - p.StartLine + 1));
            var inText = Number.Matches(text).Select(m => m.Value).ToArray();
            var keyed = p.Numbers.Select(n => n.Number).Where(n => Number.IsMatch(n)).ToArray();
            Assert.True(inText.SequenceEqual(keyed), $"{p.File}:{p.StartLine}: text [{string.Join(" ", inText)}] key [{string.Join(" ", keyed)}]");
            foreach (var n in p.Numbers)
            {
                if (n.Facts.Count == 0)
                {
                    Assert.False(string.IsNullOrWhiteSpace(n.Why), $"{p.File}:{p.StartLine} {n.Number}: a number without a fact says why");
                    continue;
                }
                foreach (var fact in n.Facts)
                {
                    AssertQuote(fact, (p.StartLine, p.EndLine), $"paragraph {p.StartLine}: ");
                    Assert.InRange(fact.Line, p.StartLine, p.EndLine);
                }
            }
        }
    }
}
