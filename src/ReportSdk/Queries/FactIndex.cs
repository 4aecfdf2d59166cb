using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Catalog-wide fact indexes for the listing queries (facts of a kind in a year, targets of a year, every fact of a
/// standard key), built in one pass on first use. Series and comparisons use <see cref="ReportFacts"/> instead.
/// </summary>
internal sealed class FactIndex
{
    private static readonly ReportFact[] None = Array.Empty<ReportFact>();

    private readonly FrozenDictionary<(IndicatorKind Kind, int Period), ReportFact[]> _byKindPeriod;
    private readonly FrozenDictionary<int, ReportFact[]> _targetsByPeriod;
    private readonly FrozenDictionary<StandardIndicator, ReportFact[]> _byStandard;

    public FactIndex(IReadOnlyList<Report> reports)
    {
        var byKindPeriod = new Dictionary<(IndicatorKind, int), List<ReportFact>>();
        var targetsByPeriod = new Dictionary<int, List<ReportFact>>();
        var byStandard = new Dictionary<StandardIndicator, List<ReportFact>>();
        foreach (var report in reports)
        {
            foreach (var indicator in report.Indicators)
            {
                var fact = new ReportFact(report, indicator);
                IndexBuilder.Add(byKindPeriod, (indicator.Kind, indicator.Period), fact);
                if (indicator.IsTarget) IndexBuilder.Add(targetsByPeriod, indicator.Period, fact);
                if (indicator.Standard is { } standard) IndexBuilder.Add(byStandard, standard, fact);
            }
        }
        _byKindPeriod = IndexBuilder.Freeze(byKindPeriod);
        _targetsByPeriod = IndexBuilder.Freeze(targetsByPeriod);
        _byStandard = IndexBuilder.Freeze(byStandard);
    }

    public ReportFact[] ByKind(IndicatorKind kind, int period) => _byKindPeriod.TryGetValue((kind, period), out var facts) ? facts : None;

    public ReportFact[] Targets(int period) => _targetsByPeriod.TryGetValue(period, out var facts) ? facts : None;

    public ReportFact[] ByStandard(StandardIndicator standard) => _byStandard.TryGetValue(standard, out var facts) ? facts : None;
}
