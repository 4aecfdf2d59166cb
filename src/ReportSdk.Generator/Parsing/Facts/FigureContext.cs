using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What every figure of one paragraph shares: its input, the report's years, the text and the span it inherits.</summary>
internal sealed class FigureContext
{
    private int _sentence = -1;
    private List<(int End, YearSpan? Span)> _spans = new();

    public FigureContext(FactInput input, FactContext context, CompactText compact, YearSpan? carried)
    {
        Input = input;
        Context = context;
        Compact = compact;
        Carried = carried;
    }

    public FactInput Input { get; }

    public FactContext Context { get; }

    public CompactText Compact { get; }

    /// <summary>The span the paragraph inherits from its section or an opening phrase.</summary>
    public YearSpan? Carried { get; }

    /// <summary>The last span (or one year, null) the value's sentence names before <paramref name="at"/>, else the inherited span.</summary>
    public YearSpan? SpanBefore(Clause clause, int at)
    {
        if (clause.SentenceStart != _sentence)
        {
            _sentence = clause.SentenceStart;
            _spans = PeriodRules.Spans(Compact.Text, clause.SentenceStart, clause.SentenceEnd, Input.Part, Context, resets: true);
        }
        // The last words before the value win: a span, or one year (今年, 2024年) that sets the span aside. Words in
        // the sentence's opening piece (五年来，…) hold for the sentence; others for their own clause (up to ；).
        int opening = QualifierRules.SegmentEnd(Compact.Text, clause.SentenceStart, clause.SentenceEnd);
        YearSpan? last = Carried;
        foreach (var (end, span) in _spans)
        {
            if (end <= at && (end <= opening || end > clause.Start)) last = span;
        }
        return last;
    }
}
