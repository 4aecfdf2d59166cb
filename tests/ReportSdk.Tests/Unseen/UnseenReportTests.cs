using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Generator;
using ReportSdk.Tests.Gold;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Unseen;

using Direction = ReportSdk.Generator.Vocabulary.Direction;

/// <summary>
/// Reports in styles the seeds do not cover (a provincial web page with half-width punctuation, a county PDF with
/// hard wraps and page numbers, a city file with CRLF, 1. sub-items and two reports, a news article that is not a
/// report), each scored against its hand-written key (Unseen/*.key.json): the rules must carry over to text nobody
/// tuned them on.
/// </summary>
public sealed class UnseenReportTests
{
    private readonly ITestOutputHelper _output;

    public UnseenReportTests(ITestOutputHelper output) => _output = output;

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "Unseen");

    private static IEnumerable<string> Texts => Directory.GetFiles(Dir, "*.txt").OrderBy(p => p, StringComparer.Ordinal);

    private static JsonElement Key(string textPath) =>
        JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(textPath, ".key.json"))).RootElement.Clone();

    private static ParsedFile Parse(string path) => ReportParser.Parse(path, File.ReadAllText(path));

    [Fact]
    public void Metadata_headings_and_glossaries_match_the_keys()
    {
        var score = new FieldScore();
        foreach (var path in Texts)
        {
            var key = Key(path);
            var parsed = Parse(path);
            string file = Path.GetFileName(path);
            var expectedIds = key.GetProperty("reports").EnumerateArray().Select(r => r.Str("id")).ToArray();
            score.Check("reportIds", string.Join(",", expectedIds), string.Join(",", parsed.Reports.Select(r => r.Id)), file);
            var diagnostics = key.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()).ToArray();
            foreach (var id in diagnostics) score.Check("diagnostic", true, parsed.Diagnostics.Any(d => d.Id == id), $"{file} {id}");

            foreach (var row in key.GetProperty("reports").EnumerateArray())
            {
                var report = parsed.Reports.FirstOrDefault(r => r.Id == row.Str("id"));
                string where = $"{file} {row.Str("id")}";
                if (report == null)
                {
                    score.Fail("found", $"{where}: report not found");
                    continue;
                }
                GoldStructureTests.CheckMetadata(score, row, report, where);
                score.Check("glossary", row.Int("glossary"), report.Glossary.Count, where);

                var headings = GoldStructureTests.Numbered(report.Sections).ToList();
                var expected = row.GetProperty("headings").EnumerateArray().ToArray();
                foreach (var h in expected)
                {
                    var section = headings.FirstOrDefault(s => s.Line == h.Int("line"));
                    string at = $"{where}:{h.Int("line")} {h.Str("marker")}";
                    if (section == null)
                    {
                        score.Fail("heading", $"{at}: no heading ({h.Str("title")})");
                        continue;
                    }
                    score.Check("heading", $"{h.Int("level")} {h.Int("ordinal")} {h.Str("marker")} {h.Str("title")}",
                        $"{section.Level} {section.Ordinal} {section.Marker} {section.Title}", at);
                }
                foreach (var extra in headings.Where(s => !expected.Any(h => h.Int("line") == s.Line)))
                {
                    score.Fail("heading", $"{where}:{extra.Line} extra heading {extra.Marker}{extra.Title}");
                }
            }
        }
        _output.WriteLine(score.Summary());
        foreach (var m in score.Mismatches) _output.WriteLine(m);
        Assert.True(score.Mismatches.Count == 0, score.Summary() + "\n" + string.Join("\n", score.Mismatches));
    }

    [Fact]
    public void Headline_facts_match_the_keys()
    {
        var log = new StringBuilder();
        int rows = 0, matched = 0, candidates = 0, correct = 0, qualifiers = 0, mains = 0, directions = 0;
        foreach (var path in Texts)
        {
            var parsed = Parse(path);
            string file = Path.GetFileName(path);
            foreach (var r in Key(path).GetProperty("reports").EnumerateArray())
            {
                var report = parsed.Reports.FirstOrDefault(x => x.Id == r.Str("id"));
                var facts = report?.Facts.ToList() ?? new List<FactModel>();
                var gold = r.GetProperty("facts").EnumerateArray().Select(f => Row(file, r, f)).ToList();
                foreach (var row in gold)
                {
                    rows++;
                    var hit = facts.FirstOrDefault(x => IndicatorGoldTests.Matches(x, row));
                    if (hit == null)
                    {
                        var near = facts.Where(x => x.Line == row.Line).Select(x => $"{x.Name}|{x.Label}|{x.Standard}|{x.Value}{x.Unit}|{x.Kind}|{x.Period}");
                        log.AppendLine($"MISS {file}:{row.Line} {row.Name} {row.Value}{row.Unit} {row.Kind} {row.Period} got: {string.Join("; ", near)}");
                        continue;
                    }
                    matched++;
                    var q = IndicatorGoldTests.QualifierNames(hit.Qualifiers);
                    if (q.SetEquals(row.Qualifiers)) qualifiers++;
                    else log.AppendLine($"QUAL {file}:{row.Line} {row.Name} {row.Value}{row.Unit}: key [{string.Join(",", row.Qualifiers.OrderBy(x => x, StringComparer.Ordinal))}] got [{string.Join(",", q.OrderBy(x => x, StringComparer.Ordinal))}]");
                    string? direction = hit.Direction switch { Direction.Up => "up", Direction.Down => "down", _ => null };
                    if (direction == row.Direction) directions++;
                    else log.AppendLine($"DIR  {file}:{row.Line} {row.Name} {row.Value}{row.Unit}: key {row.Direction} got {direction}");
                    if (hit.MainTarget == row.MainTarget) mains++;
                    else log.AppendLine($"MAIN {file}:{row.Line} {row.Name} {row.Value}{row.Unit}: key {row.MainTarget} got {hit.MainTarget}");
                }
                // Precision as for the seeds: facts whose value stands in a key quote of the same line and clause.
                foreach (var fact in facts.Where(x => !x.IsSpan))
                {
                    var same = gold.Where(g => g.Line == fact.Line && IndicatorGoldTests.ValueInQuote(fact, g.Quote) && IndicatorGoldTests.SameClause(fact.Quote, g.Quote)).ToList();
                    if (same.Count == 0) continue;
                    candidates++;
                    if (same.Any(g => IndicatorGoldTests.Matches(fact, g))) correct++;
                    else log.AppendLine($"FP   {file}:{fact.Line} {fact.Name}|{fact.Label}|{fact.Standard} {fact.Value}{fact.Unit} {fact.Kind} {fact.Period} «{fact.Quote}»");
                }
            }
        }
        double recall = rows == 0 ? 0 : (double)matched / rows;
        double precision = candidates == 0 ? 0 : (double)correct / candidates;
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "precision {0:F3} ({1}/{2})  recall {3:F3} ({4}/{5})  qualifiers {6}/{4}  main target {7}/{4}  direction {8}/{4}",
            precision, correct, candidates, recall, matched, rows, qualifiers, mains, directions));
        _output.WriteLine(log.ToString());
        // Ratchet: the counts the code reached when these bars were set (94 key facts). Raise, never lower without saying why.
        Assert.True(rows == 94, $"the unseen keys hold {rows} facts, not 94: update the bars with the keys");
        Assert.True(matched >= 94, $"recall {matched}/{rows}\n{log}");
        Assert.True(correct >= 78 && candidates - correct <= 0, $"precision {correct}/{candidates}\n{log}");
        Assert.True(qualifiers >= 94, $"qualifier agreement {qualifiers}/{matched}\n{log}");
        Assert.True(mains >= 94, $"main-target agreement {mains}/{matched}\n{log}");
        Assert.True(directions >= 94, $"direction agreement {directions}/{matched}\n{log}");
    }

    [Fact]
    public void Generated_code_for_the_unseen_texts_compiles()
    {
        var texts = Texts.Select(p => GeneratorHarness.Text(p, File.ReadAllText(p))).ToArray();
        int reports = Texts.Sum(p => Key(p).GetProperty("reports").GetArrayLength());
        var run = DriverRun.Start(texts, options: new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" });
        Assert.Equal(reports + 1, run.Result.GeneratedSources.Length); // one file per report + the ReportSet
        GeneratorHarness.AssertCompiles(run.Output);
    }

    private static IndicatorGoldTests.GoldRow Row(string file, JsonElement report, JsonElement f) => new(
        file, report.Str("region")!, report.Int("deliveredYear")!.Value, f.Str("name")!, f.Str("label"), f.Str("metric"),
        f.GetProperty("value").GetDecimal(), null, f.Str("unit")!, f.Int("period")!.Value, f.Str("kind")!, f.Str("direction"),
        f.GetProperty("qualifiers").EnumerateArray().Select(q => q.GetString()!).ToHashSet(StringComparer.Ordinal),
        f.Str("quote")!, f.Int("line")!.Value, f.Bool("mainTarget") == true);
}
