using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ReportSdk;

/// <summary>
/// The facts of one report by standard key and by name, each built the first time a query needs it and cached for the
/// report's lifetime, so a series touches only its region's reports and a comparison only the reports of its year.
/// By standard key it asks <see cref="Report.FactsOf"/>, which a generated report answers from its compact per-report
/// index without building its other facts; the name index reads every fact.
/// </summary>
internal sealed class ReportFacts
{
    private static readonly ConditionalWeakTable<Report, ReportFacts> Cache = new();
    private static readonly ReportFact[] None = Array.Empty<ReportFact>();

    private readonly Report _report;
    // One slot per standard key (the enum's values are small and dense), filled on first use: an array, not a
    // concurrent dictionary over an enum, whose generic code would be JIT-compiled on the first query.
    private readonly ReportFact[]?[] _byStandard = new ReportFact[]?[128];
    private FrozenDictionary<string, ReportFact[]>? _byName;

    private ReportFacts(Report report) => _report = report;

    public static ReportFacts Of(Report report) => Cache.GetValue(report, static r => new ReportFacts(r));

    public ReportFact[] ByStandard(StandardIndicator standard)
    {
        int slot = (int)standard;
        if ((uint)slot >= (uint)_byStandard.Length) return Wrap(_report, _report.FactsOf(standard)); // no such key today: uncached
        return Volatile.Read(ref _byStandard[slot])
            ?? Interlocked.CompareExchange(ref _byStandard[slot], Wrap(_report, _report.FactsOf(standard)), null)
            ?? _byStandard[slot]!;
    }

    /// <summary>Facts with this name (whitespace already removed by the caller).</summary>
    public ReportFact[] ByName(string compactName)
    {
        var byName = Volatile.Read(ref _byName);
        if (byName is null)
        {
            var index = new Dictionary<string, List<ReportFact>>(StringComparer.Ordinal);
            foreach (var indicator in _report.Indicators) IndexBuilder.Add(index, ReportLookup.RemoveWhitespace(indicator.Name), new ReportFact(_report, indicator));
            byName = IndexBuilder.Freeze(index, StringComparer.Ordinal);
            Volatile.Write(ref _byName, byName);
        }
        return byName.TryGetValue(compactName, out var facts) ? facts : None;
    }

    private static ReportFact[] Wrap(Report report, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) return None;
        var facts = new ReportFact[indicators.Count];
        for (int i = 0; i < facts.Length; i++) facts[i] = new ReportFact(report, indicators[i]);
        return facts;
    }
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
