using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What every figure of one paragraph shares: its input, the report's years, the text, the span it inherits and the log.</summary>
internal sealed class FigureContext
{
    private int _sentence = -1;
    private List<(int End, YearSpan? Span)> _spans = new();
    private List<(int YearEnd, int Until)> _dated = new();
    private YearSpan? _pastYear;
    private int _scanned;

    public FigureContext(FactInput input, FactContext context, CompactText compact, YearSpan? carried, ExtractionLog? log)
    {
        Log = log;
        Input = input;
        Context = context;
        Compact = compact;
        Carried = carried;
    }

    public FactInput Input { get; }

    public FactContext Context { get; }

    public CompactText Compact { get; }

    /// <summary>Where values no rule could name are recorded (RSDK007), or null.</summary>
    public ExtractionLog? Log { get; }

    /// <summary>The span the paragraph inherits from its section or an opening phrase.</summary>
    public YearSpan? Carried { get; }

    /// <summary>由2020年的7.2%提升至7.4%: the year of a baseline does not date the value the change reached.</summary>
    private bool DatesOnlyItsBaseline(int yearEnd, int at)
    {
        foreach (var (end, until) in _dated)
        {
            if (end == yearEnd && at >= until) return true;
        }
        return false;
    }

    /// <summary>The last span (or one year, null) the value's sentence names before <paramref name="at"/>, else the inherited span.</summary>
    public YearSpan? SpanBefore(Clause clause, int at)
    {
        if (clause.SentenceStart != _sentence)
        {
            _sentence = clause.SentenceStart;
            // A sentence opening on the past year (过去一年，…; 去年，…) speaks for the sentences after it in the
            // paragraph, until one opens on another year (今年，…; 2011年，…): 过去一年，我们的各项工作取得了很大成绩。
            // 国内生产总值增长10.3%… reports results even inside the plan part. Sentences without figures count too.
            for (int p = _scanned; p <= clause.SentenceStart && p < Compact.Text.Length; p++)
            {
                if (p > 0 && !ClauseSplitter.IsSentenceEnd(Compact.Text[p - 1])) continue;
                // 过去五年，…: a paragraph that opens on the years reviewed reports them, also in the plan part.
                if (p == 0 && PeriodRules.PastSpanOpening(Compact.Text, 0, Context) is YearSpan reviewed) { _pastYear = reviewed; continue; }
                int opens = PeriodRules.OneYearOpening(Compact.Text, p);
                if (opens < 0) continue;
                int review = PeriodRules.DefaultYear(ReportPart.Review, Context);
                _pastYear = PeriodRules.OpensOnPastYear(Compact.Text, opens) ? new YearSpan(review, review) : null;
            }
            _scanned = clause.SentenceStart + 1;
            // A count of years with no word of its own direction (五年提高3.89个百分点) counts back in a paragraph that
            // reports the years reviewed, forward in the plan.
            var bareCounts = _pastYear is YearSpan { IsRange: true } ? ReportPart.Review : Input.Part;
            _spans = PeriodRules.Spans(Compact.Text, clause.SentenceStart, clause.SentenceEnd, bareCounts, Context, resets: true);
            _dated = PeriodRules.DatedBaselines(Compact.Text, clause.SentenceStart, clause.SentenceEnd);
        }
        // The last words before the value win: a span, or one year (今年, 2024年) that sets the span aside. Words in
        // the sentence's opening piece (五年来，…) hold for the sentence; others for their own clause (up to ；).
        int opening = ClauseSplitter.SegmentEnd(Compact.Text, clause.SentenceStart, clause.SentenceEnd);
        YearSpan? last = _pastYear ?? Carried;
        int lastEnd = -1;
        foreach (var (end, span) in _spans)
        {
            if (end <= at && (end <= opening || end > clause.Start) && !DatesOnlyItsBaseline(end, at)) (last, lastEnd) = (span, end);
        }
        // (The word of the mean stands in the value's own piece: 年均增长10.6%，从世界第六位上升到第四位 ranks one year.)
        if (last is YearSpan reached && !reached.IsRange && lastEnd > clause.Start
            && PeriodRules.NamesMeanOverYears(Compact.Text, Math.Max(lastEnd, ClauseSplitter.SegmentStart(Compact.Text, clause.Start, at)), at))
        {
            // 由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%: a mean over the years of a dated change runs from
            // the year after its baseline to the year the change reached.
            if (BaselineYearBefore(clause, lastEnd) is int baseline && baseline < reached.Start) return new YearSpan(baseline + 1, reached.Start);
            // 国内生产总值2000年达89404亿元，平均每年增长8.3% in a report that reviews five years: a mean over the years
            // reviewed, up to the review year it dates.
            if (Input.Part == ReportPart.Review && Context.ReviewStartYear is int first && first < reached.Start
                && reached.Start == PeriodRules.DefaultYear(ReportPart.Review, Context)) return new YearSpan(first, reached.Start);
        }
        return last;
    }

    /// <summary>The year of the last dated baseline (由2010年的…增加到) in the clause whose change ends by <paramref name="at"/>, or null.</summary>
    private int? BaselineYearBefore(Clause clause, int at)
    {
        int? year = null;
        foreach (var (yearEnd, until) in _dated)
        {
            if (yearEnd <= clause.Start || until > at) continue;
            foreach (var (end, span) in _spans)
            {
                if (end == yearEnd && span is YearSpan y && !y.IsRange) year = y.Start;
            }
        }
        return year;
    }
}
