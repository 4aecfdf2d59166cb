using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Id and region indexes of a report collection. Reads only the entries' metadata, so building it creates no report
/// (a generated set's entries come from its catalog index); the lookups create the reports they return. Region aliases:
/// the Chinese name (石景山区), the name without its suffix (石景山), the English name (Shijingshan, any case), the GB/T
/// 2260 division code (110107), the id prefix (shijingshan) and parent + name (北京市石景山区). Regions above the
/// reports' own (北京市 above 石景山区) are indexed for <see cref="Within"/>. Plain dictionaries keyed by strings
/// (read-only once built): built once per snapshot and read a few times, they cost less than frozen ones, and their
/// generic code is precompiled in the framework, so building them compiles nothing at start-up.
/// </summary>
internal sealed class ReportLookup
{
    private static readonly ReportEntry[] None = Array.Empty<ReportEntry>();

    private readonly Dictionary<string, ReportEntry> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _regionByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReportEntry[]> _byRegion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportEntry[]> _byAncestor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ancestorByAlias = new(StringComparer.OrdinalIgnoreCase);

    public ReportLookup(IReadOnlyList<ReportEntry> entries)
    {
        var byRegion = new Dictionary<string, List<ReportEntry>>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, Alias>(StringComparer.OrdinalIgnoreCase);
        var byAncestor = new Dictionary<string, List<ReportEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var ancestor in entry.Parents)
            {
                Add(byAncestor, ancestor.Name, entry);
                AddAncestorAliases(_ancestorByAlias, ancestor);
            }
            _byId.TryAdd(entry.Id, entry); // first registered wins
            Add(byRegion, entry.Region, entry);
            AddAliases(aliases, entry);
        }

        foreach (var pair in aliases)
        {
            if (!pair.Value.Ambiguous) _regionByAlias.Add(pair.Key, pair.Value.Region);
        }
        foreach (var pair in byRegion) _byRegion.Add(pair.Key, ByDeliveredYear(pair.Value));
        var regions = new string[byRegion.Count];
        byRegion.Keys.CopyTo(regions, 0);
        Array.Sort(regions, StringComparer.Ordinal);
        Regions = Array.AsReadOnly(regions);
        foreach (var pair in byAncestor) _byAncestor.Add(pair.Key, pair.Value.ToArray());
    }

    /// <summary>Every region in Chinese, ordinal order.</summary>
    public IReadOnlyList<string> Regions { get; }

    public Report? FindById(string id) => _byId.TryGetValue(id.Trim(), out var entry) ? entry.Report : null;

    /// <summary>Resolves any alias of a region (or a report id) to the Chinese region name the reports use.</summary>
    public string? ResolveRegion(string region)
    {
        if (string.IsNullOrWhiteSpace(region)) return null;
        var key = RemoveWhitespace(region);
        if (_regionByAlias.TryGetValue(key, out var name)) return name;
        return _byId.TryGetValue(key, out var entry) ? entry.Region : null;
    }

    public Report[] ForRegion(string region)
    {
        var name = ResolveRegion(region);
        return name is null ? Array.Empty<Report>() : ForResolvedRegion(name);
    }

    /// <summary>Reports of the regions inside a region (the districts of 北京市), in collection order.</summary>
    public Report[] Within(string region)
    {
        var name = ResolveRegion(region) ?? (_ancestorByAlias.TryGetValue(RemoveWhitespace(region), out var ancestor) ? ancestor : null);
        return Reports(name is not null && _byAncestor.TryGetValue(name, out var entries) ? entries : None);
    }

    /// <summary>Reports of a region given by its exact Chinese name, oldest first.</summary>
    public Report[] ForResolvedRegion(string region) => Reports(EntriesOf(region));

    /// <summary>The report a region delivered in a year: creates that report only.</summary>
    public Report? Find(string region, int deliveredYear)
    {
        if (ResolveRegion(region) is not { } name) return null;
        foreach (var entry in EntriesOf(name))
        {
            if (entry.DeliveredYear == deliveredYear) return entry.Report;
        }
        return null;
    }

    private ReportEntry[] EntriesOf(string region) => _byRegion.TryGetValue(region, out var entries) ? entries : None;

    private static Report[] Reports(ReportEntry[] entries)
    {
        if (entries.Length == 0) return Array.Empty<Report>();
        var reports = new Report[entries.Length];
        for (int i = 0; i < reports.Length; i++) reports[i] = entries[i].Report;
        return reports;
    }

    // Oldest first; reports of the same year keep registration order (a stable insertion sort: a region has few reports).
    private static ReportEntry[] ByDeliveredYear(List<ReportEntry> list)
    {
        var sorted = list.ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            var entry = sorted[i];
            int j = i - 1;
            for (; j >= 0 && sorted[j].DeliveredYear > entry.DeliveredYear; j--) sorted[j + 1] = sorted[j];
            sorted[j + 1] = entry;
        }
        return sorted;
    }

    private static void Add(Dictionary<string, List<ReportEntry>> index, string key, ReportEntry entry)
    {
        if (!index.TryGetValue(key, out var list)) index.Add(key, list = new List<ReportEntry>());
        list.Add(entry);
    }

    private static void AddAliases(Dictionary<string, Alias> aliases, ReportEntry entry)
    {
        var region = entry.Region;
        Add(aliases, RemoveWhitespace(region), region, 0);
        if (!string.IsNullOrEmpty(entry.RegionEnglish)) Add(aliases, entry.RegionEnglish!, region, 0);
        var dash = entry.Id.LastIndexOf('-');
        if (dash > 0) Add(aliases, entry.Id.Substring(0, dash), region, 1);
        if (RegionSuffixes.ShortName(region, local: true) is { } shortName) Add(aliases, shortName, region, 2);
        if (!string.IsNullOrEmpty(entry.DivisionCode)) Add(aliases, entry.DivisionCode!, region, 0);
        // 北京市石景山区: the parent's name before the region's.
        if (entry.Parent is { } parent && parent.Level != RegionLevel.National) Add(aliases, parent.Name + region, region, 1);
    }

    // A region above some report, possibly without a report of its own: by name, English name, code and short name.
    private static void AddAncestorAliases(Dictionary<string, string> aliases, RegionRef ancestor)
    {
        aliases.TryAdd(ancestor.Name, ancestor.Name);
        if (!string.IsNullOrEmpty(ancestor.English)) aliases.TryAdd(ancestor.English!, ancestor.Name);
        if (!string.IsNullOrEmpty(ancestor.DivisionCode)) aliases.TryAdd(ancestor.DivisionCode!, ancestor.Name);
        if (RegionSuffixes.ShortName(ancestor.Name, local: true) is { } shortName) aliases.TryAdd(shortName, ancestor.Name);
    }

    // Lower rank wins; two regions on the same rank make the alias ambiguous (it then resolves to neither).
    private static void Add(Dictionary<string, Alias> aliases, string alias, string region, int rank)
    {
        if (!aliases.TryGetValue(alias, out var existing) || rank < existing.Rank)
        {
            aliases[alias] = new Alias(region, rank);
        }
        else if (rank == existing.Rank && !string.Equals(existing.Region, region, StringComparison.Ordinal))
        {
            existing.Ambiguous = true;
        }
    }

    // A class, not a value tuple: dictionary code over reference types is shared and precompiled (no JIT at start-up).
    private sealed record Alias(string Region, int Rank)
    {
        public bool Ambiguous { get; set; }
    }

    internal static string RemoveWhitespace(string text)
    {
        var trimmed = text.Trim();
        if (!HasWhitespace(trimmed)) return trimmed;
        var chars = new char[trimmed.Length];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c)) chars[n++] = c;
        }
        return new string(chars, 0, n);
    }

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) return true;
        }
        return false;
    }
}
