using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using GenStyle = ReportSdk.Generator.Vocabulary.SectionStyle;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Gold;

/// <summary>Scores report metadata, level-1/2 headings and glossaries against the gold key: 100% is the bar.</summary>
public sealed class GoldStructureTests
{
    private readonly ITestOutputHelper _output;

    public GoldStructureTests(ITestOutputHelper output) => _output = output;

    private static readonly Lazy<IReadOnlyList<ReportModel>> Parsed = new(() =>
        TestData.SeedFiles.SelectMany(f => ReportParser.Parse(f, File.ReadAllText(f)).Reports).ToArray());

    private static ReportModel? Find(string file, string? region, int? year) =>
        Parsed.Value.FirstOrDefault(r => TestData.GoldName(r.FileName) == file && r.Region == region && r.DeliveredYear == year);

    [Fact]
    public void Report_metadata_matches_gold()
    {
        var score = new FieldScore();
        var gold = GoldKey.Rows("reports.jsonl");
        foreach (var row in gold)
        {
            string file = row.Str("file")!;
            var report = Parsed.Value.FirstOrDefault(r => TestData.GoldName(r.FileName) == file && r.Id == row.Str("id"));
            string where = $"{file} {row.Str("id")}";
            if (report == null)
            {
                score.Fail("found", $"{where}: report not found");
                continue;
            }
            score.Check("found", true, true, where);
            CheckMetadata(score, row, report, where);
        }
        score.Check("reportCount", gold.Count, Parsed.Value.Count, "all files");
        Report(score);
    }

    /// <summary>Scores a report's metadata against a key row (the fields of reports.jsonl).</summary>
    internal static void CheckMetadata(FieldScore score, System.Text.Json.JsonElement row, ReportModel report, string where)
    {
        score.Check("region", row.Str("region"), report.Region, where);
        score.Check("level", row.Str("level"), report.Level.ToString().ToLowerInvariant(), where);
        score.Check("deliveredYear", row.Int("deliveredYear"), report.DeliveredYear, where);
        score.Check("reviewYear", row.Int("reviewYear"), report.ReviewYear, where);
        score.Check("planYear", row.Int("planYear"), report.PlanYear, where);
        score.Check("date", row.Str("date"), report.Date, where);
        score.Check("speaker", row.Str("speaker"), report.Speaker, where);
        score.Check("speakerTitle", row.Str("speakerTitle"), report.SpeakerTitle, where);
        score.Check("congress", row.Str("congress"), report.Congress, where);
        score.Check("startLine", row.Int("startLine"), report.StartLine, where);
        score.Check("endLine", row.Int("endLine"), report.EndLine, where);
        score.Check("complete", row.Bool("complete"), report.Complete, where);
    }

    [Fact]
    public void Level_one_and_two_headings_match_gold()
    {
        var score = new FieldScore();
        var rows = GoldKey.Rows("sections.jsonl").Where(r => r.Str("kind") != "glossary").ToArray();
        var matched = new HashSet<(string, int, int)>();
        foreach (var row in rows)
        {
            string file = row.Str("file")!;
            var report = Find(file, row.Str("region"), row.Int("deliveredYear"));
            string where = $"{file}:{row.Int("line")} {row.Str("marker")}";
            if (report == null)
            {
                score.Fail("found", $"{where}: report {row.Str("region")} {row.Int("deliveredYear")} not found");
                continue;
            }
            var section = Numbered(report.Sections).FirstOrDefault(s => s.Line == row.Int("line"));
            if (section == null)
            {
                score.Fail("found", $"{where}: no heading on this line ({row.Str("title")})");
                continue;
            }
            matched.Add((report.Id, section.Line, section.Level));
            score.Check("found", true, true, where);
            score.Check("level", row.Int("level"), section.Level, where);
            score.Check("ordinal", row.Int("ordinal"), section.Ordinal, where);
            score.Check("marker", row.Str("marker"), section.Marker, where);
            score.Check("style", row.Str("style"), StyleName(section.Style), where);
            score.Check("title", row.Str("title"), section.Title, where);
        }
        // Numbered level-1/2 headings the key does not list are mistakes too.
        foreach (var report in Parsed.Value)
        {
            foreach (var section in Numbered(report.Sections).Where(s => !matched.Contains((report.Id, s.Line, s.Level))))
            {
                score.Fail("extra", $"{report.FileName}:{section.Line} extra heading {section.Marker}{section.Title}");
            }
        }
        Report(score);
    }

    [Fact]
    public void Glossary_matches_gold()
    {
        var score = new FieldScore();
        foreach (var row in GoldKey.Rows("sections.jsonl").Where(r => r.Str("kind") == "glossary"))
        {
            var report = Find(row.Str("file")!, row.Str("region"), row.Int("deliveredYear"));
            string where = $"{row.Str("file")} {row.Str("region")} glossary";
            if (report == null)
            {
                score.Fail("found", $"{where}: report not found");
                continue;
            }
            score.Check("entryCount", row.Int("entryCount"), report.Glossary.Count, where);
            var entries = row.GetProperty("entries").EnumerateArray().ToArray();
            foreach (var entry in entries)
            {
                int n = entry.Int("n")!.Value;
                var actual = report.Glossary.FirstOrDefault(g => g.Number == n);
                score.Check("term", entry.Str("term"), actual?.Term, $"{where} #{n}");
                score.Check("line", entry.Int("line"), actual?.Line, $"{where} #{n}");
                score.Check("definition", true, actual != null && actual.Definition.Length > 0, $"{where} #{n}");
            }
        }
        Report(score);
    }

    /// <summary>Level-1/2 rows of a key: 一、, （一）/(一) and, unless left out, 一是 paragraph heads.</summary>
    internal static IEnumerable<SectionModel> Numbered(EquatableArray<SectionModel> sections, bool withShi = true)
    {
        foreach (var s in sections)
        {
            if (s.Level <= 2 && (s.Style == GenStyle.Dun || s.Style == GenStyle.Paren || (withShi && s.Style == GenStyle.Shi))) yield return s;
            foreach (var child in Numbered(s.Children, withShi)) yield return child;
        }
    }

    private static string StyleName(GenStyle style) => style switch
    {
        GenStyle.Dun => "dun",
        GenStyle.Paren => "paren",
        GenStyle.Shi => "shi",
        _ => style.ToString().ToLowerInvariant(),
    };

    private void Report(FieldScore score)
    {
        _output.WriteLine(score.Summary());
        foreach (var m in score.Mismatches.Take(60)) _output.WriteLine(m);
        Assert.True(score.Mismatches.Count == 0, score.Summary() + "\n" + string.Join("\n", score.Mismatches.Take(60)));
    }
}
