using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.PackageTests;

/// <summary>
/// A real consumer build with every bad kind of <c>ReportSource</c> item and RSDK severities set in <c>.editorconfig</c>
/// sections, <c>.globalconfig</c> and <c>WarningsAsErrors</c> (see <see cref="EdgeConsumer"/>): each bad item gets its own
/// RSDK diagnostic naming it, no compiler error (CS2001, CS1504, CS2015, CS8785) appears, every good report is generated,
/// and each severity setting takes effect.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EdgeConsumerTests(PackedPackage package, ITestOutputHelper output)
{
    private EdgeConsumer Edge => package.Edge;

    private SarifResult[] Of(string id) => Edge.Results.Where(r => r.Id == id).ToArray();

    [Fact]
    public void The_only_errors_are_the_ones_the_configuration_asks_for()
    {
        output.WriteLine($"{Edge.Build.Elapsed.TotalSeconds:F1} s, exit code {Edge.Build.ExitCode}");
        foreach (var r in Edge.Results) output.WriteLine($"{r.Level} {r.Id} {r.Path}: {r.Message}");
        Assert.NotEmpty(Edge.Results);
        Assert.DoesNotContain(Edge.Results, r => r.Id is "CS2001" or "CS1504" or "CS2015" or "CS8784" or "CS8785" or "RSDK009");
        var errors = Edge.Results.Where(r => r.Level == "error").Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "RSDK002", "RSDK014" }, errors);
        Assert.NotEqual(0, Edge.Build.ExitCode);
    }

    [Fact]
    public void Editorconfig_sections_set_the_severity_of_diagnostics_in_report_files()
    {
        Assert.Empty(Of("RSDK001")); // [reports/empty.txt] none
        var furniture = Of("RSDK002").ToDictionary(r => r.Path!, r => r.Level);
        Assert.Equal("error", furniture[Edge.PathOf("reports/strict/furniture.txt")]); // [reports/strict/*.txt] error
        Assert.Equal("warning", furniture[Edge.PathOf("reports/loose/furniture.txt")]); // no section: the default
        var unclassified = Of("RSDK007"); // [*.txt] suggestion turns on a rule that is off by default
        Assert.NotEmpty(unclassified);
        Assert.All(unclassified, r => Assert.Equal("note", r.Level));
    }

    [Fact]
    public void Globalconfig_and_WarningsAsErrors_still_apply()
    {
        Assert.Empty(Of("RSDK004")); // .globalconfig: none (cut-off.txt is cut off)
        Assert.Contains(Edge.Generated, n => n.Contains("shijingshan-2025", StringComparison.Ordinal));
        var duplicate = Assert.Single(Of("RSDK014"));
        Assert.Equal("error", duplicate.Level);
        Assert.Equal($"Report source '{Edge.PathOf("reports/county.txt")}' is listed 2 times; it is read once", duplicate.Message);
    }

    [Fact]
    public void Each_bad_item_gets_its_own_diagnostic_with_its_path_and_a_fix()
    {
        Assert.Equal($"Report source '{Edge.PathOf("missing.txt")}' does not exist; check the path of the ReportSource item",
            Assert.Single(Of("RSDK011")).Message);
        var folder = Assert.Single(Of("RSDK012"));
        Assert.Equal(Edge.PathOf("folder"), folder.Path);
        Assert.Contains("wildcard", folder.Message, StringComparison.Ordinal);
        var utf16 = Assert.Single(Of("RSDK015"));
        Assert.Equal(Edge.PathOf("reports/utf16.txt"), utf16.Path);
        Assert.Contains("save it as UTF-8", utf16.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Edge.Results, r => r.Id is "RSDK001" or "RSDK010" && r.Path == utf16.Path);
        if (EdgeConsumer.PosixNames)
        {
            var quote = Assert.Single(Of("RSDK013"));
            Assert.Equal(Edge.PathOf("reports/quo\"te.txt"), quote.Path);
            Assert.Contains("rename the file", quote.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_good_report_is_generated_whatever_its_name()
    {
        // Hint names start with the file's stem in ASCII; brackets[1].txt lost its item metadata in the compiler and is
        // read because the package lists it in ReportSdkSourceItems.
        foreach (var stem in new[] { "county.0.", "brackets_1_.0.", "mentougou.0.mentougou-2023", "cut-off.0.shijingshan-2025" })
        {
            Assert.Contains(Edge.Generated, n => n.StartsWith(stem, StringComparison.Ordinal));
        }
        if (EdgeConsumer.PosixNames)
        {
            // Report.txt and report.txt: two hint names unique ignoring case (CS8785 before).
            var caseOnly = Edge.Generated.Where(n => n.StartsWith("Report.", StringComparison.OrdinalIgnoreCase)).ToArray();
            Assert.Equal(2, caseOnly.Length);
            Assert.Equal(2, caseOnly.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
