using System;
using System.Collections.Generic;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Finds every numeric fact in a report's paragraphs. Clause by clause (no rule crosses a ；/。): scan quantities
/// (<see cref="NumberScanner"/>), read the figures (<see cref="ClauseFigures"/>: name each value from the piece of
/// text before it, the noun after it or the figure it qualifies, pair 分别 lists, then type it) and the ranks
/// (<see cref="RankFacts"/>). docs/facts.md walks the steps.
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

    /// <summary>Extracts the facts of one paragraph, clause by clause, into <paramref name="facts"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    internal static void ExtractParagraph(FactInput input, FactContext context, List<FactModel> facts, ExtractionLog? log = null, SpanScope? scope = null)
    {
        var paragraph = input.Paragraph;
        var compact = CompactText.Create(paragraph.Text);
        string text = compact.Text;
        var clauses = ClauseSplitter.Split(text);
        var estimated = EstimateScopes.Find(text, clauses);
        var carried = (scope ?? new SpanScope()).Enter(input, text, context);
        var figure = new FigureContext(input, context, compact, carried, log);
        var mainTargets = new MainTargetScope(text, input);

        NamedValue? previous = null;
        int sentence = -1;
        int first = facts.Count;
        var sentences = new List<int>();
        foreach (var clause in clauses)
        {
            // A value takes the name of one before it only within its sentence.
            if (clause.SentenceStart != sentence)
            {
                sentence = clause.SentenceStart;
                previous = null;
            }
            int mainTargetStart = mainTargets.Enter(clause);
            var tokens = NumberScanner.Scan(text, clause.Start, clause.End);
            if (tokens.Count > 0) mainTargets.StatesFigures();
            var reading = new ClauseReading(figure, clause, Quote(paragraph.Text, compact, clause), estimated, mainTargetStart, previous);
            ClauseFigures.Add(reading, tokens);
            RankFacts.Add(reading);
            previous = reading.Previous;
            AddInPositionOrder(facts, reading.Facts);
            while (sentences.Count < facts.Count - first) sentences.Add(sentence);
        }
        DropThresholdsBeforeLevels(facts, first, sentences);
    }

    /// <summary>
    /// 农村居民人均可支配收入首次突破2万元、达到20793元: a threshold passed, followed in the sentence by the level itself of
    /// the same figure, is no figure of its own; the level is.
    /// </summary>
    private static void DropThresholdsBeforeLevels(List<FactModel> facts, int first, List<int> sentences)
    {
        for (int i = facts.Count - 2; i >= first; i--)
        {
            FactModel threshold = facts[i], level = facts[i + 1];
            if (sentences[i - first] != sentences[i + 1 - first] || (threshold.Qualifiers & Qualifiers.Over) == 0
                || threshold.Measure != Measure.Level || level.Measure != Measure.Level
                || (level.Qualifiers & (Qualifiers.Over | Qualifiers.AtLeast | Qualifiers.Nearly | Qualifiers.Range)) != 0
                || threshold.Name != level.Name || threshold.PeriodStart != level.PeriodStart || threshold.PeriodEnd != level.PeriodEnd
                || !Units.TrySplit(threshold.Unit, out decimal thresholdFactor, out string thresholdBase)
                || !Units.TrySplit(level.Unit, out decimal levelFactor, out string levelBase)
                || thresholdBase != levelBase || level.Value * levelFactor < threshold.Value * thresholdFactor)
            {
                continue;
            }
            facts.RemoveAt(i);
            sentences.RemoveAt(i - first);
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

    private static string Quote(string source, CompactText compact, Clause clause)
    {
        if (clause.End <= clause.Start) return string.Empty;
        int start = compact.SourceOffset(clause.Start);
        int end = compact.SourceOffset(clause.End - 1) + 1;
        return source.Substring(start, end - start).Trim();
    }
}
