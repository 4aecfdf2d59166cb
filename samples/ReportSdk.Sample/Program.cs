// ReportSdk sample: the bundled government work reports as typed data, tables (Spectre.Console) and charts (ScottPlot).
//   dotnet run --project samples/ReportSdk.Sample -c Release             tables in the console, SVG and PNG charts
//   dotnet run --project samples/ReportSdk.Sample -c Release -- --json   the whole catalog as JSON (docs/json-contract.md)
using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk;
using ReportSdk.Reports;   // the typed API generated from the bundled reports
using ReportSdk.Sample;
using Spectre.Console;

if (args.Contains("--json"))
{
    using var stdout = Console.OpenStandardOutput();   // raw UTF-8, whatever the console encoding
    ReportCatalog.WriteJson(stdout);
    stdout.WriteByte((byte)'\n');
    return;
}

Console.OutputEncoding = Encoding.UTF8;
var charts = Path.Combine(AppContext.BaseDirectory, "charts");
Directory.CreateDirectory(charts);

// 0. Typed access: region → year → figure, browsable with IntelliSense; ToString says what the figure is.
var gdp = Beijing.Shijingshan.Y2023.Gdp;
AnsiConsole.MarkupLineInterpolated($"[bold]Beijing.Shijingshan.Y2023.Gdp[/]: {gdp} = {gdp.Quantity.ToBase():N0} 元");
AnsiConsole.MarkupLineInterpolated($"  “{gdp.Quote}” ({Beijing.Shijingshan.Y2023.Report.Title}, line {gdp.Line})");

// 1. Every report: who delivered it, when, and how much the generator found in it.
Tables.Reports(ReportCatalog.All);

// 2. The national GDP growth target of each year beside the growth achieved (reported the next year).
var national = Regions.National(ReportCatalog.All);
if (national is null)
{
    AnsiConsole.MarkupLine("[grey]No national report is bundled: skipping the national target vs result.[/]");
}
else
{
    var rows = ReportCatalog.TargetsAndResults(StandardIndicator.GdpGrowth, national);
    Tables.TargetsAndResults($"{national}: GDP growth target vs result", rows);
    Charts.TargetsAndResults(rows, "National GDP growth: target vs result (%)", Path.Combine(charts, "national-gdp-growth-target-vs-result"));
}

// 3. The provinces' 2026 GDP growth targets, ranked (Quantity orders across units, so sorting is safe).
var provinces = ReportCatalog.CompareTargets(StandardIndicator.GdpGrowth, 2026)
    .Where(r => Regions.IsProvincial(r.Report))
    .OrderByDescending(r => r.Quantity)
    .ToArray();
if (provinces.Length == 0)
{
    AnsiConsole.MarkupLine("[grey]No provincial report for 2026 is bundled: skipping the ranking.[/]");
}
else
{
    Tables.Ranking("2026 GDP growth targets of the provinces", provinces);
    Charts.Ranking(provinces, "2026 GDP growth targets (%)", Path.Combine(charts, "provinces-2026-gdp-growth-targets"));
}

// 4. Lookups: by GB/T 2260 division code, by parent region (every bundled district report of 北京市) and by
//    Chinese name variants.
var byCode = ReportCatalog.Find("110107", 2023);
AnsiConsole.MarkupLineInterpolated($"[bold]Find(\"110107\", 2023)[/]: {byCode?.ToString() ?? "-"} (parent {byCode?.Parent?.Name ?? "-"})");
Tables.Reports(ReportCatalog.Within("北京市"), "Reports of the districts of 北京市");
foreach (var region in new[] { "石景山区", "西城区" })
{
    var series = ReportCatalog.Series("生产总值", region);   // 生产总值 / 地区生产总值 / 国内生产总值 are one standard indicator
    AnsiConsole.MarkupLineInterpolated($"[bold]GDP of {region}[/]: {string.Join("; ", series)}");
}

// 5. A comparison: 2023 GDP growth (the figures' year) of every region that reports it, fastest first.
var growth = ReportCatalog.Compare(StandardIndicator.GdpGrowth, dataYear: 2023).OrderByDescending(r => r.Quantity).ToArray();
if (growth.Length > 0)
{
    Tables.Ranking("GDP growth in 2023", growth);
    Charts.Ranking(growth, "GDP growth 2023 (%)", Path.Combine(charts, "gdp-growth-2023"));
}

foreach (var notice in ReportCatalog.Notices) AnsiConsole.MarkupLineInterpolated($"[yellow]{notice.Message}[/]");
AnsiConsole.MarkupLineInterpolated($"Charts: {charts}");
