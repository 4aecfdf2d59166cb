namespace ReportSdk.Tests.Generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Gold;
using Xunit;

/// <summary>
/// An assembly's string literals share one heap of at most 16 MiB (CS8103 beyond). Reports take string literals
/// while their data fit <see cref="StringHeapBudget.Budget"/>; the rest get the heap-free form and still compile and
/// decode to the same values.
/// </summary>
public class StringHeapBudgetTests
{
    [Fact]
    public void The_estimate_is_an_upper_bound_of_what_every_corpus_report_writes()
    {
        int reports = 0;
        foreach (var file in TestData.AllSeedFiles.Where(f => !f.StartsWith("duplicates/", StringComparison.Ordinal)))
        {
            foreach (var model in ReportParser.Parse(file, TestData.Seed(file)).Reports)
            {
                var writer = ReportTableWriter.For(model, default);
                long written = writer.Text.Length + ReportTableWriter.Encode(writer.Table()).Length;
                long estimate = (long)StringHeapBudget.BlocksOf(model) * StringHeapBudget.BlockChars;
                Assert.True(written <= estimate, $"{model.Id}: {written} chars written, estimate {estimate}");
                Assert.True(estimate < 3 * written + StringHeapBudget.BlockChars, $"{model.Id}: estimate {estimate} is far above {written}");
                reports++;
            }
        }
        Assert.Equal(85, reports);
    }

    [Fact]
    public void Reports_take_string_literals_in_plan_order_until_the_budget_is_spent()
    {
        var budget = new StringHeapBudget();
        int half = (int)(StringHeapBudget.Budget / (StringHeapBudget.BlockChars * 2) / 2);
        Assert.True(budget.TryTake(half));
        Assert.True(budget.TryTake(half - 1));
        Assert.False(budget.TryTake(2));  // one block left
        Assert.True(budget.TryTake(1));
        Assert.False(budget.TryTake(1));
        Assert.True(budget.TryTake(0));
    }

    [Fact]
    public void Beyond_the_budget_a_report_is_written_without_the_string_heap_and_reads_the_same()
    {
        // A: one paragraph of 380 blocks of chars (about 12 MiB of string heap as UTF-16); B: a small report after it.
        string big = new string('数', 380 * StringHeapBudget.BlockChars - 4096);
        string small = "过去一年，地区生产总值增长5%。\uD800" + new string('据', 100_000);
        ParsedFile Parse(string path, string text, CancellationToken ct)
        {
            var parsed = Fixture.Parse(path, text, ct);
            string paragraph = text.StartsWith("石景山区", StringComparison.Ordinal) ? big : small;
            var reports = parsed.Reports.Select(r => r with
            {
                Sections = new[] { r.Sections[0] with { Paragraphs = new[] { new ParagraphModel(paragraph, 17) }.ToEquatableArray() } }.ToEquatableArray(),
            });
            return parsed with { Reports = reports.ToEquatableArray() };
        }
        var run = DriverRun.Start(new[]
        {
            GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n"),
            GeneratorHarness.Text("/r/b.txt", "延庆区|Yanqing|2024\n"),
        }, Parse);

        var a = run.Sources.Single(s => s.Key.Contains("shijingshan", StringComparison.Ordinal)).Value;
        var b = run.Sources.Single(s => s.Key.Contains("yanqing", StringComparison.Ordinal)).Value;
        Assert.Contains("private static string __text => \"", a, StringComparison.Ordinal);
        Assert.Contains("private static string __table => \"", a, StringComparison.Ordinal);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> __utf8 => new byte[]", b, StringComparison.Ordinal);
        Assert.Contains("private static global::System.ReadOnlySpan<int> __table => new int[]", b, StringComparison.Ordinal);

        var output = run.Output.RemoveSyntaxTrees(run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("ReportSdk.ReportSet.g.cs", StringComparison.Ordinal)));
        output = output.WithOptions(output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        pe.Position = 0;
        var context = new AssemblyLoadContext("budget", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe);
            Report Load(string type) => (Report)assembly.GetType(type, throwOnError: true)!.GetProperty("Report")!.GetValue(null)!;
            var first = Load("App.Reports+Beijing+Shijingshan+Y2023");
            var second = Load("App.Reports+Yanqing+Y2024");
            Assert.Equal(big, first.Sections[0].Paragraphs[0].Text);
            Assert.Equal(small.Replace("\uD800", "\uFFFD", StringComparison.Ordinal), second.Sections[0].Paragraphs[0].Text); // UTF-8 holds no lone surrogate
            Assert.Equal(first.Indicators.Select(i => (i.Name, i.Value, i.Quote)), second.Indicators.Select(i => (i.Name, i.Value, i.Quote)));
            Assert.Equal(new[] { 2m, 4.5m, 5.0m }, second.FactsOf(StandardIndicator.GdpGrowth).Select(f => f.Value));
            Assert.Equal("“两区”建设", second.Glossary.Single().Term);
        }
        finally
        {
            context.Unload();
        }
    }
}
