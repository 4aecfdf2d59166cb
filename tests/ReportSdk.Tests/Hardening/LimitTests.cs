namespace ReportSdk.Tests.Hardening;

using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Generator;
using Xunit;
using Xunit.Abstractions;

/// <summary>A 20 MB input is read up to the documented limit (RSDK008) and processed; time and memory are printed, not asserted.</summary>
public class LimitTests
{
    private readonly ITestOutputHelper _output;

    public LimitTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_20_MB_input_is_cut_with_RSDK008_and_the_reports_in_the_part_read_are_generated()
    {
        // The seeds repeated until the file holds 20 MB of UTF-8 (about 7 M characters), then one 1 MB line.
        var sb = new StringBuilder();
        var seeds = TestData.SeedFiles.Select(System.IO.File.ReadAllText).ToArray();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 20 * 1024 * 1024 - (1 << 20))
        {
            foreach (var s in seeds) sb.Append(s).Append('\n');
        }
        sb.Append(new string('测', 1 << 20)).Append('\n');
        string text = sb.ToString();
        Assert.True(text.Length > InputChecks.MaxChars);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/huge.txt", text) });
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "RSDK008");
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        Assert.Equal("/r/huge.txt", d.Location.GetLineSpan().Path);
        int cut = d.Location.SourceSpan.Start;
        Assert.InRange(cut, InputChecks.MaxChars - 64 * 1024, InputChecks.MaxChars);
        Assert.Equal('\n', text[cut - 1]);
        Assert.DoesNotContain(run.GeneratorDiagnostics, x => x.Id is "RSDK009" or "CS8785" or "AD0001");
        // The reports read: the text repeats the same pages, which hold one report each (the repeats are dropped, as a
        // page scraped several times over).
        Assert.NotEmpty(run.Result.GeneratedSources);
        Assert.DoesNotContain(run.GeneratorDiagnostics, x => x.Id == "RSDK005");

        string figure = "20 MB input (" + text.Length + " chars): generator run " + clock.ElapsedMilliseconds + " ms, "
            + (allocated >> 20) + " MB allocated, " + run.Result.GeneratedSources.Length + " files generated";
        _output.WriteLine(figure);
        Console.WriteLine(figure);
    }

    [Fact]
    public void A_4_MB_line_without_breaks_is_processed()
    {
        string text = "门头沟区政府工作报告\n一、2022年工作回顾\n" + new string('测', InputChecks.MaxChars) + "增长5%。";
        var clock = Stopwatch.StartNew();
        var checks = InputChecks.Check("/r/line.txt", text);
        var parsed = ReportParser.Parse("/r/line.txt", checks.Value);
        _output.WriteLine("one line of " + text.Length + " chars: " + clock.ElapsedMilliseconds + " ms");
        Assert.Contains(checks.Diagnostics, x => x.Id == "RSDK008");
        Assert.DoesNotContain(parsed.Diagnostics, x => x.Id == "RSDK009");
    }
}
