using System;
using System.Collections.Generic;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>The ranks a clause states (<see cref="RankRules"/>) as facts, each named for what it ranks.</summary>
internal static class RankFacts
{
    /// <summary>Adds a fact for every rank of the clause that ranks something named.</summary>
    public static void Add(ClauseReading reading)
    {
        var figure = reading.Figure;
        var input = figure.Input;
        var clause = reading.Clause;
        string text = reading.Text;
        int lastRankEnd = clause.Start;
        var ranks = RankRules.Scan(text, clause.Start, clause.End);
        for (int index = 0; index < ranks.Count; index++)
        {
            var rank = ranks[index];
            var ranked = RespectivelyRanked(reading, ranks, index) ?? RankedThing(reading, rank, lastRankEnd);
            lastRankEnd = rank.End;
            if (ranked is null) continue;
            var span = figure.SpanBefore(clause, rank.Start);
            var rankPeriod = PeriodRules.Period(text, clause, clause.Start, rank.Start, Measure.Rank, input.Part, figure.Context, span);
            // 五年来…进出口总额跃居世界第二位: a rank is a standing at one time, the end of the span it was reached in.
            if (rankPeriod.IsRange) rankPeriod = new YearSpan(rankPeriod.End, rankPeriod.End);
            reading.Facts.Add((rank.Start, new FactModel(
                ranked.Name, ranked.Label, null, rank.Value, null, rank.ValueText, "位", Measure.Rank,
                PeriodRules.Status(input.Part, span, Qualifiers.None, figure.Context), null, Qualifiers.None,
                rankPeriod.Start, rankPeriod.End, rank.Start >= reading.MainTargetStart && reading.MainTargetStart >= 0, reading.Quote,
                input.Paragraph.LineAt(figure.Compact.SourceOffset(rank.Start)), input.SectionTitle)));
        }
    }

    /// <summary>
    /// 一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九: ranks listed after 分别 rank, in order, the
    /// figures of the list that ends right before their piece, when there are as many of them and each names another
    /// thing; else null.
    /// </summary>
    private static IndicatorName? RespectivelyRanked(ClauseReading reading, List<RankToken> ranks, int index)
    {
        var rank = ranks[index];
        int first = index, last = index;
        while (first > 0 && ranks[first - 1].VerbStart == rank.VerbStart) first--;
        while (last + 1 < ranks.Count && ranks[last + 1].VerbStart == rank.VerbStart) last++;
        int count = last - first + 1;
        string text = reading.Text;
        int segmentStart = ClauseSplitter.SegmentStart(text, reading.Clause.Start, rank.VerbStart);
        if (count < 2 || text.IndexOf("分别", segmentStart, rank.VerbStart - segmentStart, StringComparison.Ordinal) < 0) return null;
        var tokens = reading.Tokens;
        int end = tokens.Count - 1;
        while (end >= 0 && tokens[end].End > segmentStart) end--;
        int begin = end - count + 1;
        // The list is exactly as long as the ranks, and nothing but its separator stands between it and their piece.
        if (begin < 0 || segmentStart - tokens[end].End > 1 || (begin > 0 && ValueRoles.IsJoined(text, tokens[begin - 1], tokens[begin])))
            return ListedBefore(reading, segmentStart, rank.VerbStart, count, index - first);
        var names = new IndicatorName[count];
        for (int k = 0; k < count; k++)
        {
            if (k > 0 && !ValueRoles.IsJoined(text, tokens[begin + k - 1], tokens[begin + k])) return null;
            var fact = FactAt(reading, tokens[begin + k].Start);
            if (fact is null || Array.Exists(names, n => n is not null && n.Name == fact.Name)) return null;
            names[k] = new IndicatorName(fact.Name, fact.Label, false);
        }
        return names[index - first];
    }

    private static FactModel? FactAt(ClauseReading reading, int position)
    {
        foreach (var (at, fact) in reading.Facts)
        {
            if (at == position) return fact;
        }
        return null;
    }

