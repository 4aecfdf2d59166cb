namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using Xunit;

public class OptionsTests
{
    private static string[] Namespaces(Dictionary<string, string> options) => Lines(options, "namespace ");

    private static string[] Lines(Dictionary<string, string> options, string start)
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse, options);
        return run.Sources.Values
            .SelectMany(s => s.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith(start, System.StringComparison.Ordinal))
            .Distinct()
            .ToArray();
    }

    // The report accessor in the generated ReportSet: the full name of the year class.
    private static string Root(Dictionary<string, string> options) =>
        Lines(options, "global::").Single(l => l.EndsWith(".Beijing.Shijingshan.Y2023.Report,", System.StringComparison.Ordinal))
            .Replace(".Beijing.Shijingshan.Y2023.Report,", string.Empty, System.StringComparison.Ordinal);

    [Fact]
    public void Namespace_comes_from_ReportSdkNamespace_then_RootNamespace_and_its_last_segment_is_the_root_class()
    {
        Assert.Equal("global::Custom.Ns", Root(new() { ["build_property.ReportSdkNamespace"] = "Custom.Ns", ["build_property.RootNamespace"] = "App" }));
        Assert.Equal(new[] { "namespace Custom;" }, Namespaces(new() { ["build_property.ReportSdkNamespace"] = "Custom.Ns" }));
        Assert.Equal("global::My_App.Reports", Root(new() { ["build_property.RootNamespace"] = "My_App" }));
        Assert.Equal(new[] { "namespace My_App;" }, Namespaces(new() { ["build_property.RootNamespace"] = "My_App" }));
        Assert.Contains("public static partial class Reports", Lines(new() { ["build_property.RootNamespace"] = "My_App" }, "public static partial class Reports"));
        Assert.Equal("global::Reports", Root(new()));
        Assert.Empty(Namespaces(new()));
        Assert.Equal("global::_1st.class_", Root(new() { ["build_property.ReportSdkNamespace"] = "1st.class" }));
    }

    [Fact]
    public void ReportSdkRootClass_false_keeps_the_whole_name_a_namespace()
    {
        var options = new Dictionary<string, string> { ["build_property.ReportSdkNamespace"] = "ReportSdk.Reports", ["build_property.ReportSdkRootClass"] = "false" };
        Assert.Equal(new[] { "namespace ReportSdk.Reports;" }, Namespaces(options));
        Assert.Equal("global::ReportSdk.Reports", Root(options));
        Assert.Empty(Lines(options, "public static partial class Reports"));
    }

    [Fact]
    public void A_root_class_named_like_a_top_level_region_gets_a_suffix()
    {
        var options = new Dictionary<string, string> { ["build_property.ReportSdkNamespace"] = "App.Beijing" };
        Assert.Equal("global::App.Beijing_", Root(options));
    }

    [Theory]
    [InlineData("True")]
    [InlineData("true")]
    public void Figures_are_constants_when_switched_on(string setting)
    {
        var consumer = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse,
            new() { ["build_property.ReportSdkEmitConstants"] = setting }).Sources.Values;
        Assert.Contains(consumer, s => s.Contains("public const decimal Gdp = 980m;", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("yes")]
    public void Without_the_switch_no_values_class(string? setting)
    {
        var options = new Dictionary<string, string>();
        if (setting is not null) options["build_property.ReportSdkEmitConstants"] = setting;
        var plain = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse, options).Sources.Values;
        // No Values copy at all; the figure is reached through the typed member.
        Assert.Contains(plain, s => s.Contains("public static readonly global::ReportSdk.Indicator Gdp;", System.StringComparison.Ordinal));
        Assert.DoesNotContain(plain, s => s.Contains("class Values", System.StringComparison.Ordinal));
        Assert.DoesNotContain(plain, s => s.Contains("const decimal", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("Standard")]
    public void ReportSdkFactMembers_standard_keeps_the_standard_members_and_the_data_and_drops_the_chinese_named_ones(string setting)
    {
        // A real report (石景山区 2023): every fact has a Chinese-named member by default; with the switch only the
        // standard indicators' members are left, the report's tables (every fact) are the same, and it compiles.
        var texts = new[] { GeneratorHarness.Text("/r/shijingshan-2023.txt", TestData.Seed("shijingshan-2023.txt")) };
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.ReportSdkEmitConstants"] = "true" };
        var all = DriverRun.Start(texts, options: options);
        var standard = DriverRun.Start(texts, options: new Dictionary<string, string>(options) { ["build_property.ReportSdkFactMembers"] = setting });
        GeneratorHarness.AssertCompiles(standard.Output);

        string[] allMembers = FactMembers(all), standardMembers = FactMembers(standard);
        Assert.Contains("Gdp", standardMembers);
        Assert.Contains("GdpGrowthTarget", standardMembers);
        Assert.Contains("地区生产总值", allMembers);
        Assert.DoesNotContain(standardMembers, m => m.Any(c => c > 0x7F));
        Assert.Equal(allMembers.Where(m => m.All(c => c <= 0x7F)), standardMembers);
        Assert.True(allMembers.Length > 5 * standardMembers.Length, $"{allMembers.Length} members by default, {standardMembers.Length} standard ones");
        // The constants follow the members: only the standard ones.
        Assert.Contains(standard.Sources.Values, s => s.Contains("public const decimal Gdp = 980m;", System.StringComparison.Ordinal));
        Assert.DoesNotContain(standard.Sources.Values, s => s.Contains("public const decimal 地区生产总值 ", System.StringComparison.Ordinal));
        Assert.Equal(DataLines(all), DataLines(standard));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    public void ReportSdkLazyFacts_true_makes_the_same_members_properties_and_leaves_the_data_alone(string? setting, bool lazy)
    {
        // 石景山区 2023 with every member: by default static readonly fields set by one initializer; with the switch
        // one `=> __fact(i)` property each. Same names in the same order, same tables, and both compile.
        var texts = new[] { GeneratorHarness.Text("/r/shijingshan-2023.txt", TestData.Seed("shijingshan-2023.txt")) };
        var fields = DriverRun.Start(texts, options: new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" });
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" };
        if (setting is not null) options["build_property.ReportSdkLazyFacts"] = setting;
        var run = DriverRun.Start(texts, options: options);
        GeneratorHarness.AssertCompiles(run.Output);

        string code = run.Sources.Values.Single(s => s.Contains("class Y2023", System.StringComparison.Ordinal));
        Assert.Equal(lazy, code.Contains("public static global::ReportSdk.Indicator Gdp => __fact(", System.StringComparison.Ordinal));
        Assert.Equal(!lazy, code.Contains("public static readonly global::ReportSdk.Indicator Gdp;", System.StringComparison.Ordinal));
        Assert.Equal(!lazy, code.Contains("private static readonly int __members =", System.StringComparison.Ordinal));
        Assert.Equal(FactMembers(fields), FactMembers(run));
        Assert.True(FactMembers(run).Length > 100);
        Assert.Equal(DataLines(fields), DataLines(run));
    }

    // The typed Indicator members of the year classes.
    private static string[] FactMembers(DriverRun run) => run.Sources.Values
        .SelectMany(s => GeneratorHarness.FactMembers(s))
        .Select(m => m.Name)
        .ToArray();

    // The report's data: the text and table literals.
    private static string[] DataLines(DriverRun run) => run.Sources.Values
        .SelectMany(s => s.Split('\n'))
        .Where(l => l.Contains("__text => ", System.StringComparison.Ordinal) || l.Contains("__table => ", System.StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Doc_comments_only_when_the_compilation_reads_them()
    {
        // A command-line build without an XML doc file parses with DocumentationMode.None: comments would be thrown away.
        var texts = new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") };
        var none = GeneratorHarness.ParseOptions.WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.None);
        var driver = GeneratorHarness.Driver(GeneratorHarness.Generator(Fixture.Parse), texts).WithUpdatedParseOptions(none);
        var plain = DriverRun.Next(driver, GeneratorHarness.Compilation());
        Assert.NotEmpty(plain.Sources);
        Assert.DoesNotContain(plain.Sources.Values, s => s.Contains("///", System.StringComparison.Ordinal));
        // The same members, so code written against the IDE's view compiles in the build.
        GeneratorHarness.AssertCompiles(plain.Output);

        // The IDE (Parse) and builds with a doc file (Diagnose, as ReportSdk.dll's own) get the hover text.
        foreach (var mode in new[] { Microsoft.CodeAnalysis.DocumentationMode.Parse, Microsoft.CodeAnalysis.DocumentationMode.Diagnose })
        {
            var documented = DriverRun.Next(driver.WithUpdatedParseOptions(GeneratorHarness.ParseOptions.WithDocumentationMode(mode)), GeneratorHarness.Compilation());
            Assert.Contains(documented.Sources.Values, s => s.Contains("/// <summary>地区生产总值：980 亿元", System.StringComparison.Ordinal));
            Assert.Equal(Members(plain), Members(documented));
        }
    }

    [Fact]
    public void Projects_on_CSharp_10_get_the_same_code_and_it_compiles()
    {
        var texts = new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") };
        var csharp10 = GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var driver = GeneratorHarness.Driver(GeneratorHarness.Generator(Fixture.Parse), texts).WithUpdatedParseOptions(csharp10);
        var compilation = GeneratorHarness.Compilation();
        var old = DriverRun.Next(driver, compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), csharp10))));
        GeneratorHarness.AssertCompiles(old.Output);

        var current = DriverRun.Start(texts, Fixture.Parse);
        Assert.Equal(current.Sources, old.Sources);
        // The data are two string literals (no "…"u8, no array literal: both cost the compiler per element).
        var source = Assert.Single(current.Sources.Values, s => s.Contains("__table", System.StringComparison.Ordinal));
        Assert.Contains("private static string __text => \"", source, System.StringComparison.Ordinal);
        Assert.Contains("private static string __table => \"\\u0003\\0", source, System.StringComparison.Ordinal); // layout version 3
        Assert.DoesNotContain("u8;", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("new int[]", source, System.StringComparison.Ordinal);
    }

    private static string[] Members(DriverRun run)
        => run.Sources.Values.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("public ", System.StringComparison.Ordinal)).ToArray();
}
