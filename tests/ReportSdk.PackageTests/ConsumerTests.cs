using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.PackageTests;

/// <summary>
/// Fresh projects that reference the packed package from a local feed, as a user would: one with a report file
/// of its own, one without. See <see cref="Consumers"/>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackedPackage package, ITestOutputHelper output)
{
    private const string BundledNamespace = "ReportSdk.Reports";

    private Consumers Consumers => package.Consumers;

    [Fact]
    public void Both_consumers_build_warning_free_and_run()
    {
        foreach (var step in new[] { package.PackResult, Consumers.Build, Consumers.Own.Result, Consumers.Plain.Result })
        {
            output.WriteLine($"{step.Elapsed.TotalSeconds,6:F1} s  dotnet {string.Join(' ', step.Arguments.Take(2))}");
        }
        Assert.Contains("0 Warning(s)", Consumers.Build.Output);
        Assert.Equal("done", Consumers.Own.Lines[^1]);
        Assert.Equal("done", Consumers.Plain.Lines[^1]);
    }

    [Fact]
    public void Props_turn_ReportSource_items_into_marked_AdditionalFiles_with_the_options()
    {
        var own = Consumers.Own.EditorConfig;
        Assert.Contains($"build_property.ReportSdkNamespace = {Consumers.OwnRootNamespace}.Reports", own);
        Assert.Contains("build_property.ReportSdkEmitConstants = true", own); // the project's own setting reaches the generator
        Assert.Contains("build_property.ReportSdkEmitConstants =", Consumers.Plain.EditorConfig);
        Assert.DoesNotContain("build_property.ReportSdkEmitConstants = true", Consumers.Plain.EditorConfig); // unset: no Values class
        Assert.Contains("build_property.ReportSdkFactMembers =", Consumers.Plain.EditorConfig); // visible to the generator, unset: all members
        Assert.Contains("build_property.ReportSdkLazyFacts =", Consumers.Plain.EditorConfig); // visible to the generator, unset: fields set per report
        var section = own.IndexOf(Consumers.OwnReportPath.Replace('\\', '/') + "]", StringComparison.Ordinal);
        Assert.True(section >= 0, "the report file is not an AdditionalFile:\n" + own);
        Assert.StartsWith("build_metadata.AdditionalFiles.ReportSdkSource = true", own[section..].Split('\n', 2)[1].Trim());
        // ReportSource item metadata reaches the generator (the same speaker as the text: no RSDK020).
        Assert.Contains("build_metadata.AdditionalFiles.Speaker = 林远", own[section..], StringComparison.Ordinal);

        var plain = Consumers.Plain.EditorConfig;
        Assert.Contains("build_property.ReportSdkNamespace = Plain.Reports", plain);
        Assert.DoesNotContain("ReportSdkSource = true", plain);
    }

    [Fact]
    public void A_consumer_without_reports_gets_no_generated_code_of_its_own()
    {
        Assert.Empty(Consumers.Plain.GeneratedByReportSdk);
    }

    [Fact]
    public void Own_reports_are_generated_into_the_consumers_namespace()
    {
        Assert.NotEmpty(Consumers.Own.GeneratedByReportSdk);
        var sets = Consumers.Own.Records("set");
        Assert.Equal(2, sets.Count);
        Assert.Equal(BundledNamespace, sets[0][2]);
        // The consumer's regions sit in the static class Qinghe.App.Reports (namespace Qinghe.App), its set nested there.
        // Two reports: the county report and the corrected copy of a bundled one.
        Assert.Equal((Consumers.OwnRootNamespace + ".Reports", Consumers.OwnRootNamespace, "2"), (sets[1][1], sets[1][2], sets[1][3]));
    }

    [Fact]
    public void A_consumer_without_reports_sees_only_the_bundled_set()
    {
        var sets = Consumers.Plain.Records("set");
        var bundled = Assert.Single(sets);
        Assert.Equal(BundledNamespace, bundled[2]);
        Assert.True(int.Parse(bundled[3], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Catalog_has_a_bundled_figure_and_a_figure_from_the_consumers_own_report()
    {
        var gdp = Consumers.Own.Records("gdp")
            .Select(f => (Id: f[1], Region: f[2], Value: decimal.Parse(f[3], CultureInfo.InvariantCulture), Unit: f[4],
                Period: int.Parse(f[5], CultureInfo.InvariantCulture)))
            .ToArray();

        var own = gdp.Where(g => g.Region == CountyReport.Region).ToArray();
        Assert.Contains((CountyReport.Gdp, CountyReport.GdpUnit, CountyReport.GdpPeriod), own.Select(g => (g.Value, g.Unit, g.Period)));

        // Bundled figures come from seeds/: at least one must match a GDP row of the hand-checked key.
        var key = GoldGdp();
        var bundled = gdp.Where(g => g.Region != CountyReport.Region).Select(g => (g.Region, g.Value, g.Unit, g.Period)).ToArray();
        Assert.NotEmpty(bundled);
        Assert.Contains(bundled, key.Contains);
    }

    [Fact]
    public void Typed_access_agrees_with_the_catalog()
    {
        foreach (var app in new[] { Consumers.Own, Consumers.Plain })
        {
            var catalog = app.Records("gdp").Select(f => (Id: f[1], Value: f[3])).ToArray();
            var typed = app.Records("typed");
            Assert.NotEmpty(typed);
            // Own replaces a bundled report; its bundled typed member keeps the bundled text (see the replacement test).
            foreach (var record in typed.Where(r => app == Consumers.Plain || r[1] != Consumers.CorrectedId)) Assert.Contains((record[1], record[2]), catalog);
        }
        Assert.Contains(Consumers.Own.Records("typed"), r => r[2] == CountyReport.Gdp.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_corrected_copy_of_a_bundled_report_wins_in_the_catalog_and_the_build_says_so()
    {
        string corrected = Consumers.CorrectedGdp.ToString(CultureInfo.InvariantCulture);
        // ReportCatalog.Find and All return the consumer's figure; the bundled typed member keeps the bundled text.
        Assert.Equal(new[] { corrected }, Consumers.Own.Records("find").Where(r => r[1] == Consumers.CorrectedId).Select(r => r[2]).Distinct());
        Assert.Contains(Consumers.Own.Records("gdp"), r => r[1] == Consumers.CorrectedId && r[3] == corrected);
        var bundled = Assert.Single(Consumers.Own.Records("typed"), r => r[1] == Consumers.CorrectedId)[2];
        Assert.NotEqual(corrected, bundled);
        Assert.Contains(Consumers.Plain.Records("gdp"), r => r[1] == Consumers.CorrectedId && r[3] == bundled);

        // The build reports RSDK022 (info) at the copy's title line; the compiler's SARIF log holds info diagnostics too.
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(Consumers.Own.Directory, Consumers.OwnErrorLog)));
        var notes = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "RSDK022").ToArray();
        var note = Assert.Single(notes);
        output.WriteLine(note.ToString());
        Assert.Equal("note", note.GetProperty("level").GetString());
        Assert.Equal($"Report '{Consumers.CorrectedId}' ('shijingshan-2023.txt') replaces the bundled report of the same id in ReportCatalog queries",
            note.GetProperty("message").GetProperty("text").GetString());
        var where = note.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith(Consumers.CorrectedPath, where.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Consumers.Own.Directory, Consumers.CorrectedPath));
        int title = Array.FindIndex(lines, l => l.Contains("政府工作报告", StringComparison.Ordinal)) + 1;
        Assert.Equal(title, where.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    private static HashSet<(string Region, decimal Value, string Unit, int Period)> GoldGdp()
    {
        var rows = new HashSet<(string, decimal, string, int)>();
        foreach (var line in File.ReadLines(RepoPaths.GoldIndicators))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var row = JsonDocument.Parse(line).RootElement;
            if (!row.TryGetProperty("metric", out var metric) || metric.GetString() != "Gdp") continue;
            rows.Add((row.GetProperty("region").GetString()!, row.GetProperty("value").GetDecimal(),
                row.GetProperty("unit").GetString()!, row.GetProperty("period").GetInt32()));
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