    /// <summary>What a rank ranks: the name before its verb, or the figure stated before it in the clause.</summary>
    private static IndicatorName? RankedThing(ClauseReading reading, RankToken rank, int lastRankEnd)
    {
        var compact = reading.Compact;
        var clause = reading.Clause;
        string text = compact.Text;
        var before = LastNamedBefore(reading.Named, rank.VerbStart);
        int start = Math.Max(ClauseSplitter.SegmentStart(text, clause.Start, rank.VerbStart), before?.Token.End ?? clause.Start);
        if (lastRankEnd > start && lastRankEnd <= rank.VerbStart) start = lastRankEnd;
        // The scope of a rank may stand before its verb (增速全市排名第六); it is not part of what is ranked.
        int end = rank.VerbStart;
        foreach (var scope in FactLexicon.RankScopes)
        {
            if (end - scope.Length > start && TextMatch.At(text, end - scope.Length, scope)) { end -= scope.Length; break; }
        }
        // 从全国第12位上升至第5位: where the rank came from is no part of what is ranked.
        end = BeforeRankMovedFrom(text, start, end);
        // 创建了5个国家先进制造业集群、居中部第1: the list mark before the verb is no part of the name.
        while (end > start && text[end - 1] == '、') end--;
        var piece = PieceReader.Read(text, start, end);
        string own = piece.HasName ? compact.NameText(piece.NameStart, piece.NameEnd) : string.Empty;
        // 万人诉求比排名由年初第十四位上升至第四位: the ranking word is no part of what is ranked.
        if (own.Length > 3 && (own.EndsWith("排名", StringComparison.Ordinal) || own.EndsWith("排位", StringComparison.Ordinal))) own = own.Substring(0, own.Length - 2);
        // 汽车、新能源汽车产量历史性跃居全国首位: an adverb before the verb is no part of what is ranked.
        foreach (var adverb in FactLexicon.RankAdverbs)
        {
            if (own.Length > adverb.Length + 1 && own.EndsWith(adverb, StringComparison.Ordinal)) { own = own.Substring(0, own.Length - adverb.Length); break; }
        }
        // One character left of the verb (跃居 → 跃) names nothing.
        if (own.Length == 1) own = string.Empty;
        if (own.Length > 0 && !Array.Exists(FactLexicon.RankedAspects, a => own.EndsWith(a, StringComparison.Ordinal) && own.Length <= a.Length + 1))
        {
            return new IndicatorName(own, null, false);
        }
        if (before is null) return own.Length > 0 ? new IndicatorName(own, null, false) : null;
        return new IndicatorName(before.Indicator.Name, own.Length > 0 ? before.Indicator.Name + own : before.Indicator.Label, false);
    }

    /// <summary>
    /// 省属企业营收和利润分别居全国第5、第6位: as many names listed before 分别 in the ranks' segment, holding no value,
    /// name the ranks in order (省属企业营收, 省属企业利润); else null.
    /// </summary>
    private static IndicatorName? ListedBefore(ClauseReading reading, int segmentStart, int verbStart, int count, int k)
    {
        string text = reading.Text;
        int at = text.IndexOf("分别", segmentStart, verbStart - segmentStart, StringComparison.Ordinal);
        foreach (var token in reading.Tokens) if (token.Start >= segmentStart && token.Start < at) return null;
        var piece = PieceReader.Read(text, segmentStart, at);
        if (!piece.HasName) return null;
        var items = ValueRoles.SplitList(reading.Compact.NameText(piece.NameStart, piece.NameEnd));
        if (items.Length != count || Array.Exists(items, i => i.Length < 2)) return null;
        return new IndicatorName(RespectivelyLists.Labels(items)[k] ?? items[k], null, false);
    }

    /// <summary>Where 由/从 opens the rank a move started from (由年初第十四位, 从世界第六位) in [start, end), else <paramref name="end"/>.</summary>
    private static int BeforeRankMovedFrom(string text, int start, int end)
    {
        for (int i = end - 1; i >= start; i--)
        {
            if (text[i] != '由' && text[i] != '从') continue;
            int ordinal = text.IndexOf('第', i + 1, end - i - 1);
            return ordinal > i && ordinal - i <= 8 ? i : end;
        }
        return end;
    }

    /// <summary>The last value named before <paramref name="at"/>, or null.</summary>
    private static NamedValue? LastNamedBefore(List<NamedValue> named, int at)
    {
        for (int i = named.Count - 1; i >= 0; i--)
        {
            if (named[i].Token.Start < at) return named[i];
        }
        return null;
    }
}
