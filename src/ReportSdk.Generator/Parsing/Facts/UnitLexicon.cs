using System;
using System.Linq;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Matches the units of src/Shared/Units.cs in text. A unit is an optional magnitude (万亿, 亿, 万 …) and a base unit.</summary>
internal static class UnitLexicon
{
    /// <summary>Magnitudes written between a number and its base unit (980 亿元, 2.8 万人), longest first (src/Shared/Units.cs).</summary>
    public static readonly string[] Magnitudes = Units.Magnitudes.Select(m => m.Prefix).ToArray();

    /// <summary>Base units and rates (src/Shared/Units.cs), matched longest first.</summary>
    public static readonly string[] BaseUnits = Sort(Units.Rates.Concat(Units.BaseUnits).ToArray());

    private static string[] Sort(string[] units) =>
        units.Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToArray();

    /// <summary>Units that say how much something changed or what share it is, not how much there is.</summary>
    public static bool IsRate(string unit) => Units.IsRate(unit);

    /// <summary>
    /// Matches a unit at <paramref name="index"/> of normalised text; returns its length or 0. A 余/多 between the
    /// magnitude and the base unit (15 万余件) is part of the match; <see cref="Clean"/> removes it from the unit.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static int Match(string text, int index)
    {
        int best = MatchBase(text, index);
        foreach (var magnitude in Magnitudes)
        {
            if (string.CompareOrdinal(text, index, magnitude, 0, magnitude.Length) != 0) continue;
            int gap = index + magnitude.Length < text.Length && (text[index + magnitude.Length] == '余' || text[index + magnitude.Length] == '多') ? 1 : 0;
            int rest = MatchBase(text, index + magnitude.Length + gap);
            if (rest == 0) gap = 0;
            // 10.36百亿亿次/秒: a magnitude followed by another magnitude character is 百 before 亿亿次/秒, not 百亿.
            int next = index + magnitude.Length;
            if (rest == 0 && next < text.Length && (text[next] == '亿' || text[next] == '万')) continue;
            // A bare magnitude (超 1000 万, 14 亿) is a unit of its own; a bare 百 or 千 is not (10.36百亿亿次/秒).
            if (rest == 0 && !magnitude.EndsWith("万", StringComparison.Ordinal) && !magnitude.EndsWith("亿", StringComparison.Ordinal)) break;
            int length = magnitude.Length + gap + rest;
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

    /// <summary>
    /// Nouns that begin with a unit character (14亿人口, 3万人员, 5万亿台阶, 惠及2900多万家庭): the character is no unit
    /// there.
    /// </summary>
    private static readonly string[] Nouns = { "人口", "人员", "人才", "人民", "人群", "人类", "台阶", "家庭", "家长", "家属", "户籍" };

    private static int MatchBase(string text, int index)
    {
        if (index >= text.Length || NounIndex.At(text, index, text.Length) is not null) return 0;
        return BaseUnitIndex.At(text, index, text.Length)?.Length ?? 0;
    }

    private static readonly WordIndex NounIndex = new(Nouns);
    private static readonly WordIndex BaseUnitIndex = new(BaseUnits);

    /// <summary>The unit without a 余/多 written inside it (万余件 → 万件).</summary>
    public static string Clean(string unit) => unit.Length > 2 && (unit.IndexOf('余') > 0 || unit.IndexOf('多') > 0)
        ? unit.Replace("余", string.Empty).Replace("多", string.Empty)
        : unit;

    /// <summary>True when the unit as matched holds 余/多 (more than).</summary>
    public static bool HasOver(string unit) => unit.Length > 2 && (unit.IndexOf('余') > 0 || unit.IndexOf('多') > 0);

    /// <summary>Units that count kinds (种, 类, 项): 三十多种主要产品.</summary>
    public static bool IsKindCount(string unit) => unit is "种" or "类" or "项";

    public static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
