using System;

namespace ReportSdk;

/// <summary>Region names through the shared divisions table (GB/T 2260).</summary>
internal static class RegionTree
{
    /// <summary>
    /// A division's Chinese name from its full name, its name without suffix (四川, 海拉尔), its English name or its
    /// GB/T 2260 code; null when unknown or ambiguous (朝阳区 is in 北京市 and in 长春市).
    /// </summary>
    public static string? Resolve(string name)
    {
        if (name.Length == 0) return null;
        if (Divisions.TryGetByCode(name, out var byCode)) return byCode.Name;
        var named = Divisions.Named(name);
        if (named.Count > 0) return Unique(named[0].Name, named.Count);
        string? found = null;
        int count = 0;
        foreach (var division in Divisions.All)
        {
            if (string.Equals(division.English, name, StringComparison.OrdinalIgnoreCase)
                || (name.Length >= 2 && division.Name.Length > name.Length && division.Name.StartsWith(name, StringComparison.Ordinal)
                    && IsSuffix(division.Name.Substring(name.Length))))
            {
                if (found != division.Name) count++;
                found = division.Name;
            }
        }
        return found is null ? null : Unique(found, count);
    }

    private static string? Unique(string name, int count) => count == 1 ? name : null;

    private static bool IsSuffix(string rest) => rest is "省" or "市" or "区" or "县" or "旗" or "盟" or "自治区" || rest.EndsWith("自治区", StringComparison.Ordinal);
}
