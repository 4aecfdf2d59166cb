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
        var scope = new SpanScope();
        foreach (var input in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                ExtractParagraph(input, context, facts, log, scope);
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
        var seen = new HashSet<(string, string?, decimal, string, IndicatorKind, int, int)>();
        var result = new List<FactModel>(facts.Count);
        foreach (var f in facts)
        {
            if (seen.Add((f.Name, f.Label, f.Value, f.Unit, f.Kind, f.PeriodStart, f.PeriodEnd))) result.Add(f);
        }
        return result.ToArray();
    }

    internal static void ExtractParagraph(FactInput input, FactContext context, List<FactModel> facts, ExtractionLog? log = null, SpanScope? scope = null)
    {
        var paragraph = input.Paragraph;
        var compact = CompactText.Create(paragraph.Text);
        string text = compact.Text;
        var clauses = ClauseSplitter.Split(text);
        var estimated = QualifierRules.EstimatedScopes(text, clauses);
        var carried = (scope ?? new SpanScope()).Enter(input, text, context);
        var figure = new FigureContext(input, context, compact, carried);

        Draft? previous = null;
        int sentence = -1;
        // 主要预期目标是：A。B，C。: the list goes on in the next sentences of the paragraph while they state figures.
        bool mainList = false, sentenceMain = false, sentenceFigures = false;
        foreach (var clause in clauses)
        {
            if (clause.SentenceStart != sentence)
            {
                mainList = sentenceMain && sentenceFigures;
                sentenceMain = sentenceFigures = false;
                sentence = clause.SentenceStart;
                previous = null;
            }
            int mainTargetStart = input.Part == ReportPart.Plan || input.IsMainTargets ? MeasureRules.MainTargetStart(text, clause) : -1;
            if (mainTargetStart >= 0 || mainList) sentenceMain = true;
            if (mainTargetStart < 0 && mainList) mainTargetStart = clause.Start;
            string quote = Quote(paragraph.Text, compact, clause);
            var tokens = NumberScanner.Scan(text, clause.Start, clause.End);
            if (tokens.Count > 0) sentenceFigures = true;
            var drafts = new List<Draft>();
            var positions = new List<int>();
            var clauseFacts = new List<(int Position, FactModel Fact)>();
            int boundary = clause.Start;
            for (int i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Rejected is not null)
                {
                    log?.AddUnclassified(paragraph, compact, token);
                    boundary = token.End;
                    continue;
                }
                var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                if (next is not null && ValueRoles.IsInsideName(text, token, next)) continue;

                int segmentStart = QualifierRules.SegmentStart(text, clause.Start, token.Start);
                int pieceStart = Math.Max(segmentStart, boundary);
                bool parenthetical = ValueRoles.OpenParenthesis(text, pieceStart, token.Start, out int paren);
                if (parenthetical) pieceStart = paren + 1;
                var analysis = IndicatorNamer.Analyze(text, pieceStart, token.Start);
                boundary = token.End;

                // 分别: this value and the ones joined to it by 、 pair in order with the figures named before.
                // 分别达6.9万元、3.4万元，增长4.2%、5.3%: an unnamed list of rates after paired levels pairs the same way.
                bool listedRates = !analysis.HasName && analysis.Direction is not null && next is not null
                    && ValueRoles.IsJoined(text, token, next) && drafts.FindAll(d => !d.Rate).Count >= 2;
                if (analysis.Respectively || listedRates)
                {
                    var group = new List<NumberToken> { token };
                    while (i + 1 < tokens.Count && ValueRoles.IsJoined(text, tokens[i], tokens[i + 1]))
                    {
                        group.Add(tokens[++i]);
                        boundary = tokens[i].End;
                    }
                    var levels = drafts.FindAll(d => !d.Rate);
                    // 诉求解决率、群众满意率分别达到 95.5%和 96.1%: the names listed before 分别 pair with the values.
                    var listed = analysis.HasName ? ValueRoles.SplitList(IndicatorNamer.NameText(compact, analysis.NameStart, analysis.NameEnd)) : null;
                    // 城乡居民人均可支配收入分别增长5%、6.5%: a paired scope names two figures.
                    if (listed is { Length: 1 } && group.Count == 2) listed = ValueRoles.ExpandPair(listed[0]) ?? listed;
                    string?[]? labels = listed is not null && listed.Length == group.Count && group.Count > 1 ? ValueRoles.SharedHead(listed) : null;
                    for (int g = 0; g < group.Count; g++)
                    {
                        // 城镇和农村居民人均可支配收入: each item is named in full (城镇居民人均可支配收入).
                        Naming? naming = listed is not null && listed.Length == group.Count && group.Count > 1 ? new Naming(labels?[g] ?? listed[g], null, false)
                            : levels.Count >= group.Count ? levels[levels.Count - group.Count + g].Naming
                            : analysis.HasName ? new Naming(IndicatorNamer.NameText(compact, analysis.NameStart, analysis.NameEnd), null, false)
                            : previous?.Naming;
                        if (naming is null)
                        {
                            log?.AddUnclassified(paragraph, compact, group[g]);
                            continue;
                        }
                        var draft = new Draft(naming, group[g], analysis.Direction is not null);
                        // Levels paired by 分别 are what a later 分别增长 in the clause pairs with.
                        if (!draft.Rate && !UnitLexicon.IsRate(group[g].Unit))
                        {
                            drafts.Add(draft);
                            positions.Add(group[g].Start);
                            previous = draft;
                        }
                        Emit(clauseFacts, draft, analysis, figure, clause, quote, estimated, mainTargetStart, segmentStart);
                    }
                    continue;
                }

                // 从 6 家增至 22 家: the first value is the baseline the change starts from.
                if (ValueRoles.IsBaseline(text, pieceStart, token, clause.End, out int from))
                {
                    var baselineName = IndicatorNamer.Analyze(text, pieceStart, from);
                    if (baselineName.HasName) previous = new Draft(FactNaming.WithSubject(compact, baselineName.NameStart, baselineName.NameEnd), token, false);
                    continue;
                }

                Naming? name = FactNaming.NameFrom(compact, analysis, token, clause, segmentStart, next, previous, parenthetical, out int usedEnd);
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
                Emit(clauseFacts, fact, analysis, figure, clause, quote, estimated, mainTargetStart, segmentStart);
            }

            int lastRankEnd = clause.Start;
            foreach (var rank in RankRules.Scan(text, clause.Start, clause.End))
            {
                var ranked = FactNaming.RankedThing(compact, clause, rank, drafts, positions, lastRankEnd);
                lastRankEnd = rank.End;
                if (ranked is null) continue;
                var span = figure.SpanBefore(clause, rank.Start);
                var rankPeriod = PeriodRules.Period(text, clause, clause.Start, rank.Start, Measure.Rank, input.Part, context, span);
                clauseFacts.Add((rank.Start, new FactModel(
                    ranked.Name, ranked.Label, null, rank.Value, null, rank.ValueText, "位", Measure.Rank,
                    PeriodRules.Status(input.Part, span, Qualifiers.None, context), null, Qualifiers.None,
                    rankPeriod.Start, rankPeriod.End, rank.Start >= mainTargetStart && mainTargetStart >= 0, quote,
                    paragraph.LineAt(compact.SourceOffset(rank.Start)), input.SectionTitle)));
            }
            AddInPositionOrder(facts, clauseFacts);
        }
    }

    /// <summary>
    /// Adds a clause's facts in text order: a stable insertion sort in place (a clause holds a handful of facts,
    /// mostly in order already), instead of a LINQ sort that allocated its buffers for every clause.
    /// </summary>
    private static void AddInPositionOrder(List<FactModel> facts, List<(int Position, FactModel Fact)> clauseFacts)
    {
        for (int i = 1; i < clauseFacts.Count; i++)
        {
            var item = clauseFacts[i];
            int j = i - 1;
            for (; j >= 0 && clauseFacts[j].Position > item.Position; j--) clauseFacts[j + 1] = clauseFacts[j];
            clauseFacts[j + 1] = item;
        }
        foreach (var (_, fact) in clauseFacts) facts.Add(fact);
    }

    /// <summary>Types a named value (measure, status, direction, qualifiers, period, standard key) and records it at its position.</summary>
    private static void Emit(List<(int Position, FactModel Fact)> facts, Draft draft, NameAnalysis analysis, FigureContext figure,
        Clause clause, string quote, List<(int Start, int End)> estimated, int mainTargetStart, int segmentStart)
    {
        var token = draft.Token;
        var input = figure.Input;
        string text = figure.Compact.Text;
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
        // 提升 656 公里公交专用道使用效率: the verb acts on the noun after the value; the value is no rate.
        var rateDirection = naming.After ? null : analysis.Direction;
        var measure = naming.Share && analysis.Direction is null
            ? Measure.Share
            : MeasureRules.Measure(naming.Name, token.Unit, rateDirection);
        Direction? direction = measure == Measure.Change ? rateDirection : null;
        var span = figure.SpanBefore(clause, token.Start);
        var period = PeriodRules.Period(text, clause, segmentStart, token.Start, measure, input.Part, figure.Context, span);
        var status = PeriodRules.Status(input.Part, span, qualifiers, figure.Context);
        StandardIndicator? standard = naming.Adjusted ? null : StandardIndicatorMatcher.Match(naming.Name, measure, token.Unit);
        int line = input.Paragraph.LineAt(figure.Compact.SourceOffset(token.Start));
        // A five-year goal (“十五五”时期主要目标是：年均增长5%) is no plan-year main target.
        bool main = mainTargetStart >= 0 && token.Start >= mainTargetStart && !period.IsRange && status == FactStatus.Target;
        facts.Add((token.Start, new FactModel(
            naming.Name,
            naming.Label,
            standard,
            token.Value,
            token.ValueHigh,
            token.ValueText,
            token.Unit,
            measure,
            status,
            direction,
            qualifiers,
            period.Start,
            period.End,
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
