using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ReportSdk;

/// <summary>
/// The facts of one report indexed by standard key and by name. Built the first time a query needs that report
/// and cached for the report's lifetime, so a series touches only its region's reports and a comparison only the
/// reports of its year, however large the catalog.
/// </summary>
internal sealed class ReportFacts
{
    private static readonly ConditionalWeakTable<Report, ReportFacts> Cache = new();
    private static readonly ReportFact[] None = Array.Empty<ReportFact>();

    private readonly FrozenDictionary<StandardIndicator, ReportFact[]> _byStandard;
    private readonly FrozenDictionary<string, ReportFact[]> _byName;

    private ReportFacts(Report report)
    {
        var byStandard = new Dictionary<StandardIndicator, List<ReportFact>>();
        var byName = new Dictionary<string, List<ReportFact>>(StringComparer.Ordinal);
        foreach (var indicator in report.Indicators)
        {
            var fact = new ReportFact(report, indicator);
            IndexBuilder.Add(byName, ReportLookup.RemoveWhitespace(indicator.Name), fact);
            if (indicator.Standard is { } standard) IndexBuilder.Add(byStandard, standard, fact);
        }
        _byStandard = IndexBuilder.Freeze(byStandard);
        _byName = IndexBuilder.Freeze(byName, StringComparer.Ordinal);
    }

    public static ReportFacts Of(Report report) => Cache.GetValue(report, static r => new ReportFacts(r));

    public ReportFact[] ByStandard(StandardIndicator standard) => _byStandard.TryGetValue(standard, out var facts) ? facts : None;

    /// <summary>Facts with this name (whitespace already removed by the caller).</summary>
    public ReportFact[] ByName(string compactName) => _byName.TryGetValue(compactName, out var facts) ? facts : None;
}

/// <summary>Builds the list-valued frozen dictionaries the indexes use.</summary>
internal static class IndexBuilder
{
    public static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        (list ??= new List<TValue>()).Add(value);
    }

    public static FrozenDictionary<TKey, TValue[]> Freeze<TKey, TValue>(Dictionary<TKey, List<TValue>> index, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var arrays = new Dictionary<TKey, TValue[]>(index.Count, comparer);
        foreach (var pair in index) arrays.Add(pair.Key, pair.Value.ToArray());
        return arrays.ToFrozenDictionary(comparer);
    }
}
