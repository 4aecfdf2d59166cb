using System.Collections.Generic;
using System.Globalization;

namespace ReportSdk;

/// <summary>
/// How figures print: <c>地区生产总值 980 亿元 (2022年, 预计)</c>, <c>地区生产总值增长 5% 左右 (2023年目标)</c>; the short
/// forms of series points (<c>2022年 980 亿元 (预计)</c>) and comparison rows (<c>西城区 增长 5.8%</c>).
/// </summary>
internal static class FigureText
{
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>No space before % and ‰ (5%), one before words (980 亿元).</summary>
    public static string UnitSeparator(string? unit) => string.IsNullOrEmpty(unit) || unit is "%" or "‰" ? string.Empty : " ";

    /// <summary>Name, direction, figure and what it is: <c>地区生产总值增长 5% 左右 (2023年目标)</c>.</summary>
    public static string Describe(Indicator indicator)
    {
        var notes = Notes(indicator);
        string years = (indicator.IsSpan ? Number(indicator.PeriodStart) + "–" : string.Empty) + Number(indicator.PeriodEnd) + "年";
        notes.Insert(0, years + (indicator.IsTarget ? "目标" : string.Empty));
        return indicator.Name + Verb(indicator) + " " + Figure(indicator) + " (" + string.Join(", ", notes) + ")";
    }

    /// <summary>The figure without name and year: <c>增长 5% 左右 (目标)</c>, <c>980 亿元 (预计)</c>.</summary>
    public static string Short(Indicator indicator, bool markTarget = true)
    {
        var notes = Notes(indicator);
        if (markTarget && indicator.IsTarget) notes.Insert(0, "目标");
        var verb = Verb(indicator);
        return (verb.Length == 0 ? string.Empty : verb + " ") + Figure(indicator) + (notes.Count == 0 ? string.Empty : " (" + string.Join(", ", notes) + ")");
    }

    // Rates say their direction (增长 / 下降), unless the name already names the rate (居民消费价格涨幅, 增速).
    private static string Verb(Indicator indicator) =>
        indicator.Kind is not (IndicatorKind.Growth or IndicatorKind.TargetGrowth) || NamesRate(indicator.Name) ? string.Empty
            : indicator.Direction == Direction.Down ? "下降" : "增长";

    private static bool NamesRate(string name) =>
        name.EndsWith("涨幅", System.StringComparison.Ordinal) || name.EndsWith("增速", System.StringComparison.Ordinal)
        || name.EndsWith("增幅", System.StringComparison.Ordinal) || name.EndsWith("增长率", System.StringComparison.Ordinal);

    // 不低于 5%, 近 300 万人, 80–100 家, 5% 左右, 6000 亿元 以上, 3% 以内.
    private static string Figure(Indicator indicator)
    {
        var q = indicator.Qualifiers;
        var unit = indicator.Unit;
        var number = Number(indicator.Value) + (indicator.ValueHigh is { } high ? "–" + Number(high) : string.Empty);
        var text = number + UnitSeparator(unit) + unit;
        if ((q & Qualifiers.AtLeast) != 0) text = "不低于 " + text;
        if ((q & Qualifiers.Nearly) != 0) text = "近 " + text;
        if ((q & Qualifiers.About) != 0) text += " 左右";
        if ((q & Qualifiers.Over) != 0) text += " 以上";
        if ((q & Qualifiers.Within) != 0) text += " 以内";
        return text;
    }

    private static List<string> Notes(Indicator indicator)
    {
        var notes = new List<string>(3);
        if ((indicator.Qualifiers & Qualifiers.Estimated) != 0) notes.Add("预计");
        if (indicator.IsSpan) notes.Add("多年累计或年均");
        if (indicator.Kind == IndicatorKind.Rank) notes.Add("排名");
        return notes;
    }
}
