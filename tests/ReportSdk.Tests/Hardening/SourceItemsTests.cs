namespace ReportSdk.Tests.Hardening;

using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Generator;
using Xunit;
using static HardeningRun;

/// <summary>The ReportSource items the package's targets describe (ReportSdkSourceItems): one diagnostic per bad item.</summary>
public class SourceItemsTests
{
    [Fact]
    public void Each_bad_item_gets_its_diagnostic_and_duplicates_are_counted_ordinally()
    {
        var items = SourceItems.Parse("file:/p/a%23b.txt|missing:/p/gone.txt|folder:/p/dir|quote:/p/q\"x.txt|nul:/p/u.txt|file:/p/A%7C%25.txt|file:/p/a%23b.txt|file:/p/A#B.txt|file:/p/a%23b.txt");
        Assert.Equal(new[] { "/p/a#b.txt", "/p/A|%.txt", "/p/A#B.txt" }, items.Files);
        Assert.Equal(new[] { "RSDK011", "RSDK012", "RSDK013", "RSDK015", "RSDK014" }, items.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "/p/gone.txt", "/p/dir", "/p/q\"x.txt", "/p/u.txt", "/p/a#b.txt" }, items.Diagnostics.Select(d => d.Location!.FilePath));
        Assert.Equal("Report source '/p/a#b.txt' is listed 3 times; it is read once", items.Diagnostics[4].ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Same(SourceItems.None.Files.GetType(), SourceItems.Parse("").Files.GetType());
        Assert.Empty(SourceItems.Parse(" | :x|nonsense").Files);
    }

    [Fact]
    public void A_listed_file_is_a_report_source_even_without_its_item_metadata()
    {
        var texts = new[] { GeneratorHarness.Text("/p/brackets[1].txt", "石景山区|Shijingshan|2023\n", reportSource: false) };
        Assert.Empty(DriverRun.Start(texts, Fixture.Parse).Sources);
        var options = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "App",
            [SourceItems.Property] = "file:/p/brackets[1].txt|missing:/p/gone.txt",
        };
        var run = DriverRun.Start(texts, Fixture.Parse, options);
        Assert.Contains(run.Sources.Keys, k => k.StartsWith("brackets_1_.0.", System.StringComparison.Ordinal));
        Assert.Equal("RSDK011", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}
