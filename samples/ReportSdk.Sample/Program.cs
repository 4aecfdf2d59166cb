// ReportSdk sample: the bundled government work reports as typed data.
//   dotnet run --project samples/ReportSdk.Sample            tables, a series, a comparison and an SVG chart
//   dotnet run --project samples/ReportSdk.Sample -- --json  the whole catalog as JSON (DESIGN.md §3)
using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk;
using ReportSdk.Reports;   // the typed API generated from the bundled reports
using ReportSdk.Sample;

if (args.Contains("--json"))
{
    using var stdout = Console.OpenStandardOutput();   // raw UTF-8, whatever the console encoding
    ReportCatalog.WriteJson(stdout);
    stdout.WriteByte((byte)'\n');
    return;
}

Console.OutputEncoding = Encoding.UTF8;
var reports = ReportCatalog.All;
if (reports.Count == 0)
{
    Console.WriteLine("No reports registered: build src/ReportSdk so the generator compiles seeds/*.txt.");
    return;
}

// 0. Typed access: region → year → indicator, browsable with IntelliSense (hover shows the quote and its line).
var gdp2022 = Beijing.Shijingshan.Y2023.Gdp;
Console.WriteLine($"Beijing.Shijingshan.Y2023.Gdp: {gdp2022.Name} {gdp2022.Quantity} in {gdp2022.Period} = {gdp2022.Quantity.ToBase():N0} 元");
Console.WriteLine($"  “{gdp2022.Quote}” ({Beijing.Shijingshan.Y2023.Report.Source.File}, line {gdp2022.Line})");
Console.WriteLine($"Beijing.Xicheng: GDP {Beijing.Xicheng.Y2020.Gdp.Quantity} ({Beijing.Xicheng.Y2020.Gdp.Period}) → {Beijing.Xicheng.Y2024.Gdp.Quantity} ({Beijing.Xicheng.Y2024.Gdp.Period})\n");

// 1. Every report: who delivered it, when, and how much the generator found in it.
Console.WriteLine($"{reports.Count} reports");
TextTable.Print(
    new[] { "id", "region", "year", "date", "speaker", "sections", "facts" },
    reports.Select(r => new[]
    {
        r.Id, r.Region, r.DeliveredYear.ToString(), r.Date?.ToString("yyyy-MM-dd") ?? "-",
        r.Speaker is null ? "-" : $"{r.SpeakerTitle} {r.Speaker}", r.AllSections().Count().ToString(), r.Indicators.Count.ToString(),
    }));

// 2. The outline of one report: level-1 and level-2 headings with their source lines.
var report = ReportCatalog.Find("shijingshan-2025") ?? reports[0];
Console.WriteLine($"\nOutline of {report.Id} ({report.Source.File}, lines {report.Source.StartLine}-{report.Source.EndLine})");
foreach (var section in report.AllSections().Where(s => s.Style is SectionStyle.Dun or SectionStyle.Paren))
{
    Console.WriteLine($"{new string(' ', 2 * section.Level)}{section.Marker}{section.Title}  (line {section.Line})");
}

// 3. Headline figures: the review year's results and the plan year's main targets (主要预期目标).
Console.WriteLine("\nHeadline figures");
foreach (var r in reports)
{
    Console.WriteLine($"  {r.Region} {r.DeliveredYear}: GDP {Show(r.Actual(StandardIndicator.Gdp))}, growth {Show(r.Actual(StandardIndicator.GdpGrowth))}, "
        + $"budget revenue {Show(r.Actual(StandardIndicator.GeneralBudgetRevenue))}");
    var targets = r.MainTargets();
    Console.WriteLine($"      targets {r.PlanYear}: " + (targets.Count == 0 ? "-" : string.Join("; ", targets.Select(t => $"{t.Name} {Show(t)}"))));
}

// 4. A series: one region's GDP over the years (any region name works: 石景山区, 石景山, Shijingshan).
foreach (var region in new[] { "石景山区", "西城区" })
{
    Console.WriteLine($"\nGDP of {region}");
    foreach (var point in ReportCatalog.Series(StandardIndicator.Gdp, region))
    {
        Console.WriteLine($"  {point.Year}: {Show(point.Indicator)}   ({point.Report.Id}, line {point.Indicator.Line})");
    }
}

// 5. A comparison: 2023 GDP growth in every region that reports it, fastest first, and as an SVG chart.
var growth = ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023);
Console.WriteLine("\nGDP growth in 2023");
foreach (var row in growth.OrderByDescending(r => r.Quantity))
{
    Console.WriteLine($"  {row.Region}: {Show(row.Indicator)}");
}
if (growth.Count > 0)
{
    var chart = Path.Combine(AppContext.BaseDirectory, "gdp-growth-2023.svg");
    File.WriteAllText(chart, SvgBarChart.Render(growth, "地区生产总值增速 2023 (%)"));
    Console.WriteLine($"Chart: {chart}");
}

// A figure with its sign and hedges: 预计…同比增长5.5%左右 → "+5.5 % (estimated, about)".
static string Show(Indicator? indicator)
{
    if (indicator is null) return "-";
    var rate = indicator.Kind is IndicatorKind.Growth or IndicatorKind.TargetGrowth;
    var sign = !rate ? "" : indicator.Direction == Direction.Down ? "-" : "+";
    var hedges = indicator.Qualifiers == Qualifiers.None ? "" : $" ({string.Join(", ", indicator.Qualifiers.ToContractNames())})";
    return sign + indicator.Quantity + hedges;
}
