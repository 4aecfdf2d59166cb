using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>The parent chain of regions from the shared divisions table (石景山区 → 北京市).</summary>
internal static class RegionTree
{
    private static readonly Dictionary<string, string?> ParentOf = BuildParents();

    /// <summary>The region's parent, grandparent, … (nearest first); empty for a region the table does not know.</summary>
    public static IEnumerable<string> Ancestors(string region)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { region };
        var current = region;
        while (ParentOf.TryGetValue(current, out var parent) && parent is not null && seen.Add(parent))
        {
            yield return parent;
            current = parent;
        }
    }

    /// <summary>A region of the table by its Chinese name, its name without suffix or its English name; null when unknown.</summary>
    public static string? Resolve(string name)
    {
        foreach (var known in KnownRegions.Table)
        {
            if (string.Equals(known.Chinese, name, StringComparison.Ordinal)
                || string.Equals(known.English, name, StringComparison.OrdinalIgnoreCase)
                || (known.Chinese.Length > name.Length && known.Chinese.StartsWith(name, StringComparison.Ordinal) && name.Length >= 2
                    && IsSuffix(known.Chinese.Substring(name.Length))))
            {
                return known.Chinese;
            }
        }
        return null;
    }

    private static bool IsSuffix(string rest) => rest is "省" or "市" or "区" or "县" or "自治区" || rest.EndsWith("自治区", StringComparison.Ordinal);

    private static Dictionary<string, string?> BuildParents()
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var known in KnownRegions.Table) parents.TryAdd(known.Chinese, known.Parent);
        return parents;
    }
}
