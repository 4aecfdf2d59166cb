using System;
using System.Collections.Generic;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// 分别 lists: a value after 分别 and the ones joined to it by 、 pair in order with the names listed before 分别
/// (诉求解决率、群众满意率分别达到 95.5%和 96.1%) or with the figures named before in the clause (分别达6.9万元、3.4万元，
/// 增长4.2%、5.3%: an unnamed list of rates after paired levels pairs the same way; 城乡居民人均可支配收入增长5.3%、8.1%:
/// a paired scope names its two rates without 分别).
/// </summary>
internal static class RespectivelyLists
{
    /// <summary>True when the value at <paramref name="site"/> opens such a list.</summary>
    public static bool Opens(ClauseReading reading, ValueSite site)
    {
        var piece = site.Piece;
        if (piece.Respectively) return true;
        if (site.Next is null || !ValueRoles.IsJoined(reading.Text, site.Token, site.Next)) return false;
        // 城乡低保标准提高到每月815元和615元: a paired scope names its two levels as it names two rates.
        if (piece.Direction is null)
            return piece.HasName && site.Next.Unit == site.Token.Unit && JoinedCount(reading, site.Index) == 2
                && ValueRoles.ExpandPair(reading.Compact.NameText(piece.NameStart, piece.NameEnd)) is not null;
        // 城乡居民人均可支配收入年均增长5.3%、8.1%: a paired scope names two rates without 分别.
        if (piece.HasName)
        {
            if (site.Next.Unit != site.Token.Unit) return false;
            string name = reading.Compact.NameText(piece.NameStart, piece.NameEnd);
            if (ValueRoles.ExpandPair(name) is not null) return true;
            // 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％: as many names listed as values joined.
            var items = ValueRoles.SplitList(name);
            return items.Length >= 2 && Array.TrueForAll(items, i => i.Length >= 2) && items.Length == JoinedCount(reading, site.Index);
        }
        // 分别达6.9万元、3.4万元，增长4.2%、5.3%: rates in one unit, paired with the levels before (增长4%，243个 is no such list).
        return site.Next.Unit == site.Token.Unit && CountLevels(reading.Named) >= 2;
    }

    private static int JoinedCount(ClauseReading reading, int index)
    {
        var tokens = reading.Tokens;
        int count = 1;
        for (int k = index; k + 1 < tokens.Count && ValueRoles.IsJoined(reading.Text, tokens[k], tokens[k + 1]); k++) count++;
        return count;
    }

    /// <summary>Reads the list that opens at <c>tokens[index]</c>; returns the index of its last value.</summary>
    public static int Read(ClauseReading reading, ValueSite site, List<NumberToken> tokens, int index)
    {
        string text = reading.Text;
        var piece = site.Piece;
        var group = new List<NumberToken> { site.Token };
        while (index + 1 < tokens.Count && ValueRoles.IsJoined(text, tokens[index], tokens[index + 1]))
        {
            group.Add(tokens[++index]);
            reading.Boundary = tokens[index].End;
        }
        // 分别增长5%、6.5%左右: a hedge written once after the last value is each value's that has none of its own.
        var shared = group[group.Count - 1].After & SharedHedges;
        for (int g = 0; g < group.Count - 1 && shared != Qualifiers.None; g++)
        {
            if (group[g].After == Qualifiers.None) group[g] = group[g] with { After = shared };
        }
        var levels = reading.Named.FindAll(d => !d.Rate);
        // 诉求解决率、群众满意率分别达到 95.5%和 96.1%: the names listed before 分别 pair with the values.
        var listed = piece.HasName ? ValueRoles.SplitList(reading.Compact.NameText(piece.NameStart, piece.NameEnd)) : null;
        // 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元: the names stand alone in the piece before.
        if (listed is null && piece.Respectively && group.Count > 1) listed = NamesBefore(reading, site, group.Count);
        // 城乡居民人均可支配收入分别增长5%、6.5%: a paired scope names two figures.
        if (listed is { Length: 1 } && group.Count == 2) listed = ValueRoles.ExpandPair(listed[0]) ?? listed;
        // 一、二、三产业增加值, 一二三产增加值: the industries by their ordinals.
        if (listed is not null && ValueRoles.OrdinalIndustries(listed, group.Count) is string[] industries) listed = industries;
        // 城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%: one value after 分别 is each level's.
        if (listed is null && piece.Respectively && group.Count == 1 && LastLevelRun(levels) is int run && run >= 2)
        {
            for (int l = levels.Count - run; l < levels.Count; l++)
                FactTyping.Add(reading, new NamedValue(levels[l].Indicator, site.Token, piece.Direction is not null), piece, site.SegmentStart);
            return index;
        }
        bool itemised = listed is not null && listed.Length == group.Count && group.Count > 1;
        string?[]? labels = itemised ? Labels(listed!) : null;
        for (int g = 0; g < group.Count; g++)
        {
            // 城镇和农村居民人均可支配收入, 地方财政收入、支出: each item is named in full (城镇居民人均可支配收入, 地方财政支出).
            IndicatorName? name = itemised ? new IndicatorName(labels?[g] ?? listed![g], null, false)
                : levels.Count >= group.Count ? levels[levels.Count - group.Count + g].Indicator
                : piece.HasName ? new IndicatorName(reading.Compact.NameText(piece.NameStart, piece.NameEnd), null, false)
                : reading.Previous?.Indicator;
            if (name is null)
            {
                reading.Unclassified(group[g]);
                continue;
            }
            var value = new NamedValue(name, group[g], piece.Direction is not null);
            // Levels paired by 分别 are what a later 分别增长 in the clause pairs with.
            if (!value.Rate && !UnitLexicon.IsRate(group[g].Unit))
            {
                reading.Named.Add(value);
                reading.Previous = value;
            }
            FactTyping.Add(reading, value, piece, site.SegmentStart);
        }
        return index;
    }

