// ReportSdk sample: the bundled government work reports as typed data.
//   dotnet run --project samples/ReportSdk.Sample            tables, a series, a comparison and an SVG chart
//   dotnet run --project samples/ReportSdk.Sample -- --json  the whole catalog as JSON (DESIGN.md §3)
using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk;
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
foreach (var section in report.AllSections().Where(s => s.Level <= 2))
{
    Console.WriteLine($"{new string(' ', 2 * section.Level)}{section.Marker}{section.Title}  (line {section.Line})");
}

// 3. Headline figures: the review year's results and the plan year's growth target.
Console.WriteLine("\nHeadline figures");
foreach (var r in reports)
{
    Console.WriteLine($"  {r.Region} {r.DeliveredYear}: GDP {Show(r.Actual(StandardIndicator.Gdp))}, growth {Show(r.Actual(StandardIndicator.GdpGrowth))}, "
        + $"budget revenue {Show(r.Actual(StandardIndicator.GeneralBudgetRevenue))}, growth target {Show(r.Target(StandardIndicator.GdpGrowth))}");
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

// A figure with its hedges: 预计…突破1200亿元 → "1200 亿元 (estimated, over)".
static string Show(Indicator? indicator) => indicator is null
    ? "-"
    : indicator.Qualifiers == Qualifiers.None ? indicator.Quantity.ToString() : $"{indicator.Quantity} ({string.Join(", ", indicator.Qualifiers.ToContractNames())})";
