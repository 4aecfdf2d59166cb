namespace ReportSdk.Tests.Generator;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Generator.Pipeline;
using Xunit;

/// <summary>Proves the incremental pipeline redoes no work it need not, by reading the driver's step run reasons.</summary>
public class CachingTests
{
    private static AdditionalText[] Files() => new[]
    {
        GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n"),
        GeneratorHarness.Text("/r/b.txt", "东城区|Dongcheng|2024\n北京市|Beijing|2024\n"),
        GeneratorHarness.Text("/r/c.txt", "西城区|Xicheng|2023\n"),
        GeneratorHarness.BundledList("/pkg/ReportSdk.BundledReports.txt", "shijingshan-2023\nmentougou-2023\n"),
    };

    private static bool IsReused(IncrementalStepRunReason r) => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void Second_run_reuses_everything()
    {
        var compilation = GeneratorHarness.Compilation();
        var first = DriverRun.Start(Files(), Fixture.Parse, compilation: compilation);
        var second = DriverRun.Next(first.Driver, compilation);

        foreach (var step in new[] { TrackingNames.SourceFiles, TrackingNames.Parse, TrackingNames.Reports, TrackingNames.Catalog, TrackingNames.ReportUnits, TrackingNames.ReportSet,
                     TrackingNames.BundledReports, TrackingNames.BundledReplacements })
        {
            var reasons = second.Reasons(step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(IsReused(r), $"{step}: {r}"));
        }
        Assert.All(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason)));
    }

    [Fact]
    public void Unrelated_csharp_edit_reruns_nothing()
    {
        var first = DriverRun.Start(Files(), Fixture.Parse);
        var edited = GeneratorHarness.Compilation().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace App { internal static class Other { } }", GeneratorHarness.ParseOptions, path: "Other.cs"));
        var second = DriverRun.Next(first.Driver, edited);

        Assert.Equal(3, second.Reasons(TrackingNames.Parse).Length);
        Assert.All(second.Reasons(TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(second.Reasons(TrackingNames.ReportUnits), r => Assert.True(IsReused(r)));
        Assert.All(second.Reasons(TrackingNames.BundledReplacements), r => Assert.True(IsReused(r)));
        Assert.All(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason)));
    }

    [Fact]
    public void Editing_one_report_reparses_and_regenerates_only_that_file()
    {
        var files = Files();
        var first = DriverRun.Start(files, Fixture.Parse);
        var before = first.Sources;

        var edited = GeneratorHarness.Text("/r/b.txt", "东城区|Dongcheng|2024|东城区政府工作报告（修订）\n北京市|Beijing|2024\n");
        var driver = first.Driver.ReplaceAdditionalText(files[1], edited);
        var second = DriverRun.Next(driver, GeneratorHarness.Compilation());

        var parse = second.Reasons(TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parse.Count(r => r == IncrementalStepRunReason.Cached));

        // Only the Dongcheng report's unit changed; the catalog (identities only) did not.
        var units = second.Reasons(TrackingNames.ReportUnits);
        Assert.Equal(1, units.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, units.Count(IsReused));
        Assert.All(second.Reasons(TrackingNames.Catalog), r => Assert.True(IsReused(r)));
        Assert.All(second.Reasons(TrackingNames.ReportSet), r => Assert.True(IsReused(r)));
        Assert.All(second.Reasons(TrackingNames.BundledReports), r => Assert.True(IsReused(r)));
        Assert.All(second.Reasons(TrackingNames.BundledReplacements), r => Assert.True(IsReused(r)));

        var after = second.Sources;
        var changed = after.Keys.Where(k => !string.Equals(before[k], after[k], System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "b.0.dongcheng-2024.g.cs" }, changed);
    }

    [Fact]
    public void Editing_a_figure_in_one_seed_regenerates_only_that_report()
    {
        var seeds = GeneratorHarness.Seeds();
        var compilation = GeneratorHarness.Compilation();
        var first = DriverRun.Start(seeds, compilation: compilation);
        var before = first.Sources;

        // Change one figure of the first seed's report (the first number followed by 亿元).
        var target = seeds[0];
        string text = target.GetText()!.ToString();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"(\d+)(\s*亿元)");
        Assert.True(match.Success);
        string edited = text.Substring(0, match.Index) + "1" + text.Substring(match.Index);
        var second = DriverRun.Next(first.Driver.ReplaceAdditionalText(target, GeneratorHarness.Text(target.Path, edited)), compilation);

        var parse = second.Reasons(TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(seeds.Length - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));
        var units = second.Reasons(TrackingNames.ReportUnits);
        Assert.Equal(1, units.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(second.Reasons(TrackingNames.ReportSet), r => Assert.True(IsReused(r)));

        var after = second.Sources;
        var changed = after.Keys.Where(k => !string.Equals(before[k], after[k], System.StringComparison.Ordinal)).ToArray();
        var only = Assert.Single(changed);
        Assert.StartsWith(System.IO.Path.GetFileNameWithoutExtension(target.Path) + ".", only, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// What the compiler server does between two builds when the project opts into its generator cache
    /// (<c>ReportSdkGeneratorCache=true</c>, the compiler feature <c>enable-generator-cache</c>): it keeps the driver
    /// and hands it the new build's AdditionalText objects (new instances, read from disk again), a new options
    /// provider, the parse options and a new compilation. Unchanged reports must come from the cache, one edited report
    /// must be parsed again alone, and the output must equal a fresh driver's.
    /// </summary>
    [Fact]
    public void A_driver_kept_by_the_compiler_server_reparses_only_edited_reports_and_matches_a_fresh_run()
    {
        var first = DriverRun.Start(GeneratorHarness.Seeds(), compilation: GeneratorHarness.Compilation());

        var rebuild = DriverRun.Next(ServerReuse(first.Driver, GeneratorHarness.Seeds()), GeneratorHarness.Compilation());
        var parse = rebuild.Reasons(TrackingNames.Parse);
        Assert.Equal(GeneratorHarness.Seeds().Length, parse.Length);
        Assert.All(parse, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(rebuild.Reasons(TrackingNames.ReportUnits), r => Assert.True(IsReused(r), r.ToString()));
        Assert.All(rebuild.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason)));
        Assert.Equal(first.Sources, rebuild.Sources);

        var edited = GeneratorHarness.Seeds();
        string text = edited[1].GetText()!.ToString();
        var figure = System.Text.RegularExpressions.Regex.Match(text, @"(\d+)(\s*亿元)");
        Assert.True(figure.Success);
        edited[1] = GeneratorHarness.Text(edited[1].Path, text.Substring(0, figure.Index) + "1" + text.Substring(figure.Index));
        var afterEdit = DriverRun.Next(ServerReuse(rebuild.Driver, edited), GeneratorHarness.Compilation());
        parse = afterEdit.Reasons(TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(edited.Length - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));
        var fresh = DriverRun.Start(edited, compilation: GeneratorHarness.Compilation());
        Assert.Equal(fresh.Sources, afterEdit.Sources);
        Assert.NotEqual(first.Sources, afterEdit.Sources);
    }

    // The calls Roslyn's CommonCompiler.RunGenerators makes on a driver from its cache before running it.
    private static GeneratorDriver ServerReuse(GeneratorDriver driver, AdditionalText[] texts)
        => driver.WithUpdatedParseOptions(GeneratorHarness.ParseOptions)
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor())
            .ReplaceAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create(texts));
}
