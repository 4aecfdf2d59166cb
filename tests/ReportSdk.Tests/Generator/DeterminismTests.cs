namespace ReportSdk.Tests.Generator;

using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>The same input gives byte-identical output on every run, culture and file order.</summary>
public class DeterminismTests
{
    private static AdditionalText[] Files() => new[]
    {
        GeneratorHarness.Text("/r/z.txt", "石景山区|Shijingshan|2023\n某某县||2024\n"),
        GeneratorHarness.Text("/r/a.txt", "东城区|Dongcheng|2024\n北京市|Beijing|2024\n石景山区|Shijingshan|2023\n"),
    };

    private static string Generate(AdditionalText[] files)
    {
        var run = DriverRun.Start(files, Fixture.Parse);
        Assert.NotEmpty(run.Result.GeneratedSources);
        return string.Join("\n=====\n", run.Result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText.ToString()))
            + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Output_is_identical_across_runs_cultures_and_file_order()
    {
        string baseline = Generate(Files());
        Assert.Equal(baseline, Generate(Files()));
        Assert.Equal(baseline, Generate(Files().Reverse().ToArray()));

        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "ar-SA", "zh-CN" })
            {
                Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Thread.CurrentThread.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(baseline, Generate(Files()));
            }
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
            Thread.CurrentThread.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Decimal_literals_are_invariant_and_keep_their_scale()
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("4.40m", ReportSdk.Generator.Emitting.CSharpLiteral.Decimal(4.40m));
            Assert.Equal("-2.5m", ReportSdk.Generator.Emitting.CSharpLiteral.Decimal(-2.5m));
            Assert.Equal("79228162514264337593543950335m", ReportSdk.Generator.Emitting.CSharpLiteral.Decimal(decimal.MaxValue));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Table_numbers_are_invariant_digits_under_a_culture_with_another_minus_sign()
    {
        // The int tables of reports past the string heap budget are written number by number (sv-SE's minus is U+2212).
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            foreach (int value in new[] { 0, 7, 10, 99, 255, 1_000_000, -1, -2147483648, 2147483647, int.MinValue + 1 })
            {
                var sb = new System.Text.StringBuilder("x");
                ReportSdk.Generator.Emitting.CSharpLiteral.AppendInt(sb, value);
                Assert.Equal("x" + value.ToString(CultureInfo.InvariantCulture), sb.ToString());
            }
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Seed_output_is_identical_under_turkish_culture()
    {
        static string Generate() => string.Join("\n", DriverRun.Start(GeneratorHarness.Seeds()).Result.GeneratedSources
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));

        var saved = Thread.CurrentThread.CurrentCulture;
        string invariant;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = Generate();
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(invariant, Generate());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
        Assert.Contains("Y2023", invariant, System.StringComparison.Ordinal);
    }
}
