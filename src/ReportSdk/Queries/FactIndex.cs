using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Fact indexes of a report collection, built once on first use: every query is a frozen-dictionary look-up
/// followed by work on the few facts under that key, never a scan over all facts.
/// </summary>
internal sealed class FactIndex
{
    private static readonly ReportFact[] None = Array.Empty<ReportFact>();

    private readonly FrozenDictionary<(string Region, StandardIndicator Standard), ReportFact[]> _byRegionStandard;
    private readonly FrozenDictionary<(StandardIndicator Standard, int Period), ReportFact[]> _byStandardPeriod;
    private readonly FrozenDictionary<(string Region, string Name), ReportFact[]> _byRegionName;
    private readonly FrozenDictionary<(string Name, int Period), ReportFact[]> _byNamePeriod;
    private readonly FrozenDictionary<(IndicatorKind Kind, int Period), ReportFact[]> _byKindPeriod;
    private readonly FrozenDictionary<int, ReportFact[]> _targetsByPeriod;
    private readonly FrozenDictionary<StandardIndicator, ReportFact[]> _byStandard;

    public FactIndex(IReadOnlyList<Report> reports)
    {
        var byRegionStandard = new Dictionary<(string, StandardIndicator), List<ReportFact>>();
        var byStandardPeriod = new Dictionary<(StandardIndicator, int), List<ReportFact>>();
        var byRegionName = new Dictionary<(string, string), List<ReportFact>>();
        var byNamePeriod = new Dictionary<(string, int), List<ReportFact>>();
        var byKindPeriod = new Dictionary<(IndicatorKind, int), List<ReportFact>>();
        var targetsByPeriod = new Dictionary<int, List<ReportFact>>();
        var byStandard = new Dictionary<StandardIndicator, List<ReportFact>>();
        var count = 0;
        foreach (var report in reports)
        {
            foreach (var indicator in report.Indicators)
            {
                var fact = new ReportFact(report, indicator);
                var name = ReportLookup.RemoveWhitespace(indicator.Name);
                Add(byRegionName, (report.Region, name), fact);
                Add(byNamePeriod, (name, indicator.Period), fact);
                Add(byKindPeriod, (indicator.Kind, indicator.Period), fact);
                if (FigureRules.IsTargetKind(indicator.Kind)) Add(targetsByPeriod, indicator.Period, fact);
                if (indicator.Standard is { } standard)
                {
                    Add(byRegionStandard, (report.Region, standard), fact);
                    Add(byStandardPeriod, (standard, indicator.Period), fact);
                    Add(byStandard, standard, fact);
                }
                count++;
            }
        }
        Count = count;
        _byRegionStandard = Freeze(byRegionStandard);
        _byStandardPeriod = Freeze(byStandardPeriod);
        _byRegionName = Freeze(byRegionName);
        _byNamePeriod = Freeze(byNamePeriod);
        _byKindPeriod = Freeze(byKindPeriod);
        _targetsByPeriod = Freeze(targetsByPeriod);
        _byStandard = Freeze(byStandard);
    }

    /// <summary>Number of facts indexed.</summary>
    public int Count { get; }

    public ReportFact[] ByRegion(string region, StandardIndicator standard) => Get(_byRegionStandard, (region, standard));

    public ReportFact[] ByRegion(string region, string name) => Get(_byRegionName, (region, ReportLookup.RemoveWhitespace(name)));

    public ReportFact[] ByPeriod(StandardIndicator standard, int period) => Get(_byStandardPeriod, (standard, period));

    public ReportFact[] ByPeriod(string name, int period) => Get(_byNamePeriod, (ReportLookup.RemoveWhitespace(name), period));

    public ReportFact[] ByKind(IndicatorKind kind, int period) => Get(_byKindPeriod, (kind, period));

    public ReportFact[] Targets(int period) => Get(_targetsByPeriod, period);

    public ReportFact[] ByStandard(StandardIndicator standard) => Get(_byStandard, standard);

    private static void Add<TKey>(Dictionary<TKey, List<ReportFact>> index, TKey key, ReportFact fact)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index.Add(key, list = new List<ReportFact>());
        list.Add(fact);
    }

    private static FrozenDictionary<TKey, ReportFact[]> Freeze<TKey>(Dictionary<TKey, List<ReportFact>> index)
        where TKey : notnull
    {
        var arrays = new Dictionary<TKey, ReportFact[]>(index.Count);
        foreach (var pair in index) arrays.Add(pair.Key, pair.Value.ToArray());
        return arrays.ToFrozenDictionary();
    }

    private static ReportFact[] Get<TKey>(FrozenDictionary<TKey, ReportFact[]> index, TKey key)
        where TKey : notnull => index.TryGetValue(key, out var facts) ? facts : None;
}
