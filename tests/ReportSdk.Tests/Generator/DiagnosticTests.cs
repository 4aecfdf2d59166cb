namespace ReportSdk.Tests.Generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using Xunit;

public class DiagnosticTests
{
    [Fact]
    public void File_without_a_report_gives_RSDK002_at_the_file()
    {
        // Web furniture only (from the seeds' page chrome): no title, dateline or headings.
        const string text = "首页 > 政务公开\n本文地址：http://example.gov.cn/a.html\n阅读全文\n打赏 ¥5\n";
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/furniture.txt", text) });

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK002", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal("/r/furniture.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("furniture.txt", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Empty_file_gives_RSDK001()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/empty.txt", "  \n") });
        Assert.Equal("RSDK001", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Two_files_with_the_same_report_give_RSDK005_and_the_ordinal_first_path_wins()
    {
        var texts = new[]
        {
            GeneratorHarness.Text("/r/b.txt", "石景山区|Shijingshan|2023|from b\n"),
            GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023|from a\n"),
        };
        var run = DriverRun.Start(texts, Fixture.Parse);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK005", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal("/r/b.txt", d.Location.GetLineSpan().Path);
        var report = Assert.Single(run.Sources, s => s.Key != "ReportSdk.ReportSet.g.cs");
        Assert.StartsWith("a.0.", report.Key, System.StringComparison.Ordinal);
        Assert.Contains("from a", report.Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_report_wins_over_a_cut_off_one_whatever_the_path()
    {
        var texts = new[]
        {
            GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023|cut off\n"),
            GeneratorHarness.Text("/r/b.txt", "石景山区|Shijingshan|2023|complete\n"),
        };
        var run = DriverRun.Start(texts, (path, text, ct) =>
        {
            var parsed = Fixture.Parse(path, text, ct);
            return path.EndsWith("a.txt", System.StringComparison.Ordinal)
                ? parsed with { Reports = parsed.Reports.Select(r => r with { Complete = false }).ToEquatableArray() }
                : parsed;
        });

        Assert.Equal("/r/a.txt", Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RSDK005").Location.GetLineSpan().Path);
        Assert.Contains(run.Sources, s => s.Key.StartsWith("b.0.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Region_identifier_collision_is_resolved_with_RSDK006()
    {
        // Two regions whose names differ only in punctuation make the same identifier.
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "某某县||2024\n某某·县||2024\n") }, Fixture.Parse);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK006", d.Id);
        Assert.Equal("/r/a.txt", d.Location.GetLineSpan().Path);
        Assert.Contains(run.Sources.Values, s => s.Contains("public static partial class 某某县_2", System.StringComparison.Ordinal));
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void A_file_that_cannot_be_read_gives_RSDK010_not_RSDK001()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Unreadable("/r/gone.txt"), GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("RSDK010", "/r/gone.txt"), (d.Id, d.Location.GetLineSpan().Path));
        Assert.StartsWith("Report file 'gone.txt' cannot be read: ", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.Key.StartsWith("a.0.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void File_names_that_differ_only_by_case_get_hint_names_unique_ignoring_case()
    {
        var texts = new[]
        {
            // Chinese ids become the same ASCII fragment (___-2030), so only the case of the stem differs.
            GeneratorHarness.Text("/r/Report.txt", "测甲区||2030\n"),
            GeneratorHarness.Text("/r/report.txt", "测乙区||2030\n"),
        };
        var run = DriverRun.Start(texts, Fixture.Parse);
        Assert.Empty(run.GeneratorDiagnostics);
        var hints = run.Sources.Keys.Where(k => k != "ReportSdk.ReportSet.g.cs").ToArray();
        Assert.Equal(2, hints.Length);
        Assert.Equal(2, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Files_without_the_metadata_are_ignored()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/other.txt", "", reportSource: false) }, Fixture.Parse);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Every_descriptor_is_documented_in_the_catalog()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        foreach (var d in DiagnosticDescriptors.ById.Values)
        {
            Assert.Contains("## " + d.Id, doc, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_are_unique_constants_that_match_their_descriptors()
    {
        var constants = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Id", System.StringComparison.Ordinal))
            .ToDictionary(f => f.Name.Substring(0, f.Name.Length - 2), f => (string)f.GetRawConstantValue()!);
        Assert.Equal(constants.Count, DiagnosticDescriptors.All.Count);
        foreach (var d in DiagnosticDescriptors.All)
        {
            var field = typeof(DiagnosticDescriptors).GetField(constants.Single(c => c.Value == d.Id).Key)!;
            Assert.Same(d, field.GetValue(null));
        }
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i, System.StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id));
    }

    [Fact]
    public void A_wrong_number_of_message_arguments_fails_where_the_diagnostic_is_made()
    {
        var at = LocationInfo.AtLine("/r/a.txt", 3);
        Assert.Throws<System.ArgumentException>(() => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, at));
        Assert.Throws<System.ArgumentException>(() => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, at, "a.txt", "extra"));
        Assert.Throws<System.ArgumentException>(() => DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateReport, at, "x-2024", "a.txt", null!));
        var foreign = new DiagnosticDescriptor("RSDK999", "t", "{0}", "ReportSdk", DiagnosticSeverity.Warning, true);
        Assert.Throws<System.ArgumentException>(() => DiagnosticInfo.Create(foreign, at, "x"));

        var d = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateReport, at, "x-2024", "a.txt", "b.txt").ToDiagnostic();
        Assert.Equal(("RSDK005", 3), (d.Id, d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal("Report 'x-2024' is described more than once; the one in 'a.txt' is used and the one in 'b.txt' is ignored",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Diagnostic_infos_are_equal_by_value()
    {
        var a = DiagnosticInfo.Create(DiagnosticDescriptors.NoReport, LocationInfo.InText("/r/a.txt", "x\ny", 2, 1), "a.txt");
        var b = DiagnosticInfo.Create(DiagnosticDescriptors.NoReport, LocationInfo.InText("/r/a.txt", "x\ny", 2, 1), "a.txt");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal((1, 0), (a.Location!.StartLine, a.Location.StartColumn));
        Assert.NotEqual(a, DiagnosticInfo.Create(DiagnosticDescriptors.NoReport, LocationInfo.InText("/r/a.txt", "x\ny", 0, 1), "a.txt"));
    }

    internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "")
        => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "..", "..", ".."));
}

public class InputDiagnosticTests
{
    private static string SeedSnippet() => string.Join("\n", System.IO.File.ReadAllLines(TestData.SeedFiles[0]).Take(60));

    [Fact]
    public void Gbk_text_read_as_latin1_gives_RSDK003()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        byte[] gbk = System.Text.Encoding.GetEncoding("GB18030").GetBytes(SeedSnippet());
        string misread = System.Text.Encoding.Latin1.GetString(gbk);

        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/gbk.txt", misread) });

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "RSDK003");
        Assert.Equal("/r/gbk.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("GB18030", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_characters_give_RSDK003_at_the_first_one()
    {
        string text = SeedSnippet();
        int line = 5;
        var lines = text.Split('\n');
        lines[line] = "\uFFFD\uFFFD" + lines[line];
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/bad.txt", string.Join("\n", lines)) });

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "RSDK003");
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Valid_seed_text_gives_no_encoding_warning()
    {
        var run = DriverRun.Start(GeneratorHarness.Seeds());
        Assert.DoesNotContain(run.GeneratorDiagnostics, x => x.Id == "RSDK003" || x.Id == "RSDK008");
    }

    [Fact]
    public void Input_over_the_limit_is_cut_with_RSDK008()
    {
        // About 20 MB of UTF-8: the seeds repeated.
        string seed = System.IO.File.ReadAllText(TestData.SeedFiles[0]);
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 7_000_000) sb.Append(seed).Append('\n');
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/huge.txt", sb.ToString()) }, (path, text, ct) =>
        {
            Assert.True(text.Length <= ReportSdk.Generator.Pipeline.InputChecks.MaxChars);
            return Fixture.Parse(path, "", ct);
        });

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "RSDK008");
        Assert.Equal("/r/huge.txt", d.Location.GetLineSpan().Path);
    }
}
