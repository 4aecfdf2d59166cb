using System;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>A region named by a report: Chinese name, English name when known, level.</summary>
internal readonly struct RegionInfo
{
    public RegionInfo(string name, string? english, RegionLevel level)
    {
        Name = name;
        English = english;
        Level = level;
    }

    public string Name { get; }
    public string? English { get; }
    public RegionLevel Level { get; }
}

/// <summary>
/// Finds the most specific region in a phrase (北京市石景山区人民政府 → 石景山区): known regions first, else the
/// last administrative unit written (…省, …市, …区, …县, …旗, …州, …自治区).
/// </summary>
internal static class RegionResolver
{
    public static bool TryResolve(string text, out RegionInfo region)
    {
        region = default;
        string t = Normalizer.RemoveSpaces(text);
        if (t.Length == 0) return false;

        int bestEnd = -1;
        foreach (var known in KnownRegions.Table)
        {
            int at = t.LastIndexOf(known.Chinese, StringComparison.Ordinal);
            if (at < 0) continue;
            int end = at + known.Chinese.Length;
            if (end > bestEnd || (end == bestEnd && known.Chinese.Length > region.Name.Length))
            {
                bestEnd = end;
                region = new RegionInfo(known.Chinese, known.English, known.Level);
            }
        }
        if (bestEnd >= 0 && !HasUnitAfter(t, bestEnd)) return true;

        string? unit = LastUnit(t);
        if (unit == null) return bestEnd >= 0;
        region = new RegionInfo(unit, null, LevelOf(unit));
        return true;
    }

    // True when another administrative unit follows a known region (北京市 + 某某区 not in the table).
    private static bool HasUnitAfter(string t, int from)
    {
        string? unit = LastUnit(t.Substring(from));
        return unit != null;
    }

    // The last administrative unit in the text: cut after each unit suffix, keep the last piece of 2+ characters
    // that ends in a suffix.
    private static string? LastUnit(string t)
    {
        t = Cut(t, "人民政府");
        t = Cut(t, "政府工作报告");
        t = Cut(t, "政府");
        t = Cut(t, "第");
        string? last = null;
        int start = 0;
        for (int i = 0; i < t.Length; i++)
        {
            if (!(t[i] >= '\u4E00' && t[i] <= '\u9FFF'))
            {
                start = i + 1;
                continue;
            }
            int suffix = SuffixLength(t, i);
            if (suffix == 0) continue;
            int end = i + suffix;
            if (end - start >= 2) last = t.Substring(start, end - start);
            start = end;
            i = end - 1;
        }
        return last;
    }

    /// <summary>
    /// The administrative unit that starts at <paramref name="start"/> (北京市 in 北京市石景山区): a known region,
    /// else two to eight CJK characters ending in a unit suffix; empty when there is none.
    /// </summary>
    public static string LeadingUnit(string text, int start)
    {
        foreach (var known in KnownRegions.Table)
        {
            if (string.CompareOrdinal(text, start, known.Chinese, 0, known.Chinese.Length) == 0) return known.Chinese;
        }
        for (int i = start; i < text.Length && i - start < 8; i++)
        {
            if (!(text[i] >= '\u4E00' && text[i] <= '\u9FFF')) return "";
            int suffix = SuffixLength(text, i);
            if (suffix > 0 && i + suffix - start >= 2) return text.Substring(start, i + suffix - start);
        }
        return "";
    }

    private static string Cut(string t, string marker)
    {
        int at = t.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? t.Substring(0, at) : t;
    }

    private static int SuffixLength(string t, int i)
    {
        if (string.CompareOrdinal(t, i, "自治区", 0, 3) == 0 || string.CompareOrdinal(t, i, "自治州", 0, 3) == 0 ||
            string.CompareOrdinal(t, i, "自治县", 0, 3) == 0 || string.CompareOrdinal(t, i, "自治旗", 0, 3) == 0) return 3;
        char c = t[i];
        return c == '省' || c == '市' || c == '区' || c == '县' || c == '旗' || c == '州' || c == '盟' ? 1 : 0;
    }

    public static RegionLevel LevelOf(string name)
    {
        foreach (var known in KnownRegions.Table)
        {
            if (known.Chinese == name) return known.Level;
        }
        if (name.EndsWith("自治区", StringComparison.Ordinal) || name.EndsWith("省", StringComparison.Ordinal)) return RegionLevel.Province;
        if (name.EndsWith("区", StringComparison.Ordinal)) return RegionLevel.District;
        if (name.EndsWith("县", StringComparison.Ordinal) || name.EndsWith("旗", StringComparison.Ordinal)) return RegionLevel.County;
        if (name.EndsWith("市", StringComparison.Ordinal) || name.EndsWith("州", StringComparison.Ordinal) || name.EndsWith("盟", StringComparison.Ordinal)) return RegionLevel.City;
        return RegionLevel.Unknown;
    }
}
