using System;
using System.Linq;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Units a quantity can carry, as data. A unit is an optional magnitude (万亿, 亿, 万 …) and a base unit.</summary>
internal static class UnitLexicon
{
    /// <summary>Magnitudes written between a number and its base unit (980 亿元, 2.8 万人), longest first.</summary>
    public static readonly string[] Magnitudes = { "万亿", "千万", "百万", "十万", "亿", "万", "千" };

    /// <summary>Base units, matched longest first. Rates (%, 个百分点, 倍) are units too.</summary>
    public static readonly string[] BaseUnits = Sort(new[]
    {
        // rates and proportions
        "%", "‰", "个百分点", "百分点", "倍", "成",
        // money
        "元", "美元", "欧元", "港元", "元/平方米", "元/人",
        // counts
        "家", "个", "户", "人", "人次", "名", "位", "套", "间", "张", "处", "项", "件", "条", "所", "座", "栋", "幢",
        "辆", "台", "架", "场", "次", "批", "类", "株", "棵", "只", "份", "篇", "部", "款", "支", "块", "片", "种",
        "门", "期", "组", "对", "届", "轮", "根", "管", "床", "家次", "个月", "个点", "条次", "宗", "笔", "单", "起",
        "管/日", "人/日", "辆/日",
        // time
        "天", "年", "小时", "分钟", "周", "个工作日", "工作日",
        // length, area, volume, mass, energy
        "公里", "千米", "米", "厘米", "毫米", "平方公里", "平方千米", "平方米", "公顷", "亩", "立方米",
        "吨", "公斤", "千克", "克", "斤", "标准箱", "吨标准煤", "千瓦", "千瓦时", "瓦", "兆瓦", "度",
        "微克/立方米", "毫克/立方米", "吨/平方公里·月", "吨/平方公里", "克/平方米", "伏", "千伏", "千伏安",
        // computing
        // computing power (200P); single letters such as G are left out: 5G is a name, not 5 of something
        "P", "PFlops", "Gbps",
    });

    private static string[] Sort(string[] units) =>
        units.Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToArray();

    /// <summary>Units that say how much something changed or what share it is, not how much there is.</summary>
    public static bool IsRate(string unit) => unit is "%" or "‰" or "个百分点" or "百分点" or "倍" or "成";

    /// <summary>
    /// Matches a unit at <paramref name="index"/> of normalised text; returns its length or 0. A 余/多 between the
    /// magnitude and the base unit (15 万余件) is part of the match; <see cref="Clean"/> removes it from the unit.
    /// </summary>
    public static int Match(string text, int index)
    {
        int best = MatchBase(text, index);
        foreach (var magnitude in Magnitudes)
        {
            if (string.CompareOrdinal(text, index, magnitude, 0, magnitude.Length) != 0) continue;
            int gap = index + magnitude.Length < text.Length && (text[index + magnitude.Length] == '余' || text[index + magnitude.Length] == '多') ? 1 : 0;
            int rest = MatchBase(text, index + magnitude.Length + gap);
            if (rest == 0) gap = 0;
            int length = magnitude.Length + gap + rest;
            // A bare magnitude (超 1000 万) is a unit of its own.
            if (length > best) best = length;
            break;
        }
        // 个百分点 wins over 个, 平方公里 over 平方 … by length already; ASCII units must not run into a word (5G, 200Pa).
        if (best > 0)
        {
            int after = index + best;
            char last = text[after - 1];
            if (IsAsciiLetter(last) && after < text.Length && (IsAsciiLetter(text[after]) || char.IsDigit(text[after]))) return 0;
        }
        return best;
    }

    private static int MatchBase(string text, int index)
    {
        if (index >= text.Length) return 0;
        foreach (var unit in BaseUnits)
        {
            if (string.CompareOrdinal(text, index, unit, 0, unit.Length) == 0) return unit.Length;
        }
        return 0;
    }

    /// <summary>The unit without a 余/多 written inside it (万余件 → 万件).</summary>
    public static string Clean(string unit) => unit.Length > 2 && (unit.IndexOf('余') > 0 || unit.IndexOf('多') > 0)
        ? unit.Replace("余", string.Empty).Replace("多", string.Empty)
        : unit;

    /// <summary>True when the unit as matched holds 余/多 (more than).</summary>
    public static bool HasOver(string unit) => unit.Length > 2 && (unit.IndexOf('余') > 0 || unit.IndexOf('多') > 0);

    public static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
