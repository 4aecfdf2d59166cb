using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Tests.Facts;

/// <summary>
/// Stand-in for ReportParser while it is not on this branch: reflows a seed report's lines (range and years from
/// Gold/reports.jsonl) into paragraphs with their part and section, the way the parser hands them to the extractor.
/// </summary>
internal static class SeedParagraphs
{
    internal sealed record SeedReport(string File, string Region, int DeliveredYear, FactContext Context, List<FactInput> Paragraphs);

    private static readonly Regex Level1 = new(@"^[一二三四五六七八九十]+、");
    private static readonly Regex Level2 = new(@"^[（(][一二三四五六七八九十]+[）)]");

    public static List<SeedReport> Load()
    {
        var reports = new List<SeedReport>();
        foreach (var json in File.ReadAllLines(Path.Combine(TestData.GoldDir, "reports.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(json)) continue;
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            string file = r.GetProperty("file").GetString()!;
            int startLine = r.GetProperty("startLine").GetInt32();
            int endLine = r.GetProperty("endLine").GetInt32();
            var context = new FactContext(r.GetProperty("deliveredYear").GetInt32(), r.GetProperty("reviewYear").GetInt32(), r.GetProperty("planYear").GetInt32());
            var lines = TestData.Seed(file).Replace("\r\n", "\n").Split('\n');
            reports.Add(new SeedReport(file, r.GetProperty("region").GetString()!, context.DeliveredYear, context,
                Reflow(lines, startLine, Math.Min(endLine, lines.Length))));
        }
        return reports;
    }

    private static List<FactInput> Reflow(string[] lines, int startLine, int endLine)
    {
        var result = new List<FactInput>();
        var part = ReportPart.Preamble;
        string? section = null;
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        var lineNumbers = new List<int>();

        void Flush()
        {
            if (text.Length > 0)
            {
                var p = new SourceParagraph(text.ToString(), offsets.ToArray(), lineNumbers.ToArray());
                result.Add(new FactInput(p, part, section, p.Text.Contains("主要预期目标", StringComparison.Ordinal)));
            }
            text.Clear();
            offsets.Clear();
            lineNumbers.Clear();
        }

        for (int n = startLine; n <= endLine; n++)
        {
            string line = lines[n - 1].Trim().Trim('\u00A0', '\u3000');
            if (line.Length == 0 || Regex.IsMatch(line, @"^\d+$")) continue;
            bool heading1 = Level1.IsMatch(line) && line.Length < 40;
            bool heading2 = Level2.IsMatch(line);
            if (heading1 || heading2) Flush();
            if (heading1)
            {
                part = line.Contains("回顾", StringComparison.Ordinal) ? ReportPart.Review
                    : Regex.IsMatch(line, "任务|安排|目标|计划") ? ReportPart.Plan : ReportPart.Other;
            }
            if (heading1 || heading2) section = Level2.Replace(Level1.Replace(line, ""), "").Split('。')[0];
            offsets.Add(text.Length);
            lineNumbers.Add(n);
            text.Append(line);
            if (heading1 || (heading2 && !line.Contains('。')) || line.EndsWith('。') || line.EndsWith('：') || line.EndsWith(':')) Flush();
        }
        Flush();
        return result;
    }
}
