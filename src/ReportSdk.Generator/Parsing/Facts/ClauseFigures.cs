using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// The figures of one clause, value by value: a value inside a name is skipped, a 分别 list goes to
/// <see cref="RespectivelyLists"/>, a baseline (从 6 家增至 22 家) names the change after it, and any other value is
/// named (<see cref="NameSources"/>) and typed (<see cref="FactTyping"/>).
/// </summary>
internal static class ClauseFigures
{
    public static void Add(ClauseReading reading, List<NumberToken> tokens)
    {
        string text = reading.Text;
        var clause = reading.Clause;
        reading.Tokens = tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Rejected is not null)
            {
                reading.Unclassified(token);
                reading.Boundary = token.End;
                continue;
            }
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (next is not null && ValueRoles.IsInsideName(text, token, next)) continue;

            int segmentStart = ClauseSplitter.SegmentStart(text, clause.Start, token.Start);
            int pieceStart = Math.Max(segmentStart, reading.Boundary);
            bool parenthetical = ValueRoles.OpenParenthesis(text, pieceStart, token.Start, out int paren);
            if (parenthetical) pieceStart = paren + 1;
            var site = new ValueSite(token, i, next, segmentStart, pieceStart, parenthetical, PieceReader.Read(text, pieceStart, token.Start));
            reading.Boundary = token.End;

