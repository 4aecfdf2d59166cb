using System;
using System.Collections.Generic;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// A region named by a report: Chinese name, English name, level, GB/T 2260 code (null when the divisions table does
/// not know it) and its parents, nearest first.
/// </summary>
internal readonly struct RegionInfo
{
    public RegionInfo(string name, string? english, RegionLevel level, string? code, EquatableArray<RegionRefModel> parents)
    {
        Name = name;
        English = english;
        Level = level;
        Code = code;
        Parents = parents;
    }

    public string Name { get; }
    public string? English { get; }
    public RegionLevel Level { get; }
    public string? Code { get; }
    public EquatableArray<RegionRefModel> Parents { get; }

    public static RegionInfo Of(Division d)
    {
        var parents = new List<RegionRefModel>();
        foreach (var p in Divisions.Parents(d)) parents.Add(new RegionRefModel(p.Name, p.English, p.Level, p.Code));
        return new RegionInfo(d.Name, d.English, d.Level, d.Code, parents.ToEquatableArray());
    }
}

/// <summary>
/// Finds the most specific region in a phrase through the divisions table (北京市石景山区人民政府 → 石景山区 under
/// 北京市; 四川 → 四川省; 国务院 → 全国), else the last administrative unit written (…省, …市, …区, …县, …旗, …州, …盟,
/// …自治区), under the last known division before it.
/// </summary>
internal static class RegionResolver
{
    private readonly struct Match
    {
        public Match(int start, int end, IReadOnlyList<Division> candidates)
        {
            Start = start;
            End = end;
            Candidates = candidates;
        }

        public int Start { get; }
        public int End { get; }
        public IReadOnlyList<Division> Candidates { get; }
    }

    public static bool TryResolve(string text, out RegionInfo region)
    {
        region = default;
        string t = TraditionalChinese.Fold(Normalizer.RemoveSpaces(text));
        if (t.Length == 0) return false;

        var matches = FindAll(t);
        Match? best = null;
        foreach (var m in matches)
        {
            if (best == null || m.End > best.Value.End || (m.End == best.Value.End && m.End - m.Start > best.Value.End - best.Value.Start)) best = m;
        }

        Division? known = best != null ? Choose(best.Value, matches) : null;
        string? unit = LastUnit(best != null ? t.Substring(best.Value.End) : t);
        if (unit == null)
        {
            if (known == null) return false;
            region = RegionInfo.Of(known.Value);
            return true;
        }

        // An administrative unit the table does not know (a new or renamed district), under the last known one.
        var parents = new List<RegionRefModel>();
        if (known != null && known.Value.Level != RegionLevel.National)
        {
            var k = known.Value;
            parents.Add(new RegionRefModel(k.Name, k.English, k.Level, k.Code));
            foreach (var p in Divisions.Parents(k)) parents.Add(new RegionRefModel(p.Name, p.English, p.Level, p.Code));
        }
        region = new RegionInfo(unit, null, LevelOf(unit), null, parents.ToEquatableArray());
        return true;
    }

    // Every name of the table written in the text (石景山区, 北京市, 北京 …).
    private static List<Match> FindAll(string t)
    {
        var result = new List<Match>();
        int longest = Divisions.LongestName;
        for (int i = 0; i < t.Length; i++)
        {
            if (!Normalizer.IsCjk(t[i])) continue;
            for (int len = 2; len <= longest && i + len <= t.Length; len++)
            {
                var found = Divisions.Named(t.Substring(i, len));
                if (found.Count > 0) result.Add(new Match(i, i + len, found));
            }
        }
        return result;
    }

    // Of several divisions with one name (朝阳区 in 北京市 and in 长春市), the one whose parent is also written; else
    // the highest level (吉林 is the province before the city); else the first in code order.
    private static Division Choose(Match best, List<Match> all)
    {
        if (best.Candidates.Count == 1) return best.Candidates[0];
        foreach (var candidate in best.Candidates)
        {
            foreach (var parent in Divisions.Parents(candidate))
            {
                foreach (var m in all)
                {
                    if (m.End > best.Start) continue;
                    foreach (var c in m.Candidates)
                    {
                        if (c.Code == parent.Code) return candidate;
                    }
                }
            }
        }
        var chosen = best.Candidates[0];
        foreach (var candidate in best.Candidates)
        {
            if (Rank(candidate.Level) < Rank(chosen.Level)) chosen = candidate;
        }
        return chosen;
    }

    private static int Rank(RegionLevel level) => level switch
    {
        RegionLevel.National => 0,
        RegionLevel.Province or RegionLevel.Municipality => 1,
        RegionLevel.City => 2,
        _ => 3,
    };

    // The last administrative unit in the text: cut after each unit suffix, keep the last piece that has a name
    // before its suffix (自治区 alone, as in 我代表自治区人民政府, names no region).
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
            if (!Normalizer.IsCjk(t[i]))
            {
                start = i + 1;
                continue;
            }
            int suffix = RegionSuffixes.LengthAt(t, i);
            if (suffix == 0) continue;
            int end = i + suffix;
            if (i > start && end - start >= 2) last = t.Substring(start, end - start);
            start = end;
            i = end - 1;
        }
        return last;
    }

    /// <summary>
    /// The administrative unit that starts at <paramref name="start"/> (北京市 in 北京市石景山区, 国务院): the longest
    /// name of the divisions table, else two to eight CJK characters ending in a unit suffix; empty when there is none.
    /// </summary>
    public static string LeadingUnit(string text, int start)
    {
        string folded = TraditionalChinese.Fold(text);
        for (int len = Math.Min(Divisions.LongestName, folded.Length - start); len >= 2; len--)
        {
            if (Divisions.Named(folded.Substring(start, len)).Count > 0) return text.Substring(start, len);
        }
        for (int i = start; i < text.Length && i - start < 8; i++)
        {
            if (!Normalizer.IsCjk(text[i])) return "";
            int suffix = RegionSuffixes.LengthAt(text, i);
            if (suffix > 0 && i > start && i + suffix - start >= 2) return text.Substring(start, i + suffix - start);
        }
        return "";
    }

    private static string Cut(string t, string marker)
    {
        int at = t.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? t.Substring(0, at) : t;
    }

    public static RegionLevel LevelOf(string name)
    {
        var known = Divisions.Named(name);
        return known.Count > 0 ? known[0].Level : RegionSuffixes.LevelOf(name);
    }
}
