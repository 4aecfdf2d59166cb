namespace ReportSdk.Tests.Hardening;

using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Tests.Generator;
using Xunit;

/// <summary>
/// Determinism with the real parser over the seeds (DeterminismTests covers the pipeline with hand-built models):
/// byte-identical sources and diagnostics across runs, cultures (tr-TR, ar-SA, zh-CN, current and UI culture
/// switched in-process) and file orders, also when bad files are mixed in.
/// </summary>
public class SeedDeterminismTests
{
    private static AdditionalText[] Files()
        => GeneratorHarness.Seeds().Concat(new[]
        {
            GeneratorHarness.Text("/r/dup/000_copy.txt", TestData.Seed("shijingshan-2023.txt")), // RSDK005
            GeneratorHarness.Text("/r/empty.txt", ""),
            GeneratorHarness.Text("/r/hostile.txt", string.Concat(HostileStrings.All)),
        }).ToArray();

    private static string Generate(AdditionalText[] files)
    {
        var run = DriverRun.Start(files);
        Assert.NotEmpty(run.Result.GeneratedSources);
        return string.Join("\n=====\n", run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal)
                .Select(s => s.HintName + "\n" + s.SourceText.ToString()))
            + "\n=====\n" + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
    }

    [Fact]
    public void Seeds_generate_byte_identical_output_across_runs_cultures_and_orders()
    {
        var files = Files();
        string baseline = Generate(files);
        Assert.Contains("RSDK005", baseline, StringComparison.Ordinal);
        Assert.Equal(baseline, Generate(Files()));
        Assert.Equal(baseline, Generate(files.Reverse().ToArray()));
        Assert.Equal(baseline, Generate(files.OrderBy(f => f.Path.Length).ThenByDescending(f => f.Path, StringComparer.Ordinal).ToArray()));

        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "zh-CN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(baseline, Generate(Files()));
                Assert.Equal(baseline, Generate(Files().Reverse().ToArray()));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
