using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace ReportSdk.Sample;

/// <summary>The sample's console tables (Spectre.Console).</summary>
internal static class Tables
{
    public static void Reports(IReadOnlyList<Report> reports, string title = "Bundled reports")
    {
        var table = new Table().Title($"{title} ({reports.Count})")
            .AddColumn(new TableColumn("id").NoWrap()).AddColumns("region", "level", "year", "speaker", "sections", "facts");
        foreach (var r in reports)
        {
            table.AddRow(Cell(r.Id), Cell(r.Region), Cell(r.Level.ToString()), Cell(r.DeliveredYear), Cell(r.Speaker is null ? "-" : $"{r.SpeakerTitle} {r.Speaker}"),
                Cell(r.AllSections().Count()), Cell(r.Indicators.Count));
        }
        AnsiConsole.Write(table);
    }

    public static void TargetsAndResults(string title, IReadOnlyList<TargetResult> rows)
    {
        var table = new Table().Title(title).AddColumns("year", "target (that year's report)", "result (next year's report)", "result − target");
        foreach (var row in rows)
        {
            table.AddRow(Cell(row.Year), Cell(row.Target?.Indicator.Quantity, row.Target), Cell(row.Result?.Indicator.Quantity, row.Result),
                Cell(row.Difference is { } d ? d.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) : "-"));
        }
        AnsiConsole.Write(table);
    }

    public static void Ranking(string title, IReadOnlyList<ComparisonRow> rows)
    {
        var table = new Table().Title(title).AddColumns("#", "region", "figure").AddColumn(new TableColumn("report, line").NoWrap());
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            table.AddRow(Cell(i + 1), Cell(row.Region), Cell(row.ToString().Substring(row.Region.Length + 1)), Cell($"{row.Report.Id}, {row.Indicator.Line}"));
        }
        AnsiConsole.Write(table);
    }

    private static Text Cell(string text) => new(text);

    private static Text Cell(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static Text Cell(Quantity? quantity, SeriesPoint? point) =>
        new(quantity is null ? "-" : point!.ToString().Substring(point.Year.ToString(CultureInfo.InvariantCulture).Length + 2));
}
