using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The package's list of bundled report ids (buildTransitive/ReportSdk.BundledReports.txt, read by the generator for
/// RSDK022) is checked in; this test keeps it equal to the ids of the reports ReportSdk.dll bundles.
/// </summary>
public class BundledReportListTests
{
    [Fact]
    public void Checked_in_list_equals_the_ids_of_the_bundled_reports()
    {
        var bundled = ReportCatalog.Sets
            .Where(set => set.GetType().Assembly == typeof(ReportCatalog).Assembly)
            .SelectMany(set => set.Reports).Select(r => r.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReportSdk.BundledReports.txt"))
            .Where(line => line.Trim().Length > 0).ToArray();
        string expected = string.Join("\n", bundled) + "\n";
        Assert.True(bundled.Length > 80, $"{bundled.Length} bundled reports");
        Assert.True(listed.SequenceEqual(bundled, StringComparer.Ordinal),
            "src/ReportSdk/Package/buildTransitive/ReportSdk.BundledReports.txt differs from the bundled reports; it should read:\n" + expected);
    }
}
