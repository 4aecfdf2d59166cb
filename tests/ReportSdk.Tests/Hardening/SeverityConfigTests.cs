namespace ReportSdk.Tests.Hardening;

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Generator;
using Xunit;
using static HardeningRun;

/// <summary>
/// <c>dotnet_diagnostic.RSDKnnn.severity</c> in <c>.editorconfig</c> sections reaches diagnostics in report files (the
/// compiler applies sections only to C# files), and the compiler's own options still apply on top. The package test
/// <c>EdgeConsumerTests</c> shows the same in a real build.
/// </summary>
public class SeverityConfigTests
{
    private const string Furniture = "首页 > 政务公开\n阅读全文\n";

    private static DriverRun Run(string editorConfig, Compilation? compilation = null, params AdditionalText[] reports)
        => Start(reports.Append(GeneratorHarness.EditorConfig("/p/.editorconfig", editorConfig)).ToArray(), compilation);

    private static DriverRun Start(AdditionalText[] texts, Compilation? compilation = null)
        => DriverRun.Start(texts, compilation: compilation ?? With());

    // Warnings stay warnings here (the harness's compilation treats them as errors), unless an option says otherwise.
    private static Compilation With(params (string Id, ReportDiagnostic Option)[] options)
    {
        var compilation = GeneratorHarness.Compilation();
        return compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default).WithSpecificDiagnosticOptions(
            options.Select(o => new KeyValuePair<string, ReportDiagnostic>(o.Id, o.Option))));
    }

    [Fact]
    public void A_section_turns_a_warning_off_or_into_an_error_for_its_files_only()
    {
        var run = Run("root = true\n[reports/quiet/*.txt]\ndotnet_diagnostic.RSDK001.severity = none\n[reports/strict/*.txt]\ndotnet_diagnostic.rsdk001.severity = error\n",
            null,
            GeneratorHarness.Text("/p/reports/quiet/a.txt", ""),
            GeneratorHarness.Text("/p/reports/strict/b.txt", ""),
            GeneratorHarness.Text("/p/reports/c.txt", ""),
            GeneratorHarness.Text("/elsewhere/d.txt", ""));
        var found = WithId(run, "RSDK001").ToDictionary(d => d.Location.GetLineSpan().Path, d => d.Severity);
        Assert.Equal(new Dictionary<string, DiagnosticSeverity>
        {
            ["/p/reports/strict/b.txt"] = DiagnosticSeverity.Error,
            ["/p/reports/c.txt"] = DiagnosticSeverity.Warning,
            ["/elsewhere/d.txt"] = DiagnosticSeverity.Warning,
        }, found);
        var strict = WithId(run, "RSDK001").Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("Report file 'b.txt' is empty", Message(strict));
        Assert.Equal(DiagnosticSeverity.Warning, strict.DefaultSeverity);
    }

    [Fact]
    public void A_section_turns_on_the_disabled_RSDK007()
    {
        string text = TestData.Seed(Mentougou);
        var off = Start(new[] { GeneratorHarness.Text("/p/m.txt", text) });
        Assert.Empty(WithId(off, "RSDK007"));
        var on = Run("[*.txt]\ndotnet_diagnostic.RSDK007.severity = suggestion\n", null, GeneratorHarness.Text("/p/m.txt", text));
        var found = WithId(on, "RSDK007");
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(off.Sources, on.Sources);
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_still_apply_on_top()
    {
        var texts = new[] { GeneratorHarness.Text("/p/a.txt", Furniture), GeneratorHarness.Text("/p/b.txt", "") };
        string config = "[a.txt]\ndotnet_diagnostic.RSDK002.severity = error\n";
        Assert.Empty(WithId(Run(config, With(("RSDK002", ReportDiagnostic.Suppress)), texts), "RSDK002"));
        var promoted = Run(config, With(("RSDK001", ReportDiagnostic.Error)), texts);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(WithId(promoted, "RSDK001")).Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(WithId(promoted, "RSDK002")).Severity);
    }

    [Fact]
    public void The_closer_editorconfig_wins_and_default_keeps_the_descriptors_severity()
    {
        var run = Start(new[]
        {
            GeneratorHarness.Text("/p/r/a.txt", Furniture),
            GeneratorHarness.Text("/p/s/b.txt", Furniture),
            GeneratorHarness.EditorConfig("/p/.editorconfig", "[*.txt]\ndotnet_diagnostic.RSDK002.severity = error\n"),
            GeneratorHarness.EditorConfig("/p/r/.editorconfig", "[*.txt]\ndotnet_diagnostic.RSDK002.severity = default\n"),
        });
        var found = WithId(run, "RSDK002").ToDictionary(d => d.Location.GetLineSpan().Path, d => d.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, found["/p/r/a.txt"]);
        Assert.Equal(DiagnosticSeverity.Error, found["/p/s/b.txt"]);
    }

    [Fact]
    public void Editing_the_editorconfig_reparses_nothing()
    {
        var config = GeneratorHarness.EditorConfig("/p/.editorconfig", "[*.txt]\ndotnet_diagnostic.RSDK004.severity = none\n");
        var first = Start(new[] { GeneratorHarness.Text("/p/s.txt", TestData.Seed("shijingshan-2025.txt")), config });
        Assert.Empty(WithId(first, "RSDK004"));
        var edited = GeneratorHarness.EditorConfig("/p/.editorconfig", "[*.txt]\ndotnet_diagnostic.RSDK004.severity = warning\n");
        var second = DriverRun.Next(first.Driver.ReplaceAdditionalText(config, edited), With());
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(WithId(second, "RSDK004")).Severity);
        Assert.All(second.Reasons(TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(second.Reasons(TrackingNames.ReportUnits), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }
}
