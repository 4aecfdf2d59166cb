using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Finds every numeric fact in a report's paragraphs. Clause by clause (no rule crosses a ；/。): scan quantities,
/// drop the ones inside names, name each value from the piece of text before it (or the noun after it, or the
/// figure it qualifies), then type it (kind, direction, qualifiers, period, standard key).
/// </summary>
internal static class FactExtractor
{
    /// <summary>Extracts the facts of one report, in text order.</summary>
    public static EquatableArray<FactModel> Extract(IReadOnlyList<FactInput> paragraphs, FactContext context, CancellationToken cancellationToken)
        => Extract(paragraphs, context, cancellationToken, null);

    /// <summary>Extracts the facts of one report; <paramref name="log"/> (optional) records what yielded no fact.</summary>
    public static EquatableArray<FactModel> Extract(IReadOnlyList<FactInput> paragraphs, FactContext context, CancellationToken cancellationToken, ExtractionLog? log)
    {
        var facts = new List<FactModel>();
        foreach (var input in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                ExtractParagraph(input, context, facts, log);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A paragraph the rules cannot read yields no facts; the generator never throws (the log reports it).
                log?.Failures.Add((input.Paragraph.Line, e));
            }
        }
        return new EquatableArray<FactModel>(Distinct(facts));
    }

    /// <summary>A figure restated later in the report (地区生产总值增长预期目标安排在 4.5% 左右) is one fact, kept where it is first stated.</summary>
    private static FactModel[] Distinct(List<FactModel> facts)
    {
        var seen = new HashSet<(string, string?, decimal, string, IndicatorKind, int, bool)>();
        var result = new List<FactModel>(facts.Count);
        foreach (var f in facts)
        {
            if (seen.Add((f.Name, f.Label, f.Value, f.Unit, f.Kind, f.Period, f.IsSpan))) result.Add(f);
        }
        return result.ToArray();
    }

    /// <summary>What a value is called: the name as written, the label when the name alone is vague, the basis of an adjusted rate.</summary>
    private sealed record Naming(string Name, string? Label, bool Adjusted, bool Share = false);

    /// <summary>Heads so generic that the piece before names what they count (深化老旧小区综合整治，实施项目 38 个).</summary>
    private static readonly string[] GenericHeads = { "项目", "工程" };

    /// <summary>Action verbs that open a piece of plan prose (深化…, 推进…) and are not part of what is counted.</summary>
    private static readonly string[] ActionVerbs =
    {
        "深化", "推进", "加快", "推动", "实施", "开展", "启动", "加强", "持续推进", "全面推进", "扎实推进", "稳步推进", "完成", "抓好",
    };

    private sealed record Draft(Naming Naming, NumberToken Token, bool Rate);

    internal static void ExtractParagraph(FactInput input, FactContext context, List<FactModel> facts, ExtractionLog? log = null)
    {
        var paragraph = input.Paragraph;
        var compact = CompactText.Create(paragraph.Text);
        string text = compact.Text;
        var clauses = ClauseSplitter.Split(text);
        var estimated = QualifierRules.EstimatedScopes(text, clauses);
        int period = KindAndPeriodRules.Period(input.Part, context);

        Draft? previous = null;
        int sentence = -1;
        foreach (var clause in clauses)
        {
            if (clause.SentenceStart != sentence)
            {
                sentence = clause.SentenceStart;
                previous = null;
            }
            int mainTargetStart = input.Part == ReportPart.Plan || input.IsMainTargets ? KindAndPeriodRules.MainTargetStart(text, clause) : -1;
            string quote = Quote(paragraph.Text, compact, clause);
            var tokens = NumberScanner.Scan(text, clause.Start, clause.End);
            var drafts = new List<Draft>();
            var positions = new List<int>();
            var clauseFacts = new List<(int Position, FactModel Fact)>();
            int boundary = clause.Start;
            for (int i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                if (next is not null && IsInsideName(text, token, next)) continue;

                int segmentStart = QualifierRules.SegmentStart(text, clause.Start, token.Start);
                int pieceStart = Math.Max(segmentStart, boundary);
                bool parenthetical = OpenParenthesis(text, pieceStart, token.Start, out int paren);
                if (parenthetical) pieceStart = paren + 1;
                var analysis = IndicatorNamer.Analyze(text, pieceStart, token.Start);
                boundary = token.End;

                // 分别: this value and the ones joined to it by 、 pair in order with the figures named before.
                if (analysis.Respectively)
                {
                    var group = new List<NumberToken> { token };
                    while (i + 1 < tokens.Count && IsJoined(text, tokens[i], tokens[i + 1]))
                    {
                        group.Add(tokens[++i]);
                        boundary = tokens[i].End;
                    }
                    var levels = drafts.FindAll(d => !d.Rate);
                    for (int g = 0; g < group.Count; g++)
                    {
                        Naming? naming = levels.Count >= group.Count ? levels[levels.Count - group.Count + g].Naming : previous?.Naming;
                        if (naming is null)
                        {
                            log?.AddUnclassified(paragraph, compact, group[g]);
                            continue;
                        }
                        var draft = new Draft(naming, group[g], analysis.Direction is not null);
                        Emit(clauseFacts, draft, analysis, input, context, period, compact, clause, quote, estimated, mainTargetStart, segmentStart);
                    }
                    continue;
                }

                // 从 6 家增至 22 家: the first value is the baseline the change starts from.
                if (IsBaseline(text, pieceStart, token, clause.End, out int from))
                {
                    var baselineName = IndicatorNamer.Analyze(text, pieceStart, from);
                    if (baselineName.HasName) previous = new Draft(WithSubject(compact, baselineName.NameStart, baselineName.NameEnd), token, false);
                    continue;
                }

                Naming? name = NameFrom(compact, analysis, token, clause, segmentStart, next, previous, parenthetical, out int usedEnd);
                if (usedEnd > boundary) boundary = usedEnd;
                if (name is null)
                {
                    log?.AddUnclassified(paragraph, compact, token);
                    continue;
                }
                if (name.Label is null && !ReferenceEquals(name, previous?.Naming))
                {
                    string? topic = IndicatorNamer.TopicLabel(compact, clause.SentenceStart, pieceStart, name.Name);
                    if (topic is not null) name = name with { Label = topic };
                }
                var fact = new Draft(name, token, analysis.Direction is not null);
                drafts.Add(fact);
                previous = fact;
                positions.Add(token.Start);
                Emit(clauseFacts, fact, analysis, input, context, period, compact, clause, quote, estimated, mainTargetStart, segmentStart);
            }

            int lastRankEnd = clause.Start;
            foreach (var rank in RankRules.Scan(text, clause.Start, clause.End))
            {
                var ranked = RankedThing(compact, clause, rank, drafts, positions, lastRankEnd);
                lastRankEnd = rank.End;
                if (ranked is null) continue;
                clauseFacts.Add((rank.Start, new FactModel(
                    ranked.Name, ranked.Label, null, rank.Value, null, rank.ValueText, "位", IndicatorKind.Rank, null, Qualifiers.None,
                    period, false, rank.Start >= mainTargetStart && mainTargetStart >= 0, quote,
                    paragraph.LineAt(compact.SourceOffset(rank.Start)), input.SectionTitle)));
            }
            facts.AddRange(clauseFacts.OrderBy(f => f.Position).Select(f => f.Fact));
        }
    }

    /// <summary>Words that say what of the figure before is ranked (增速全市排名第六 ranks the growth named before).</summary>
    /// <summary>Scopes written before a rank verb.</summary>
    private static readonly string[] RankScopes = { "全国", "全市", "全省", "全区", "城六区", "中心城区", "生态涵养区", "同类城市", "组内" };

    private static readonly string[] RankedAspects = { "增速", "增幅", "数量", "总量", "规模", "均", "总额", "金额" };

    /// <summary>What a rank ranks: the name before its verb, or the figure stated before it in the clause.</summary>
    private static Naming? RankedThing(CompactText compact, Clause clause, RankToken rank, List<Draft> drafts, List<int> positions, int lastRankEnd)
    {
        string text = compact.Text;
        int index = positions.FindLastIndex(p => p < rank.VerbStart);
        var before = index >= 0 ? drafts[index] : null;
        int start = Math.Max(QualifierRules.SegmentStart(text, clause.Start, rank.VerbStart), before?.Token.End ?? clause.Start);
        if (lastRankEnd > start && lastRankEnd <= rank.VerbStart) start = lastRankEnd;
        // The scope of a rank may stand before its verb (增速全市排名第六); it is not part of what is ranked.
        int end = rank.VerbStart;
        foreach (var scope in RankScopes)
        {
            if (end - scope.Length > start && NumberScanner.At(text, end - scope.Length, scope)) { end -= scope.Length; break; }
        }
        var analysis = IndicatorNamer.Analyze(text, start, end);
        string own = analysis.HasName ? IndicatorNamer.NameText(compact, analysis.NameStart, analysis.NameEnd) : string.Empty;
        if (own.Length > 0 && !Array.Exists(RankedAspects, a => own.EndsWith(a, StringComparison.Ordinal) && own.Length <= a.Length + 1))
        {
            return new Naming(own, null, false);
        }
        if (before is null) return own.Length > 0 ? new Naming(own, null, false) : null;
        return new Naming(before.Naming.Name, own.Length > 0 ? before.Naming.Name + own : before.Naming.Label, false);
    }

    private static Naming? NameFrom(CompactText compact, NameAnalysis analysis, NumberToken token, Clause clause, int segmentStart,
        NumberToken? next, Draft? previous, bool parenthetical, out int usedEnd)
    {
        string text = compact.Text;
        usedEnd = token.End;
        int nameEnd = analysis.NameEnd;
        // 居民消费价格涨幅: a rate noun stays in the name when name and noun together are a standard indicator.
        if (analysis.RateNounEnd > nameEnd && analysis.HasName
            && StandardIndicatorMatcher.IsAlias(compact.Text.Substring(analysis.NameStart, analysis.RateNounEnd - analysis.NameStart))
            && analysis.RateNounEnd - nameEnd == 2)
        {
            nameEnd = analysis.RateNounEnd;
        }
        string before = analysis.HasName ? IndicatorNamer.NameText(compact, analysis.NameStart, nameEnd) : string.Empty;

        // An adjusted rate in parentheses or after a basis phrase (同口径, 还原…影响后) qualifies the figure before it.
        bool basis = before.EndsWith("后", StringComparison.Ordinal) || before.EndsWith("口径", StringComparison.Ordinal);
        if ((parenthetical || basis) && previous is not null)
        {
            string qualifier = before.Length > 0 ? "（" + before + "）" : string.Empty;
            return new Naming(previous.Naming.Name, previous.Naming.Name + qualifier, true);
        }

        // 占全市…的 50%: the share the figure before has of a whole.
        if (before.StartsWith("占", StringComparison.Ordinal) && previous is not null && !previous.Rate)
        {
            return new Naming(previous.Naming.Name, previous.Naming.Name + before.TrimEnd('的'), true, Share: true);
        }

        // The noun after the value names it when nothing before does (新建 1000 张养老家庭照护床位; 人形机器人等 30 余项支持政策).
        int segmentEnd = QualifierRules.SegmentEnd(text, token.End, clause.End);
        if (next is not null && next.Start < segmentEnd) segmentEnd = next.Start;
        string after = FollowingNoun(compact, token.End, segmentEnd);
        if (IsMilestone(after)) return before.Length > 0 ? WithSubject(compact, analysis.NameStart, nameEnd) : null;
        if (after.Length > 0 && (before.Length <= 2 || before.EndsWith("等", StringComparison.Ordinal)))
        {
            usedEnd = segmentEnd;
            return new Naming(after, null, false);
        }

        // 深化老旧小区综合整治，实施项目 38 个: a generic head counts what the piece before names.
        if (before.Length <= 4 && Array.Exists(GenericHeads, h => before.EndsWith(h, StringComparison.Ordinal)) && segmentStart > clause.Start + 1)
        {
            int previousStart = QualifierRules.SegmentStart(text, clause.Start, segmentStart - 1);
            int s = previousStart;
            foreach (var verb in ActionVerbs)
            {
                if (NumberScanner.At(text, s, verb)) { s += verb.Length; break; }
            }
            string subject = IndicatorNamer.NameText(compact, s, segmentStart - 1);
            if (s > previousStart && subject.Length >= 2 && !subject.Any(char.IsDigit)) return new Naming(subject, subject + before, false);
        }
        if (before.Length > 0) return WithSubject(compact, analysis.NameStart, nameEnd);
        return previous?.Naming;
    }

    private static Naming WithSubject(CompactText compact, int start, int end)
    {
        var (subjectEnd, label) = IndicatorNamer.SplitSubject(compact, start, end);
        return new Naming(IndicatorNamer.NameText(compact, start, subjectEnd), label, false);
    }

    /// <summary>突破 200 亿元关口: a threshold passed, restating a figure, not a new fact.</summary>
    private static bool IsMilestone(string after) =>
        after.StartsWith("关口", StringComparison.Ordinal) || after.StartsWith("大关", StringComparison.Ordinal)
        || after.StartsWith("台阶", StringComparison.Ordinal) || after.StartsWith("门槛", StringComparison.Ordinal)
        || after.StartsWith("量级", StringComparison.Ordinal);

    private static string FollowingNoun(CompactText compact, int start, int end)
    {
        string text = compact.Text;
        if (start < end && text[start] == '的') start++;
        // A list goes on after the noun: 4 个集体、2 名个人; 28 项重点任务和 60 个重大项目.
        while (end > start && (text[end - 1] == '、' || text[end - 1] == '和' || text[end - 1] == '及' || text[end - 1] == '与')) end--;
        if (start >= end || text[start] == '、' || text[start] == '(' || text[start] == ')') return string.Empty;
        char first = text[start];
        if (first < 0x4E00 && !IndicatorNamer.IsQuote(first) && !UnitLexicon.IsAsciiLetter(first) && !char.IsDigit(first)) return string.Empty;
        // A rate or comparison after the value is not a noun (980 亿元同比增长 2%).
        for (int e = start + 1; e <= end; e++)
        {
            var link = QualifierRules.EndingAt(text, start, e);
            if (link is not null && e - link.Value.Word.Length == start) return string.Empty;
        }
        return IndicatorNamer.NameText(compact, start, end);
    }

    /// <summary>
    /// A quantity followed by more of the name and then another value in the same piece belongs to that name
    /// (新增收入 100 万元以上集体经济强村不少于 10 个; 518 家文化产业单位总收入…1000 亿元).
    /// </summary>
    private static bool IsInsideName(string text, NumberToken token, NumberToken next)
    {
        int s = token.End, e = next.Start;
        if (s >= e) return false;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (ClauseSplitter.IsSegmentEnd(c) || c == '、' || c == '(' || c == ')') return false;
        }
        // Only link words between the two (980 亿元同比增长 2%): two facts.
        while (e > s)
        {
            var link = QualifierRules.EndingAt(text, s, e);
            if (link is null) break;
            e -= link.Value.Word.Length;
        }
        // A list of counted things (28 项重点任务和 60 个重大项目) is not one name.
        if (e > s && (text[e - 1] == '和' || text[e - 1] == '及' || text[e - 1] == '与')) return false;
        for (int i = s; i < e; i++) if (text[i] >= 0x4E00) return true;
        return false;
    }

    private static readonly string[] ChangeTo =
    {
        "增至", "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "升至",
        "降至", "降到", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "扩大到", "扩大至", "缩短到", "缩短至", "到", "至",
    };

    /// <summary>从/由 N … 增至/提高到 M: N is where the change started, M the fact.</summary>
    private static bool IsBaseline(string text, int pieceStart, NumberToken token, int clauseEnd, out int from)
    {
        from = token.Start;
        int i = token.Start;
        foreach (var hedge in new[] { "不足", "不到", "约", "近" })
        {
            if (i - hedge.Length >= pieceStart && NumberScanner.At(text, i - hedge.Length, hedge)) { i -= hedge.Length; break; }
        }
        if (i - 1 < pieceStart || (text[i - 1] != '从' && text[i - 1] != '由')) return false;
        from = i - 1;
        foreach (var verb in ChangeTo)
        {
            if (token.End + verb.Length <= clauseEnd && NumberScanner.At(text, token.End, verb)) return true;
        }
        return false;
    }

    private static bool IsJoined(string text, NumberToken first, NumberToken second)
    {
        for (int i = first.End; i < second.Start; i++) if (text[i] != '、' && text[i] != ',') return false;
        return second.Start - first.End <= 1;
    }

    private static bool OpenParenthesis(string text, int start, int end, out int index)
    {
        index = -1;
        for (int i = end - 1; i >= start; i--)
        {
            if (text[i] == ')') return false;
            if (text[i] == '(') { index = i; return true; }
        }
        // The piece may start right after the parenthesis (boundary at the previous value).
        if (start > 0 && text[start - 1] == '(') { index = start - 1; return true; }
        return false;
    }

    private static void Emit(List<(int Position, FactModel Fact)> facts, Draft draft, NameAnalysis analysis, FactInput input, FactContext context, int period,
        CompactText compact, Clause clause, string quote, List<(int Start, int End)> estimated, int mainTargetStart, int segmentStart)
    {
        var token = draft.Token;
        string text = compact.Text;
        var qualifiers = analysis.Qualifiers | token.After;
        foreach (var (s, e) in estimated)
        {
            if (token.Start >= s && token.Start < e) qualifiers |= Qualifiers.Estimated;
        }
        // 力争…以上 is a floor the plan commits to, not a figure already passed.
        if ((qualifiers & Qualifiers.Over) != 0 && (token.After & Qualifiers.Over) != 0
            && token.Start > segmentStart && text.IndexOf("力争", segmentStart, token.Start - segmentStart, StringComparison.Ordinal) >= 0)
        {
            qualifiers = (qualifiers & ~Qualifiers.Over) | Qualifiers.AtLeast;
        }

        var naming = draft.Naming;
        var kind = naming.Share && analysis.Direction is null
            ? IndicatorKind.Share
            : KindAndPeriodRules.Kind(naming.Name, token.Unit, analysis.Direction, input.Part);
        Direction? direction = kind is IndicatorKind.Growth or IndicatorKind.TargetGrowth ? analysis.Direction : null;
        StandardIndicator? standard = naming.Adjusted ? null : StandardIndicatorMatcher.Match(naming.Name, kind);
        int line = input.Paragraph.LineAt(compact.SourceOffset(token.Start));
        bool main = mainTargetStart >= 0 && token.Start >= mainTargetStart;
        facts.Add((token.Start, new FactModel(
            naming.Name,
            naming.Label,
            standard,
            token.Value,
            token.ValueHigh,
            token.ValueText,
            token.Unit,
            kind,
            direction,
            qualifiers,
            period,
            analysis.Span,
            main,
            quote,
            line,
            input.SectionTitle)));
    }

    private static string Quote(string source, CompactText compact, Clause clause)
    {
        if (clause.End <= clause.Start) return string.Empty;
        int start = compact.SourceOffset(clause.Start);
        int end = compact.SourceOffset(clause.End - 1) + 1;
        return source.Substring(start, end - start).Trim();
    }
}
