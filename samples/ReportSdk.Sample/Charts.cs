using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace ReportSdk.Sample;

/// <summary>The sample's charts (ScottPlot), each saved as SVG and PNG.</summary>
internal static class Charts
{
    /// <summary>Targets and results by year, as two marked lines.</summary>
    public static void TargetsAndResults(IReadOnlyList<TargetResult> rows, string title, string path)
    {
        var plot = new Plot();
        var targets = rows.Where(r => r.Target is not null).ToArray();
        var results = rows.Where(r => r.Result is not null).ToArray();
        var t = plot.Add.Scatter(targets.Select(r => (double)r.Year).ToArray(), targets.Select(r => (double)r.Target!.Value).ToArray());
        t.LegendText = "target";
        var a = plot.Add.Scatter(results.Select(r => (double)r.Year).ToArray(), results.Select(r => (double)r.Result!.Value).ToArray());
        a.LegendText = "result";
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = year => year.ToString("0", System.Globalization.CultureInfo.InvariantCulture),   // 2019, not 2,019
        };
        Save(plot, title, path, 900, 450);
    }

    /// <summary>One bar per region, in the rows' order, labelled in pinyin where known (a fresh machine may lack CJK fonts).</summary>
    public static void Ranking(IReadOnlyList<ComparisonRow> rows, string title, string path)
    {
        var plot = new Plot();
        plot.Add.Bars(rows.Select(r => (double)r.Value).ToArray());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), rows.Select(r => r.Report.RegionEnglish ?? r.Region).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 90;   // room for the slanted names
        plot.Axes.Margins(bottom: 0);
        Save(plot, title, path, 900, 450);
    }

    private static void Save(Plot plot, string title, string path, int width, int height)
    {
        plot.Title(title);
        plot.Font.Automatic();   // fonts that can show Chinese text, where the machine has one
        plot.SaveSvg(path + ".svg", width, height);
        plot.SavePng(path + ".png", width, height);
    }
}
