using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.PackageTests;

/// <summary>
/// What an editor shows a user of the packed package, asked of the engine editors use (Roslyn's CompletionService and
/// QuickInfoService in an AdhocWorkspace) over a consumer snippet that references the package's ReportSdk.dll and
/// its XML docs: completion lists what the docs promise and no plumbing; quick info on a fact says what the figure
/// is and which report states it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class IntelliSenseTests(PackedPackage package, ITestOutputHelper output)
{
    /// <summary>Plumbing a user must not be offered (internal or EditorBrowsable(Never) in the runtime library).</summary>
    private static readonly string[] Plumbing =
    {
        "Register", "Sets", "ReportSet", "GeneratedReportSet", "KnownRegions", "Divisions", "StandardIndicatorAliases", "ContractNames",
        "Units", "Impl", "Once", "TableReport", "ReportData", "ReportTables",
    };

    [Fact]
    public async Task Completion_after_the_reports_namespace_lists_regions_and_no_plumbing()
    {
        var items = await Complete("var x = ReportSdk.Reports.$$");
        Assert.Contains("Beijing", items);
        AssertNoPlumbing(items);
    }

    [Fact]
    public async Task Completion_on_a_region_lists_its_districts_and_years()
    {
        var items = await Complete("var x = ReportSdk.Reports.Beijing.$$");
        Assert.Superset(new HashSet<string> { "Shijingshan", "Xicheng", "Dongcheng", "Mentougou", "Y2024" }, items.ToHashSet());
        AssertNoPlumbing(items);
    }

    [Fact]
    public async Task Completion_on_a_year_class_lists_identity_standard_and_chinese_members_and_no_plumbing()
    {
        var items = await Complete("var x = ReportSdk.Reports.Beijing.Shijingshan.Y2023.$$");
        Assert.Superset(new HashSet<string> { "Id", "Region", "DeliveredYear", "Report", "Indicators", "Glossary", "Titles", "Sections", "Gdp", "GdpGrowth", "地区生产总值" }, items.ToHashSet());
        AssertNoPlumbing(items);
        Assert.DoesNotContain(items, i => System.Text.RegularExpressions.Regex.IsMatch(i, @"_\d+$"));
    }

    [Fact]
    public async Task Completion_on_a_report_lists_its_metadata_and_contents()
    {
        var items = await Complete("var x = ReportSdk.Reports.Beijing.Shijingshan.Y2023.Report.$$");
        Assert.Superset(new HashSet<string> { "Title", "Region", "DeliveredYear", "Sections", "Indicators", "Glossary", "Source", "Complete" }, items.ToHashSet());
        AssertNoPlumbing(items);
    }

    [Fact]
    public async Task Completion_on_the_catalog_lists_the_queries()
    {
        var items = await Complete("var x = ReportSdk.ReportCatalog.$$");
        Assert.Superset(new HashSet<string> { "All", "Find", "ForRegion", "Series", "Compare", "Search", "ToJson" }, items.ToHashSet());
        AssertNoPlumbing(items);
    }

    [Fact]
    public async Task Completion_on_the_sdk_namespace_lists_the_model_types()
    {
        var items = await Complete("var x = ReportSdk.$$");
        Assert.Superset(new HashSet<string> { "ReportCatalog", "Report", "Indicator", "Quantity", "StandardIndicator", "Reports" }, items.ToHashSet());
        AssertNoPlumbing(items);
    }

    [Fact]
    public async Task Quick_info_on_a_fact_shows_value_unit_period_status_and_the_report()
    {
        string text = await QuickInfo("var x = ReportSdk.Reports.Beijing.Shijingshan.Y2023.地区生$$产总值;");
        output.WriteLine(text);
        foreach (var expected in new[] { "地区生产总值", "980", "亿元", "2022", "实际", "预计", "北京市石景山区 2023年政府工作报告", "line 22" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(".txt", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_info_on_a_standard_member_shows_the_same_fact()
    {
        string text = await QuickInfo("var x = ReportSdk.Reports.Beijing.Shijingshan.Y2023.Gd$$p;");
        output.WriteLine(text);
        foreach (var expected in new[] { "980", "亿元", "2022", "北京市石景山区 2023年政府工作报告" }) Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    private static void AssertNoPlumbing(IReadOnlyList<string> items)
        => Assert.DoesNotContain(items, i => i.StartsWith("__", StringComparison.Ordinal) || Plumbing.Contains(i));

    private async Task<IReadOnlyList<string>> Complete(string statement)
    {
        var (document, position) = Consumer(statement);
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no completion service");
        var list = await service.GetCompletionsAsync(document, position);
        var items = list.ItemsList.Select(i => i.DisplayText).Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        output.WriteLine($"{statement}: {items.Length} items: {string.Join(" ", items.Take(80))}");
        return items;
    }

    private async Task<string> QuickInfo(string statement)
    {
        var (document, position) = Consumer(statement);
        var service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("no quick info service");
        var info = await service.GetQuickInfoAsync(document, position) ?? throw new Xunit.Sdk.XunitException("no quick info at " + statement);
        return string.Join("\n", info.Sections.Select(s => s.Text));
    }

    /// <summary>A consumer document holding <paramref name="statement"/> ($$ marks the caret) in a workspace with the packed dll.</summary>
    private (Document Document, int Position) Consumer(string statement)
    {
        string code = "class Program\n{\n    static void Main()\n    {\n        " + statement + "\n    }\n}\n";
        int position = code.IndexOf("$$", StringComparison.Ordinal);
        code = code.Remove(position, 2);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References()));
        var document = workspace.AddDocument(project.Id, "Program.cs", SourceText.From(code));
        return (document, position);
    }

    private IEnumerable<MetadataReference> References()
    {
        string dll = Path.Combine(package.LibraryDirectory, "ReportSdk.dll");
        yield return MetadataReference.CreateFromFile(dll, documentation: XmlDocumentationProvider.CreateFromFile(Path.ChangeExtension(dll, ".xml")));
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            string name = Path.GetFileName(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll")
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }
    }
}
