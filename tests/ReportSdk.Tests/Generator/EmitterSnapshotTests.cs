namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using Xunit;

public class EmitterSnapshotTests
{
    private static readonly Dictionary<string, string> Consumer = new() { ["build_property.RootNamespace"] = "MyApp" };

    [Fact]
    public void Fixture_report_generates_the_checked_in_code()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/reports/shijingshan.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse, Consumer);

        Assert.Empty(run.GeneratorDiagnostics);
        var sources = run.Sources;
        Assert.Equal(new[] { "ReportSdk.ReportSet.g.cs", "shijingshan.0.shijingshan-2023.g.cs" }, sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.Match(sources["shijingshan.0.shijingshan-2023.g.cs"], "Shijingshan2023");
        Snapshot.Match(sources["ReportSdk.ReportSet.g.cs"], "ReportSet");
    }

    [Fact]
    public void With_lazy_facts_the_fixture_report_generates_the_checked_in_code()
    {
        // ReportSdkLazyFacts=true, the shape of the bundled reports: one `=> __fact(i)` property per member.
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/reports/shijingshan.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse,
            new Dictionary<string, string>(Consumer) { ["build_property.ReportSdkLazyFacts"] = "true" });

        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match(run.Sources["shijingshan.0.shijingshan-2023.g.cs"], "Shijingshan2023.Lazy");
    }

    [Fact]
    public void Snapshot_difference_shows_the_first_differing_line_with_context()
    {
        string diff = Snapshot.FirstDifference("a\nb\nc\nd", "a\nb\nX\nd");
        Assert.Contains("line 3", diff, System.StringComparison.Ordinal);
        Assert.Contains("- c", diff, System.StringComparison.Ordinal);
        Assert.Contains("+ X", diff, System.StringComparison.Ordinal);
        Assert.Equal("a\nb", Snapshot.Normalize("a\r\nb"));
    }
}
