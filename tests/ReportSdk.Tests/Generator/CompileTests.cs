namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
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
        var run = DriverRun.Start(texts, FixtureOrHostile, new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.ReportSdkEmitConstants"] = emitConstants });

        Assert.Equal(6, run.Result.GeneratedSources.Length); // 5 reports (某某县-2024 twice: one wins) + the ReportSet
        GeneratorHarness.AssertCompiles(run.Output);
        bool hasConst = run.Sources.Values.Any(s => s.Contains("public const decimal ", System.StringComparison.Ordinal));
        Assert.Equal(emitConstants == "true", hasConst);
    }

    [Fact]
    public void User_code_uses_english_chinese_and_constant_names()
    {
        const string user = """
            namespace App
            {
                /// <summary>Uses the generated API as a consumer would.</summary>
                public static class Use
                {
                    /// <summary>A figure as a compile-time constant (with ReportSdkEmitConstants=true).</summary>
                    public const decimal Gdp = App.Reports.Beijing.Shijingshan.Y2023.Values.Gdp;

                    /// <summary>Typed, Chinese-named and unknown-region members.</summary>
                    public static string Touch()
                    {
                        ReportSdk.Indicator gdp = App.Reports.Beijing.Shijingshan.Y2023.Gdp;
                        ReportSdk.Indicator parking = App.Reports.Beijing.Shijingshan.Y2023.新增停车位;
                        decimal growth = App.Reports.Beijing.Shijingshan.Y2023.Values.地区生产总值增速;
                        string county = App.Reports.某某县.Y2024.Id + App.Reports.某某县.Y2024.Report.Region;
                        return gdp.Name + parking.Value + growth + county + App.Reports.Beijing.Shijingshan.Y2023.Titles.S1_1
                            + App.Reports.Beijing.Shijingshan.Y2023.GdpGrowthTarget.Quantity;
                    }
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(user, GeneratorHarness.ParseOptions, path: "Use.cs"));
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/a/fixture.txt", "石景山区|Shijingshan|2023\n某某县||2024\n") }, Fixture.Parse,
            new() { ["build_property.RootNamespace"] = "App", ["build_property.ReportSdkEmitConstants"] = "true" }, compilation: compilation);
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Importing_the_bundled_and_the_own_reports_leaves_no_name_ambiguous()
    {
        // The consumer's regions sit in the class App.Reports, the bundled ones in the namespace ReportSdk.Reports:
        // with both imported, Beijing is the bundled region and Reports.Beijing the consumer's (no CS0104).
        const string user = """
            using ReportSdk;
            using ReportSdk.Reports;
            using App;

            namespace Consumer
            {
                /// <summary>Imports both.</summary>
                public static class Use
                {
                    /// <summary>The bundled figure and the consumer's own.</summary>
                    public static decimal Both()
                    {
                        Indicator bundled = Beijing.Shijingshan.Y2023.Gdp;
                        Indicator own = Reports.Beijing.Shijingshan.Y2023.Gdp;
                        return bundled.Value + own.Value + App.Reports.某某县.Y2024.Report.DeliveredYear;
                    }
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(user, GeneratorHarness.ParseOptions, path: "Use.cs"));
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/a/fixture.txt", "石景山区|Shijingshan|2023\n某某县||2024\n") }, Fixture.Parse,
            compilation: compilation);
        GeneratorHarness.AssertCompiles(run.Output);
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
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Seeds_compile_without_warnings_and_every_gold_report_is_generated()
    {
        var seeds = GeneratorHarness.Seeds();
        var run = DriverRun.Start(seeds);

        GeneratorHarness.AssertCompiles(run.Output);
        var dump = System.Environment.GetEnvironmentVariable("REPORTSDK_DUMP_GENERATED");
        if (!string.IsNullOrEmpty(dump))
        {
            System.IO.Directory.CreateDirectory(dump);
            foreach (var s in run.Result.GeneratedSources) System.IO.File.WriteAllText(System.IO.Path.Combine(dump, s.HintName), s.SourceText.ToString());
        }
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "RSDK004");

        // One file per gold report (each report's id is in its own file) plus the ReportSet.
        var goldIds = ReportSdk.Tests.Gold.GoldKey.Rows("reports.jsonl").Select(r => ReportSdk.Tests.Gold.GoldKey.Str(r, "id")!).ToArray();
        var sources = run.Sources;
        Assert.Equal(goldIds.Length + 1, sources.Count);
        foreach (var id in goldIds)
        {
            Assert.Single(sources.Values, s => s.Contains("public const string Id = \"" + id + "\";", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Seed_user_code_reaches_reports_by_region_and_year()
    {
        // What a consumer writes: the hierarchy region → year, the Report object, sections and glossary.
        const string user = """
            namespace App
            {
                /// <summary>Uses the generated API.</summary>
                public static class Use
                {
                    /// <summary>Touches a few members.</summary>
                    public static string Touch()
                        => App.Reports.Beijing.Shijingshan.Y2023.Id + App.Reports.Beijing.Dongcheng.Y2024.Report.Title
                           + App.Reports.Beijing.Y2024.Sections.S1.Title + App.Reports.Beijing.Xicheng.Y2024.Titles.S1 + App.Reports.Beijing.Mentougou.Y2023.Report.Sections.Count + App.Reports.Beijing.Xicheng.Y2020.Indicators.Count
                           + App.Reports.Beijing.Shijingshan.Y2025.Glossary.Count;
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(user, GeneratorHarness.ParseOptions, path: "Use.cs"));
        var run = DriverRun.Start(GeneratorHarness.Seeds(), compilation: compilation);
        GeneratorHarness.AssertCompiles(run.Output);
    }
}

/// <summary>The compile check itself: generated files ship with annotations on and nullable warnings off, and the check still runs the flow analysis.</summary>
public class CompileCheckTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_compiler_does_not_flow_analyse_generated_bodies_in_a_nullable_enabled_project(bool lazyFacts)
    {
        // The harness's compilation is <Nullable>enable</Nullable>. An expression the compiler flow-analyses gets a
        // flow state (NotNull for a fact's getter); one it skips has none. "#nullable enable annotations" alone left the
        // analysis on (the warnings it finds in generated code are only dropped): a quarter of a 100-report build's
        // compile. Checked on both shapes: the fact getters (ReportSdkLazyFacts=true) and the default fields'
        // initializer, whose calls set the members.
        var options = new Dictionary<string, string> { ["build_property.ReportSdkLazyFacts"] = lazyFacts ? "true" : "false" };
        var run = DriverRun.Start(new[] { GeneratorHarness.Seeds().First(t => t.Path.EndsWith("shijingshan-2023.txt", System.StringComparison.Ordinal)) }, options: options);
        var checkedCalls = 0;
        foreach (var tree in run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)))
        {
            var model = run.Output.GetSemanticModel(tree);
            var calls = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
                .Where(call => call.Expression.ToString() is "__fact" or "global::ReportSdk.Generated.ReportTables.Assign")
                .ToArray();
            foreach (var call in calls)
            {
                var flow = model.GetTypeInfo(call).Nullability.FlowState;
                Assert.True(flow == NullableFlowState.None, call + " was flow-analysed: " + flow);
                checkedCalls++;
            }
            foreach (var getter in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Where(p => p.ExpressionBody?.Expression.ToString().StartsWith("__fact(", System.StringComparison.Ordinal) == true))
            {
                Assert.Equal(NullableAnnotation.NotAnnotated, ((IPropertySymbol)model.GetDeclaredSymbol(getter)!).NullableAnnotation);
            }
            foreach (var field in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>().Where(v => model.GetDeclaredSymbol(v) is IFieldSymbol { IsReadOnly: true, Type.Name: "Indicator" }))
            {
                Assert.Equal(NullableAnnotation.NotAnnotated, ((IFieldSymbol)model.GetDeclaredSymbol(field)!).NullableAnnotation);
            }
        }
        // One getter per member, or one Assign call per eight members and one per member left.
        Assert.True(checkedCalls > (lazyFacts ? 50 : 10), checkedCalls + " calls checked");
    }

    [Fact]
    public void A_nullable_flow_warning_in_an_annotations_only_file_fails_the_check()
    {
        string generated = "// <auto-generated/>\n" + ReportSdk.Generator.Emitting.GeneratedCodeInfo.NullableContext + "\n"
            + "namespace App { /// <summary>X.</summary>\npublic static class X { /// <summary>Y.</summary>\npublic static string Y() { string? s = null; return s; } } }\n";
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(generated, GeneratorHarness.ParseOptions, path: "X.g.cs"));
        Assert.Empty(GeneratorHarness.Failures(GeneratorHarness.Emit(compilation))); // as shipped: no flow analysis
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GeneratorHarness.AssertCompiles(compilation));
        Assert.Contains("CS8603", failure.Message, System.StringComparison.Ordinal); // possible null reference return
    }
}
