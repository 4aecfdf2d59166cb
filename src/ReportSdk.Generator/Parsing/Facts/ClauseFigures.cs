using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// The figures of one clause, value by value: a value inside a name is skipped, a 分别 list goes to
/// <see cref="RespectivelyLists"/>, a baseline (从 6 家增至 22 家) to <see cref="Baselines"/>, and any other value is
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
            else if (!Baselines.Read(reading, site)) Figure(reading, site);
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
        if ((site.Piece.Each || name.Each) && EachListed(name) is string[] items)
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
