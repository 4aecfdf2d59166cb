namespace ReportSdk.Tests.Generator;

using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Diagnostics;
using Xunit;

/// <summary>
/// RSDK022: a project's report with the id of a bundled report (the package's list of bundled ids arrives as an
/// AdditionalFile marked ReportSdkBundledReports) is noted at the report's title line; a report with a new id is not.
/// </summary>
public class BundledReplacementTests
{
    private const string ListPath = "/pkg/buildTransitive/ReportSdk.BundledReports.txt";

    private static AdditionalText Seed(string name) => GeneratorHarness.Text("/app/reports/" + name, TestData.Seed(name));

    [Fact]
    public void A_report_with_a_bundled_id_gets_an_info_at_its_title_line()
    {
        var own = Seed("shijingshan-2023.txt");
        var run = DriverRun.Start(new[] { own, Seed("mentougou-2023.txt"), GeneratorHarness.BundledList(ListPath, "beijing-2024\r\nshijingshan-2023\n\n") });

        var d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == DiagnosticDescriptors.ReplacesBundledId);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(own.Path, d.Location.GetLineSpan().Path);
        var lines = own.GetText()!.ToString().Split('\n');
        int title = Array.FindIndex(lines, l => l.Contains("政府工作报告", StringComparison.Ordinal));
        Assert.Equal(title, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Report 'shijingshan-2023' ('shijingshan-2023.txt') replaces the bundled report of the same id in ReportCatalog queries",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The replacement is still generated and compiles.
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Reports_with_new_ids_or_no_bundled_list_get_none()
    {
        var withList = DriverRun.Start(new[] { Seed("mentougou-2023.txt"), GeneratorHarness.BundledList(ListPath, "shijingshan-2023\n") });
        var withoutList = DriverRun.Start(new[] { Seed("shijingshan-2023.txt") });

        Assert.DoesNotContain(withList.GeneratorDiagnostics, x => x.Id == DiagnosticDescriptors.ReplacesBundledId);
        Assert.DoesNotContain(withoutList.GeneratorDiagnostics, x => x.Id == DiagnosticDescriptors.ReplacesBundledId);
        // The list file itself is never read as a report.
        Assert.DoesNotContain(withList.GeneratorDiagnostics, x => x.Location.GetLineSpan().Path == ListPath);
    }
}