            if (RespectivelyLists.Opens(reading, site)) i = RespectivelyLists.Read(reading, site, tokens, i);
            else if (Thresholds(reading, site, tokens, ref i)) continue;
            else if (!Baseline(reading, site)) Figure(reading, site);
        }
    }

    /// <summary>
    /// 连续跨越7万亿、8万亿、9万亿三个大台阶, 连续迈上4个万亿元台阶: values listed before a milestone noun, or one that
    /// counts them, are thresholds passed, no facts; the name before them names the figures after them (年均增长5.9%).
    /// Returns false when the value opens no such list (a single threshold is <see cref="NameSources"/>' to read).
    /// </summary>
    private static bool Thresholds(ClauseReading reading, ValueSite site, List<NumberToken> tokens, ref int index)
    {
        int last = NameSources.JoinedList(reading, index, out int nounEnd);
        // 连续迈上4个万亿元台阶: one value that counts the thresholds passed is no figure either.
        if (last == index && site.Token.Unit is not ("个" or "道")) return false;
        if (!NameSources.IsMilestone(NameSources.FollowingNoun(reading.Compact, tokens[last].End, nounEnd))) return false;
        if (site.Piece.HasName) reading.Previous = new NamedValue(NameSources.WithSubject(reading.Compact, site.Piece.NameStart, site.Piece.NameEnd), site.Token, false);
        reading.Boundary = nounEnd;
        index = last;
        return true;
    }

    /// <summary>
    /// 从 6 家增至 22 家: the first value is the baseline the change starts from; it names the change. It is a fact of
    /// its own, the level of the year before, when the text dates it: a year written before it (从2020年的3.68万亿元)
    /// or a span around it (五年来…从7248亿元增加到…: the year before the span).
    /// </summary>
    private static bool Baseline(ClauseReading reading, ValueSite site)
    {
        if (!ValueRoles.IsBaseline(reading.Text, site.PieceStart, site.Token, reading.Clause.End, out int from)) return false;
        var baseline = PieceReader.Read(reading.Text, site.PieceStart, from);
        // 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元: the words before the comma name the change.
        bool unnamed = !baseline.HasName || (baseline.NameEnd - baseline.NameStart == 1 && "将要也还再并又".IndexOf(reading.Text[baseline.NameStart]) >= 0);
        if (unnamed && site.SegmentStart > reading.Clause.Start + 1)
        {
            int topicStart = ClauseSplitter.SegmentStart(reading.Text, reading.Clause.Start, site.SegmentStart - 1);
            var topic = PieceReader.Read(reading.Text, topicStart, site.SegmentStart - 1);
            if (topic.NameEnd - topic.NameStart >= 2 && !HasDigitOrChange(reading.Text, topic.NameStart, topic.NameEnd)) baseline = topic;
        }
        else if (unnamed) return true;
        if (!baseline.HasName) return true;
        var value = new NamedValue(NameSources.WithSubject(reading.Compact, baseline.NameStart, baseline.NameEnd), site.Token, false);
        reading.Previous = value;
        int year = BaselineYear(reading, from, site.Token, out var hedge);
        if (year > 0) FactTyping.AddBaseline(reading, value, hedge, year);
        return true;
    }

    /// <summary>A digit, or 由/从 opening a change of its own, in [start, end).</summary>
    private static bool HasDigitOrChange(string text, int start, int end)
    {
        for (int i = start; i < end; i++) if (char.IsDigit(text[i]) || text[i] == '由' || text[i] == '从') return true;
        return false;
    }

    /// <summary>The year a baseline value is the level of, or 0 (undated, or hedged as 不足/不到, which no qualifier says).</summary>
    private static int BaselineYear(ClauseReading reading, int from, NumberToken token, out Qualifiers hedge)
    {
        string text = reading.Text;
        hedge = Qualifiers.None;
        int i = from + 1;
        int written = 0;
        if (token.Start - i >= 6 && text[i + 4] == '年' && text[i + 5] == '的'
            && int.TryParse(text.Substring(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)) written = y;
        if (written > 0) i += 6;
        string between = text.Substring(i, token.Start - i);
        if (between.Length > 0)
        {
            hedge = between switch { "约" => Qualifiers.About, "近" => Qualifiers.Nearly, _ => Qualifiers.None };
            if (hedge == Qualifiers.None) return 0;
        }
        if (written > 0) return written;
        if (reading.Figure.SpanBefore(reading.Clause, token.Start) is YearSpan span && span.Start < span.End) return span.Start - 1;
        // 全省生产总值从2020年的3.68万亿元增长到…，一般公共预算收入从3826.5亿元增长到…: a baseline year written earlier in
        // the sentence holds for the parallel changes after it.
        return EarlierBaselineYear(text, reading.Clause.SentenceStart, from);
    }

    private static int EarlierBaselineYear(string text, int start, int before)
    {
        for (int i = before - 1; i >= start; i--)
        {
            if ((text[i] == '从' || text[i] == '由') && i + 6 < before && text[i + 5] == '年' && text[i + 6] == '的'
                && int.TryParse(text.Substring(i + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return year;
        }
        return 0;
    }

    /// <summary>One value on its own: named, labelled by its sentence's topic when the name is generic, typed.</summary>
    private static void Figure(ClauseReading reading, ValueSite site)
    {
        var name = NameSources.NameFrom(reading, site, out int usedEnd);
        if (usedEnd > reading.Boundary) reading.Boundary = usedEnd;
        if (name is null)
        {
            reading.Unclassified(site.Token);
            return;
        }
        if (name.Label is null && !ReferenceEquals(name, reading.Previous?.Indicator))
        {
            string? topic = SubjectLabels.FromTopic(reading.Compact, reading.Clause.SentenceStart, site.PieceStart, name.Name);
            if (topic is not null) name = name with { Label = topic };
        }
        var value = new NamedValue(name, site.Token, site.Piece.Direction is not null);
        reading.Named.Add(value);
        reading.Previous = value;
        // 广义货币M2和社会融资规模余额预期增长均为12%左右: one fact for each name listed.
        if (site.Piece.Each && EachListed(name) is string[] items)
        {
            foreach (var item in items) FactTyping.Add(reading, value with { Indicator = new IndicatorName(item, name.Name, false) }, site.Piece, site.SegmentStart);
            return;
        }
        FactTyping.Add(reading, value, site.Piece, site.SegmentStart);
    }

    /// <summary>
    /// The names a 均 figure holds for: two to six listed items of two characters or more (not a list closed by 等),
    /// each named in full (基本养老保险、基本医疗保险参保率: 基本养老保险参保率); or null.
    /// </summary>
    private static string[]? EachListed(IndicatorName name)
    {
        if (name.Label is not null || name.Share || name.Name.IndexOf('等') >= 0) return null;
        var items = ValueRoles.SplitList(name.Name);
        if (items.Length < 2 || items.Length > 6) return null;
        foreach (var item in items) if (item.Length < 2) return null;
        var labels = ValueRoles.SharedModifier(items);
        var names = new string[items.Length];
        for (int i = 0; i < items.Length; i++) names[i] = labels?[i] ?? ValueRoles.WithSharedTail(items[i], items[items.Length - 1]);
        return names;
    }
}
