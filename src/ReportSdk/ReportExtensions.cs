using System.Collections.Generic;

namespace ReportSdk;

/// <summary>Headline figures of one report by standard indicator, for code that does not use the generated names.</summary>
public static class ReportExtensions
{
    /// <summary>
    /// The report's result for its review year (the amount for a level key such as <see cref="StandardIndicator.Gdp"/>,
    /// the rate for a growth key), or null when it states none. The first such fact in text order.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="indicator">The standard indicator.</param>
    public static Indicator? Actual(this Report report, StandardIndicator indicator) =>
        FigureRules.PickInReport(report, indicator, targets: false);

    /// <summary>The report's target for its plan year (主要预期目标 first), or null when it states none.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indicator">The standard indicator (<see cref="StandardIndicator.GdpGrowth"/> for the growth target).</param>
    public static Indicator? Target(this Report report, StandardIndicator indicator) =>
        FigureRules.PickInReport(report, indicator, targets: true);

    /// <summary>The 主要预期目标 figures of the report, in text order (empty when the text has none).</summary>
    /// <param name="report">The report.</param>
    public static IReadOnlyList<Indicator> MainTargets(this Report report)
    {
        var list = new List<Indicator>();
        foreach (var indicator in report.Indicators)
        {
            if (indicator.MainTarget) list.Add(indicator);
        }
        return list;
    }

    /// <summary>Every section of the report, depth first in text order (level 1, its subsections, …).</summary>
    /// <param name="report">The report.</param>
    public static IEnumerable<Section> AllSections(this Report report) => Flatten(report.Sections);

    private static IEnumerable<Section> Flatten(IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            yield return section;
            foreach (var child in Flatten(section.Sections)) yield return child;
        }
    }
}
