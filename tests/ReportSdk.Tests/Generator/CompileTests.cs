namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Xunit;

/// <summary>The generated code compiles with no warnings (as TreatWarningsAsErrors, nullable on, docs required).</summary>
public class CompileTests
{
    private static ParsedFile FixtureOrHostile(string path, string text, CancellationToken ct)
        => path.EndsWith("hostile.txt", System.StringComparison.Ordinal)
            ? new ParsedFile(path, "hostile.txt", new[] { Fixture.Hostile2024(path) }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty)
            : Fixture.Parse(path, text, ct);

    public static TheoryData<string> EmitConstants => new() { "true", "false" };

    [Theory]
    [MemberData(nameof(EmitConstants))]
    public void Fixture_and_hostile_reports_compile_without_warnings(string emitConstants)
    {
        var texts = new[]
        {
            GeneratorHarness.Text("/src/a/fixture.txt", "石景山区|Shijingshan|2023\n北京市|Beijing|2024\n东城区|Dongcheng|2024\n"),
            GeneratorHarness.Text("/src/b/fixture.txt", "某某县||2024\nclass||2024\n"),
            GeneratorHarness.Text("/src/c/hostile.txt", Fixture.Hostile),
        };
        var run = DriverRun.Start(texts, FixtureOrHostile, new Dictionary<string, string> { ["build_property.ReportSdkEmitConstants"] = emitConstants });

        Assert.Equal(6, run.Result.GeneratedSources.Length); // 5 reports (某某县-2024 twice: one wins) + the ReportSet
        Assert.Empty(GeneratorHarness.Failures(GeneratorHarness.Emit(run.Output)));
        bool hasConst = run.Sources.Values.Any(s => s.Contains("public const decimal ", System.StringComparison.Ordinal));
        Assert.Equal(emitConstants == "true", hasConst);
    }

    [Fact]
    public void Hostile_text_stays_text()
    {
        var texts = new[] { GeneratorHarness.Text("/src/c/hostile.txt", "x") };
        var run = DriverRun.Start(texts, FixtureOrHostile);
        var tree = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("hostile.txt.g.cs", System.StringComparison.Ordinal) || t.ToString().Contains("某某县-2024", System.StringComparison.Ordinal) && !t.ToString().Contains("ReportSet", System.StringComparison.Ordinal));

        // The only classes are the generated ones: the injected "class X" never became code.
        var classes = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Select(c => c.Identifier.ValueText).ToArray();
        Assert.DoesNotContain("X", classes);
        // Every string literal that holds the hostile text means exactly that text.
        var literals = tree.GetRoot().DescendantTokens().Where(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).ToArray();
        Assert.Contains(Fixture.Hostile, literals);
        Assert.Empty(GeneratorHarness.Failures(GeneratorHarness.Emit(run.Output)));
    }

    [Fact]
    public void Seeds_compile_without_warnings()
    {
        var seeds = GeneratorHarness.Seeds();
        int reports = seeds.Sum(s => ReportParser.Parse(s.Path, s.GetText()!.ToString()).Reports.Count);
        var run = DriverRun.Start(seeds);

        Assert.Empty(GeneratorHarness.Failures(GeneratorHarness.Emit(run.Output)));
        Assert.Equal(reports == 0 ? 0 : reports + 1, run.Result.GeneratedSources.Length);
    }
}
