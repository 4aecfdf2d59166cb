using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// The span a run of paragraphs speaks about: a section titled for it (这是…的五年, 过去五年工作回顾) or a paragraph
/// that opens on it (过去五年，…; 五年来，…; “十四五”时期，…) sets it for the paragraphs that follow in the same
/// section, until a paragraph opens on one year (过去一年, 2025年，) or the section changes.
/// </summary>
internal sealed class SpanScope
{
    private bool _entered;
    private string? _section;
    private string? _part;
    private YearSpan? _span;

    /// <summary>Moves to the next paragraph and returns the span it inherits (null: the part's own year).</summary>
    public YearSpan? Enter(FactInput input, string text, FactContext context)
    {
        if (!_entered || input.SectionTitle != _section || input.PartTitle != _part)
        {
            _entered = true;
            _section = input.SectionTitle;
            _part = input.PartTitle;
            // A subsection inherits the span of its level-1 title (二、“十五五”时期主要目标任务 → ——坚持扩大有效需求…).
            _span = TitleSpan(input.SectionTitle, input, context) ?? TitleSpan(input.PartTitle, input, context);
        }
        int start = 0;
        int end = ClauseSplitter.SegmentEnd(text, start, text.Length);
        // 各位代表！: the address before the first words.
        if (end < text.Length && text[end] == '!' && end < 8) end = ClauseSplitter.SegmentEnd(text, start = end + 1, text.Length);
        // The last period words of the opening piece decide: a span sets it, one year (刚刚过去的2017年) ends it.
        var words = PeriodRules.Spans(text, start, end, input.Part, context, resets: true);
        if (PeriodRules.OpensOnOneYear(text, start)) _span = null;
        else if (words.Count > 0) _span = words[words.Count - 1].Span is { IsRange: true } opener ? opener : null;
        return _span;
    }

    /// <summary>A title that names one span and no single year (一、2025年和“十四五”时期工作回顾 names both: no span).</summary>
    private static YearSpan? TitleSpan(string? title, FactInput input, FactContext context)
    {
        if (string.IsNullOrEmpty(title)) return null;
        string text = CompactText.Create(title!).Text;
        var spans = PeriodRules.Spans(text, 0, text.Length, input.Part, context, false);
        if (spans.Count != 1 || text.IndexOf("一年", System.StringComparison.Ordinal) >= 0 || HasYear(text)) return null;
        return spans[0].Span;
    }

    private static bool HasYear(string text)
    {
        for (int i = 0; i + 4 < text.Length; i++)
        {
            if (text[i] is '1' or '2' && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && text[i + 4] == '年'
                && (i == 0 || !char.IsDigit(text[i - 1])) && (i + 5 >= text.Length || text[i + 5] != '-')) return true;
        }
        return false;
    }
}
