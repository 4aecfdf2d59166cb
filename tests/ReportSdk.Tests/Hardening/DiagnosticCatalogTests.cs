namespace ReportSdk.Tests.Hardening;

using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Generator;
using Xunit;
using static HardeningRun;

/// <summary>Every documented diagnostic is really produced by the real parser and pipeline, at an exact place in the .txt file.</summary>
public class DiagnosticCatalogTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public DiagnosticCatalogTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private static string Seed(string name) => TestData.Seed(name);

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\u3000 \n\t\u00A0\n")]
    public void RSDK001_empty_file_at_its_start(string text)
    {
        var run = Start(("/r/empty.txt", text));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK001", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal("/r/empty.txt", d.Location.GetLineSpan().Path);
        Assert.Equal((0, 0), HardeningRun.Start(d));
        Assert.Equal("Report file 'empty.txt' is empty", Message(d));
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void RSDK002_no_report_at_the_first_line_with_text()
    {
        // The seeds' page chrome and table of contents, without any report.
        string toc = string.Join("\n", Seed("beijing-dongcheng-xicheng-2024.txt").Split('\n').Skip(7).Take(20));
        var run = Start(("/r/toc.txt", "\n\n" + toc));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK002", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal(2, HardeningRun.Start(d).Line);
        Assert.Equal("No government work report was found in 'toc.txt'", Message(d));
    }

    [Fact]
    public void RSDK003_gbk_bytes_read_as_utf8_show_replacement_characters()
    {
        // What a compiler reads from a GB18030 file: every invalid UTF-8 sequence becomes U+FFFD.
        string text = Encoding.UTF8.GetString(Gb18030().GetBytes("标题\n" + Seed(Mentougou)));
        var run = Start(("/r/gbk.txt", text));

        var d = Assert.Single(WithId(run, "RSDK003"));
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        var (line, column) = HardeningRun.Start(d);
        Assert.Equal('\uFFFD', Line(text, line)[column]);
        Assert.Equal(text.IndexOf('\uFFFD'), d.Location.SourceSpan.Start);
        Assert.Contains("iconv -f GB18030 -t UTF-8", Message(d), StringComparison.Ordinal);
        Assert.Contains("replacement character", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void RSDK003_gbk_bytes_read_as_latin1_are_recognised_by_their_letters()
    {
        string text = Encoding.Latin1.GetString(Gb18030().GetBytes(Seed(Mentougou)));
        var run = Start(("/r/latin.txt", text));

        var d = Assert.Single(WithId(run, "RSDK003"));
        var (line, column) = HardeningRun.Start(d);
        Assert.InRange(Line(text, line)[column], '\u00C0', '\u00FF');
        Assert.Contains("iconv -f GB18030 -t UTF-8", Message(d), StringComparison.Ordinal);
        Assert.Contains("RSDK002", Ids(run)); // and, of course, no report in it
    }

    [Fact]
    public void RSDK003_utf8_text_converted_as_if_it_were_gbk_is_recognised()
    {
        string text = Gb18030().GetString(Encoding.UTF8.GetBytes(Seed(Mentougou)));
        var run = Start(("/r/twice.txt", text));

        var d = Assert.Single(WithId(run, "RSDK003"));
        Assert.Contains("iconv -f UTF-8 -t GB18030", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void RSDK003_one_bad_byte_still_generates_the_report()
    {
        string seed = Seed(Mentougou);
        int at = seed.IndexOf("地区生产总值", StringComparison.Ordinal);
        string text = seed.Substring(0, at) + "\uFFFD" + seed.Substring(at);
        var run = Start(("/r/one.txt", text));

        Assert.Single(WithId(run, "RSDK003"));
        Assert.Contains("public const string Id = \"mentougou-2023\";", Assert.Single(Reports(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_have_no_encoding_warning()
    {
        foreach (var path in TestData.SeedFiles)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
            InputChecks.CheckEncoding(path, Path.GetFileName(path), File.ReadAllText(path), diagnostics);
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void RSDK004_report_cut_off_at_its_last_line()
    {
        string[] lines = Seed(Mentougou).Split('\n');
        // Stops in the middle of a sentence of 2023 年主要任务, in the middle of a line.
        string text = string.Join("\n", lines.Take(118)) + "\n" + lines[118].Substring(0, lines[118].Length / 2);
        var run = Start(("/r/cut.txt", text));

        Assert.True(WithId(run, "RSDK004").Length == 1, string.Join("\n", run.GeneratorDiagnostics));
        var d = WithId(run, "RSDK004")[0];
        Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity);
        int line = HardeningRun.Start(d).Line;
        Assert.Equal(118, line); // the last line, where the text stops
        Assert.Equal(Line(text, line).Length, d.Location.GetLineSpan().EndLinePosition.Character);
        Assert.False(string.IsNullOrWhiteSpace(Line(text, line)));
        Assert.Equal("Report 'mentougou-2023' in 'cut.txt' appears to be cut off; it is generated with Complete = false", Message(d));
        Assert.Single(Reports(run));
    }

    [Fact]
    public void RSDK005_same_report_in_two_files_warns_naming_both_and_the_winner_does_not_depend_on_order()
    {
        string text = Seed(Mentougou);
        var a = ("/r/a/mentougou.txt", text);
        var b = ("/r/b/mentougou.txt", text);
        foreach (var run in new[] { Start(a, b), Start(b, a) })
        {
            var d = Assert.Single(WithId(run, "RSDK005"));
            Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
            Assert.Equal("/r/b/mentougou.txt", d.Location.GetLineSpan().Path);
            Assert.Equal(2, HardeningRun.Start(d).Line); // the title line of the ignored report (line 3)
            Assert.Equal("Report 'mentougou-2023' is described more than once; the one in '/r/a/mentougou.txt' is used and the one in '/r/b/mentougou.txt' is ignored", Message(d));
            Assert.Single(Reports(run));
            GeneratorHarness.AssertCompiles(run.Output);
        }
    }

    [Fact]
    public void RSDK006_identifier_collision_at_the_colliding_report()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "某某县||2024\n某某·县||2024\n") }, Fixture.Parse);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("RSDK006", d.Id);
        Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity);
        Assert.Equal("/r/a.txt", d.Location.GetLineSpan().Path);
        // Ordinal order: 某某·县 (U+00B7) sorts before 某某县 (U+53BF) and keeps the name; 某某县 (StartLine 1) is renamed.
        Assert.Equal(0, HardeningRun.Start(d).Line);
        Assert.Equal("The name '某某县' is already used; '某某县' is generated as '某某县_2'", Message(d));
    }

    [Fact]
    public void RSDK007_is_off_by_default_and_points_at_the_number_when_enabled()
    {
        var texts = GeneratorHarness.Seeds();
        var off = DriverRun.Start(texts);
        Assert.DoesNotContain("RSDK007", Ids(off));

        var options = GeneratorHarness.Compilation().Options.WithSpecificDiagnosticOptions(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("RSDK007", ReportDiagnostic.Info),
        });
        var on = DriverRun.Start(texts, compilation: GeneratorHarness.Compilation().WithOptions(options));
        var found = WithId(on, "RSDK007");
        Assert.NotEmpty(found);
        _output.WriteLine("RSDK007: " + found.Length + " unclassified quantities in the seeds, e.g. " + string.Join("; ", found.Take(5).Select(Message)));
        foreach (var d in found)
        {
            Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity);
            var path = d.Location.GetLineSpan().Path;
            string source = File.ReadAllText(path);
            string number = Message(d).Split('\'')[1];
            string at = source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length);
            Assert.True(number.StartsWith(at, StringComparison.Ordinal) || at.Contains(number.Substring(0, Math.Min(1, number.Length)), StringComparison.Ordinal), number + " at " + at);
        }
        // Enabling it changes nothing else.
        Assert.Equal(off.Sources.OrderBy(s => s.Key).Select(s => s.Value), on.Sources.OrderBy(s => s.Key).Select(s => s.Value));
    }

    [Fact]
    public void RSDK008_cuts_at_the_last_line_end_before_the_limit()
    {
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        string text = "第一行\n第二行很长很长\n第三行";
        string kept = InputChecks.Limit("/r/big.txt", "big.txt", text, diagnostics, maxChars: 10);
        Assert.Equal("第一行\n", kept);
        var d = Assert.Single(diagnostics).ToDiagnostic();
        Assert.Equal("RSDK008", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal((1, 0), HardeningRun.Start(d)); // the first character not read
        Assert.Equal("Report file 'big.txt' has 15 characters, more than the limit of 10; only the first 4 (up to the last line end before the limit) are read", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        diagnostics.Clear();
        string pair = "ab\U00020000cd"; // no line end: cut never splits a surrogate pair
        Assert.Equal("ab", InputChecks.Limit("/r/p.txt", "p.txt", pair, diagnostics, maxChars: 3));
        Assert.Same(text, InputChecks.Limit("/r/s.txt", "s.txt", text, diagnostics, maxChars: text.Length));
    }

    [Fact]
    public void RSDK009_a_failing_file_is_reported_and_the_other_files_are_still_generated()
    {
        var seeds = GeneratorHarness.Seeds();
        var alone = DriverRun.Start(seeds);
        var withBad = DriverRun.Start(seeds.Append(GeneratorHarness.Text("/r/zz-bad.txt", "boom")).ToArray(),
            (path, text, ct) => path.EndsWith("zz-bad.txt", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : ReportParser.Parse(path, text, ct));

        var d = Assert.Single(WithId(withBad, "RSDK009"));
        Assert.Equal("/r/zz-bad.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: boom", Message(d), StringComparison.Ordinal);
        Assert.Equal(alone.Sources, withBad.Sources);
    }

    [Fact]
    public void Bad_files_beside_the_seeds_lose_nothing_from_the_seeds()
    {
        var seeds = GeneratorHarness.Seeds();
        var alone = DriverRun.Start(seeds);
        string gbk = Encoding.UTF8.GetString(Gb18030().GetBytes(Seed(Mentougou)));
        var bad = new[]
        {
            GeneratorHarness.Text("/r/bad/empty.txt", ""),
            GeneratorHarness.Text("/r/bad/furniture.txt", "首页 > 政务公开\n阅读全文\n"),
            GeneratorHarness.Text("/r/bad/gbk.txt", gbk),
            GeneratorHarness.Text("/r/bad/hostile.txt", string.Concat(HostileStrings.All) + HostileStrings.DeepNesting(5000)),
        };
        var run = DriverRun.Start(seeds.Concat(bad).ToArray());
        foreach (var (hint, source) in alone.Sources.Where(s => s.Key != "ReportSdk.ReportSet.g.cs"))
        {
            Assert.Equal(source, run.Sources[hint]);
        }
        Assert.Contains("RSDK001", Ids(run));
        Assert.Contains("RSDK002", Ids(run));
        Assert.Contains("RSDK003", Ids(run));
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Every_descriptor_has_help_text_and_a_row_in_both_tables()
    {
        string root = DiagnosticTests.RepoRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string doc = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        foreach (var d in DiagnosticDescriptors.ById.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)), d.Id);
            string severity = d.DefaultSeverity.ToString();
            Assert.Contains("| " + d.Id + " | " + severity, readme, StringComparison.Ordinal);
            Assert.Contains("| " + d.Id + " | " + severity, doc, StringComparison.Ordinal);
            Assert.Contains(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), doc, StringComparison.Ordinal);
            Assert.Equal(d.Id != "RSDK007", d.IsEnabledByDefault);
        }
    }
}
