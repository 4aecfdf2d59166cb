namespace ReportSdk.Tests.Generator;

using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Xunit;

/// <summary>The generated code behaves as designed when it runs: members set per report (or lazy per fact), shared instances, registration.</summary>
public class GeneratedRuntimeTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void With_lazy_facts_touching_one_figure_builds_one_fact_and_not_the_report()
    {
        var context = new AssemblyLoadContext("fixture", isCollectible: true);
        try
        {
            var year = Fixture2023(context, lazyFacts: true);
            object? Field(string name) => year.GetField(name, Static)!.GetValue(null);

            var gdp = (Indicator)year.GetProperty("Gdp")!.GetValue(null)!;
            Assert.Equal(980m, gdp.Value);
            Assert.Equal("亿元", gdp.Unit);
            Assert.Equal(98_000_000_000m, gdp.Quantity.ToBase());
            Assert.Equal(Qualifiers.Estimated, gdp.Qualifiers);
            Assert.Equal(StandardIndicator.Gdp, gdp.Standard);
            Assert.Equal("shijingshan-2023", gdp.ReportId);

            var data = (ReportSdk.Generated.ReportData)Field("__data")!;
            Assert.Equal(1, data.DecodedFacts); // the other facts are not built
            Assert.Same(gdp, data.Fact(0));
            Assert.Null(Field("__report"));    // nor the report
            // const decimal (ReportSdkEmitConstants=true): C# callers get 980m inlined (DecimalConstantAttribute), no field read at run time.
            var constant = year.GetNestedType("Values")!.GetField("Gdp")!;
            Assert.Equal(980m, constant.GetCustomAttribute<System.Runtime.CompilerServices.DecimalConstantAttribute>()!.Value);

            var report = (Report)year.GetProperty("Report")!.GetValue(null)!;
            Assert.Same(gdp, report.Indicators[0]);
            Assert.Equal(5, report.Indicators.Count);
            Assert.Equal("重大项目支撑加力", report.Sections[0].Sections[0].Sections[0].Title);
            Assert.Equal(new System.DateOnly(2023, 1, 5), report.Date);
            Assert.Equal("“两区”建设", report.Glossary.Single().Term);
            Assert.Same(report, year.GetProperty("Report")!.GetValue(null));
            // Section members are properties in this shape, each reading its section of the report.
            Assert.Same(report.Sections[0].Sections[0], year.GetNestedType("Sections")!.GetProperty("S1_1")!.GetValue(null));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void By_default_building_the_report_sets_no_member_and_the_first_member_read_sets_them_all_from_its_facts()
    {
        var context = new AssemblyLoadContext("fixture", isCollectible: true);
        try
        {
            var year = Fixture2023(context, lazyFacts: false);
            var cache = year.GetNestedType("__Cache", Static)!;
            object? Cached(string name) => cache.GetField(name, Static)!.GetValue(null);
            var members = year.GetFields(BindingFlags.Static | BindingFlags.Public).Where(f => f.FieldType == typeof(Indicator)).ToArray();
            Assert.Contains(members, f => f.Name == "Gdp" && f.IsInitOnly);
            Assert.Contains(members, f => f.Name == "地区生产总值");

            // The catalog builds a report through Report: that decodes no fact and runs no initializer of the class.
            var report = (Report)year.GetProperty("Report")!.GetValue(null)!;
            Assert.Same(report, Cached("Report"));
            var data = Assert.IsType<ReportSdk.Generated.TableReport>(report).Data;
            Assert.False(data.AnyDecoded);
            Assert.Equal("shijingshan-2023", report.Id);
            Assert.Equal("重大项目支撑加力", report.Sections[0].Sections[0].Sections[0].Title);
            Assert.False(data.AnyDecoded);

            // The first member read runs the class's initializer: every member set, each the report's own fact object.
            var gdp = (Indicator)year.GetField("Gdp")!.GetValue(null)!;
            Assert.Equal(980m, gdp.Value);
            Assert.Equal(StandardIndicator.Gdp, gdp.Standard);
            Assert.Same(report.Indicators[0], gdp);
            Assert.Same(gdp, year.GetField("地区生产总值")!.GetValue(null));
            Assert.All(members, f => Assert.Contains(f.GetValue(null), report.Indicators));
            Assert.Equal(members.Length, (int)year.GetField("__members", Static)!.GetValue(null)!);
            Assert.Equal(5, data.DecodedFacts);

            // Section members are fields too, set together by their class's initializer from the report's section tree.
            var sections = year.GetNestedType("Sections")!;
            var s1_1 = sections.GetField("S1_1")!;
            Assert.True(s1_1.IsInitOnly);
            Assert.Same(report.Sections[0].Sections[0], s1_1.GetValue(null));
            Assert.Same(report.Sections[0], sections.GetField("S1")!.GetValue(null));
            Assert.Same(report.Sections[1], sections.GetField("S2")!.GetValue(null));
            Assert.Equal(3, (int)sections.GetField("__members", Static)!.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void By_default_every_section_member_is_the_section_its_name_numbers()
    {
        // A seed report parsed by the real parser (石景山区 2023: two parts of six and seven subsections), so the members
        // are set by a call of eight and by single calls: S3_2 is report.Sections[2].Sections[1], and so on.
        var context = new AssemblyLoadContext("seed", isCollectible: true);
        try
        {
            var seed = GeneratorHarness.Seeds().First(t => t.Path.EndsWith("shijingshan-2023.txt", System.StringComparison.Ordinal));
            var year = Load(context, DriverRun.Start(new[] { seed }, options: new() { ["build_property.RootNamespace"] = "App" }), "App.Reports+Beijing+Shijingshan+Y2023");
            var report = (Report)year.GetProperty("Report")!.GetValue(null)!;
            var fields = year.GetNestedType("Sections")!.GetFields(BindingFlags.Static | BindingFlags.Public);
            Assert.True(fields.Length > 8, fields.Length + " section members");
            Assert.Equal(report.Sections.Count + report.Sections.Sum(s => s.Sections.Count), fields.Length);
            foreach (var field in fields)
            {
                var path = field.Name.Substring(1).Split('_').Select(int.Parse).ToArray();
                var expected = path.Length == 1 ? report.Sections[path[0] - 1] : report.Sections[path[0] - 1].Sections[path[1] - 1];
                Assert.Same(expected, field.GetValue(null));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The fixture report (石景山区 2023) compiled in one shape and loaded into <paramref name="context"/>.</summary>
    private static System.Type Fixture2023(AssemblyLoadContext context, bool lazyFacts)
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse,
            new() { ["build_property.RootNamespace"] = "App", ["build_property.ReportSdkEmitConstants"] = "true", ["build_property.ReportSdkLazyFacts"] = lazyFacts ? "true" : "false" });
        return Load(context, run, "App.Reports+Beijing+Shijingshan+Y2023");
    }

    /// <summary>A driver run's output compiled without its ReportSet file and loaded into <paramref name="context"/>; returns the year class.</summary>
    private static System.Type Load(AssemblyLoadContext context, DriverRun run, string yearClass)
    {
        // Leave out the ReportSet file: its module initializer would register the fixture in this process's catalog.
        // (The region classes' docs live there too, so missing-doc warnings are not errors here; the compile tests cover them.)
        var output = run.Output.RemoveSyntaxTrees(run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("ReportSdk.ReportSet.g.cs", System.StringComparison.Ordinal)));
        output = output.WithOptions(output.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Default));
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        pe.Position = 0;
        return context.LoadFromStream(pe).GetType(yearClass, throwOnError: true)!;
    }

    [Fact]
    public void ReportSdk_dll_ships_every_seed_report_through_the_generator()
    {
        var bundled = ReportCatalog.Sets.Single(s => s.Name == "ReportSdk.Reports");
        var goldIds = ReportSdk.Tests.Gold.GoldKey.Rows("reports.jsonl").Select(r => ReportSdk.Tests.Gold.GoldKey.Str(r, "id")!);
        var ids = bundled.Reports.Select(r => r.Id).ToHashSet(System.StringComparer.Ordinal);
        Assert.Subset(ids, goldIds.ToHashSet(System.StringComparer.Ordinal));
        // Every text of seeds/ but the second copy in seeds/duplicates: 7 Beijing reports in 5 files, 78 corpus files of one report each.
        Assert.Equal(85, ids.Count);

        // Class paths follow the divisions tree, in English (pinyin).
        Assert.Equal("national-2019", ReportSdk.Reports.National.Y2019.Id);
        Assert.Equal("广东省", ReportSdk.Reports.Guangdong.Y2026.Region);
        Assert.Equal("hulunbuir-hailaer-2016", ReportSdk.Reports.InnerMongolia.Hulunbuir.Hailaer.Y2016.Id);
        Assert.Equal("150702", ReportSdk.Reports.InnerMongolia.Hulunbuir.Hailaer.Y2016.Report.DivisionCode);
        Assert.Equal(new[] { "呼伦贝尔市", "内蒙古自治区" }, ReportSdk.Reports.InnerMongolia.Hulunbuir.Hailaer.Y2016.Report.Parents.Select(p => p.Name));
        Assert.Equal(RegionLevel.National, ReportSdk.Reports.National.Y2019.Report.Level);

        // The bundled reports are built with ReportSdkLazyFacts=true: each member a property that decodes its own fact.
        var year = typeof(ReportSdk.Reports.Beijing.Shijingshan.Y2023);
        Assert.NotNull(year.GetProperty("Gdp"));
        Assert.Null(year.GetField("Gdp"));
        Assert.Null(year.GetNestedType("__Cache", BindingFlags.NonPublic));

        // Typed access compiles against the shipped dll and returns the same objects the catalog holds.
        Assert.Same(ReportSdk.Reports.Beijing.Y2024.Report, bundled.Reports.Single(r => r.Id == ReportSdk.Reports.Beijing.Y2024.Id));
        Assert.Equal("北京市", ReportSdk.Reports.Beijing.Y2024.Region);
        Assert.Equal(ReportSdk.Reports.Beijing.Dongcheng.Y2024.Titles.S1, ReportSdk.Reports.Beijing.Dongcheng.Y2024.Sections.S1.Title);
    }
}
