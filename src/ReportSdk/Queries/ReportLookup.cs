using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk;

/// <summary>
/// Id and region indexes of a report collection. Reads only report metadata, so building it never touches
/// sections or facts. Region aliases: the Chinese name (石景山区), the name without its suffix (石景山), the English
/// name (Shijingshan, any case), the GB/T 2260 division code (110107), the id prefix (shijingshan) and parent + name
/// (北京市石景山区). Regions above the reports' own (北京市 above 石景山区) are indexed for <see cref="Within"/>.
/// </summary>
internal sealed class ReportLookup
{
    private readonly FrozenDictionary<string, Report> _byId;
    private readonly FrozenDictionary<string, string> _regionByAlias;
    private readonly FrozenDictionary<string, Report[]> _byRegion;
    private readonly FrozenDictionary<int, Report[]> _byReviewYear;
    private readonly FrozenDictionary<int, Report[]> _byPlanYear;
    private readonly FrozenDictionary<string, Report[]> _byAncestor;
    private readonly FrozenDictionary<string, string> _ancestorByAlias;

    public ReportLookup(IReadOnlyList<Report> reports)
    {
        var byId = new Dictionary<string, Report>(StringComparer.OrdinalIgnoreCase);
        var byRegion = new Dictionary<string, List<Report>>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, (string Region, int Rank, bool Ambiguous)>(StringComparer.OrdinalIgnoreCase);
        var byReviewYear = new Dictionary<int, List<Report>>();
        var byPlanYear = new Dictionary<int, List<Report>>();
        var byAncestor = new Dictionary<string, List<Report>>(StringComparer.Ordinal);
        var ancestorAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in reports)
        {
            foreach (var ancestor in report.Parents)
            {
                IndexBuilder.Add(byAncestor, ancestor.Name, report);
                AddAncestorAliases(ancestorAliases, ancestor);
            }
            IndexBuilder.Add(byReviewYear, FigureRules.ExpectedPeriod(report, targets: false), report);
            IndexBuilder.Add(byPlanYear, FigureRules.ExpectedPeriod(report, targets: true), report);
            byId.TryAdd(report.Id, report); // first registered wins
            if (!byRegion.TryGetValue(report.Region, out var list)) byRegion.Add(report.Region, list = new List<Report>());
            list.Add(report);
            AddAliases(aliases, report);
        }

        _byId = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var regionByAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in aliases)
        {
            if (!pair.Value.Ambiguous) regionByAlias.Add(pair.Key, pair.Value.Region);
        }
        _regionByAlias = regionByAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var sorted = new Dictionary<string, Report[]>(StringComparer.Ordinal);
        foreach (var pair in byRegion)
        {
            // OrderBy is stable: reports of the same year keep registration order.
            sorted.Add(pair.Key, pair.Value.OrderBy(r => r.DeliveredYear).ToArray());
        }
        _byRegion = sorted.ToFrozenDictionary(StringComparer.Ordinal);
        Regions = Array.AsReadOnly(SortedKeys(byRegion.Keys));
        _byReviewYear = IndexBuilder.Freeze(byReviewYear);
        _byPlanYear = IndexBuilder.Freeze(byPlanYear);
        _byAncestor = IndexBuilder.Freeze(byAncestor, StringComparer.Ordinal);
        _ancestorByAlias = ancestorAliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every region in Chinese, ordinal order.</summary>
    public IReadOnlyList<string> Regions { get; }

    public Report? FindById(string id) => _byId.TryGetValue(id.Trim(), out var report) ? report : null;

    /// <summary>Resolves any alias of a region (or a report id) to the Chinese region name the reports use.</summary>
    public string? ResolveRegion(string region)
    {
        if (string.IsNullOrWhiteSpace(region)) return null;
        var key = RemoveWhitespace(region);
        if (_regionByAlias.TryGetValue(key, out var name)) return name;
        return _byId.TryGetValue(key, out var report) ? report.Region : null;
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
        return name is not null && _byAncestor.TryGetValue(name, out var reports) ? reports : Array.Empty<Report>();
    }

    /// <summary>Reports of a region given by its exact Chinese name, oldest first.</summary>
    public Report[] ForResolvedRegion(string region) => _byRegion.TryGetValue(region, out var reports) ? reports : Array.Empty<Report>();

    /// <summary>Reports whose results (review year) or targets (plan year) are for the given year, in collection order.</summary>
    public Report[] ForPeriod(int year, bool targets) =>
        (targets ? _byPlanYear : _byReviewYear).TryGetValue(year, out var reports) ? reports : Array.Empty<Report>();

    public Report? Find(string region, int deliveredYear)
    {
        foreach (var report in ForRegion(region))
        {
            if (report.DeliveredYear == deliveredYear) return report;
        }
        return null;
    }

    private static void AddAliases(Dictionary<string, (string Region, int Rank, bool Ambiguous)> aliases, Report report)
    {
        var region = report.Region;
        Add(aliases, RemoveWhitespace(region), region, 0);
        if (!string.IsNullOrEmpty(report.RegionEnglish)) Add(aliases, report.RegionEnglish!, region, 0);
        var dash = report.Id.LastIndexOf('-');
        if (dash > 0) Add(aliases, report.Id.Substring(0, dash), region, 1);
        if (RegionSuffixes.ShortName(region, local: true) is { } shortName) Add(aliases, shortName, region, 2);
        if (!string.IsNullOrEmpty(report.DivisionCode)) Add(aliases, report.DivisionCode!, region, 0);
        // 北京市石景山区: the parent's name before the region's.
        if (report.Parent is { } parent && parent.Level != RegionLevel.National) Add(aliases, parent.Name + region, region, 1);
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
    private static void Add(Dictionary<string, (string Region, int Rank, bool Ambiguous)> aliases, string alias, string region, int rank)
    {
        if (!aliases.TryGetValue(alias, out var existing) || rank < existing.Rank)
        {
            aliases[alias] = (region, rank, false);
        }
        else if (rank == existing.Rank && !string.Equals(existing.Region, region, StringComparison.Ordinal))
        {
            aliases[alias] = (existing.Region, rank, true);
        }
    }

    private static string[] SortedKeys(IEnumerable<string> keys)
    {
        return keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
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