    /// <summary>
    /// What each item of a list names in full, or null where the item names itself: a shared head (城镇和农村居民人均可支配收入),
    /// a counterpart's modifier (地方财政收入、支出; 省属企业营收和利润), a shared measure (肉、奶产量) or tail.
    /// </summary>
    internal static string?[] Labels(string[] listed) =>
        ValueRoles.SharedHead(listed) ?? ValueRoles.SharedModifier(listed) ?? ValueRoles.SharedMeasure(listed) ?? SharedTails(listed);

    /// <summary>
    /// The names listed alone, without a value, in the piece before an unnamed 分别 list's piece, when there are as
    /// many as the values joined; else null.
    /// </summary>
    private static string[]? NamesBefore(ClauseReading reading, ValueSite site, int count)
    {
        if (site.SegmentStart <= reading.Clause.Start + 1) return null;
        int start = ClauseSplitter.SegmentStart(reading.Text, reading.Clause.Start, site.SegmentStart - 1);
        var topic = PieceReader.Read(reading.Text, start, site.SegmentStart - 1);
        if (!topic.HasName || Baselines.HasDigitOrChange(reading.Text, topic.NameStart, topic.NameEnd)) return null;
        // 化学需氧量、二氧化硫排放总量近年来首次出现双下降: the names end where their predicate starts.
        int end = topic.NameEnd;
        foreach (var word in FactLexicon.TopicPredicates)
        {
            int from = topic.NameStart + 2;
            int at = end - from >= word.Length ? reading.Text.IndexOf(word, from, end - from, StringComparison.Ordinal) : -1;
            if (at >= 0) end = at;
        }
        var items = ValueRoles.SplitList(reading.Compact.NameText(topic.NameStart, end));
        return items.Length == count && Array.TrueForAll(items, i => i.Length >= 2) ? items : null;
    }

    /// <summary>重点食品、药品抽检合格率: each item that ends where the last item's thing ends shares the measure after it.</summary>
    private static string[] SharedTails(string[] items)
    {
        var labels = new string[items.Length];
        for (int i = 0; i < items.Length; i++) labels[i] = ValueRoles.WithSharedTail(items[i], items[items.Length - 1]);
        return labels;
    }

    /// <summary>Hedges that a list's last value carries for all of them (左右, 以上, 以内).</summary>
    private const Qualifiers SharedHedges = Qualifiers.About | Qualifiers.Over | Qualifiers.Within;

    /// <summary>How many levels at the end of <paramref name="levels"/> share one base unit (35512元、25689元: two).</summary>
    private static int LastLevelRun(List<NamedValue> levels)
    {
        if (levels.Count == 0 || !Vocabulary.Units.TrySplit(levels[levels.Count - 1].Token.Unit, out _, out string unit)) return 0;
        int run = 0;
        for (int l = levels.Count - 1; l >= 0 && Vocabulary.Units.TrySplit(levels[l].Token.Unit, out _, out string other) && other == unit; l--) run++;
        return run;
    }

    private static int CountLevels(List<NamedValue> named)
    {
        int count = 0;
        foreach (var value in named) if (!value.Rate) count++;
        return count;
    }
}
