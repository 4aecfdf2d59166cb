using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// The span a run of paragraphs speaks about: a section titled for it (这是…的五年, 过去五年工作回顾) or a paragraph
/// that opens on it (过去五年，…; 五年来，…; “十四五”时期，…) sets it for the paragraphs that follow in the same
/// section and the items of a list it opens (——…), until a paragraph opens on one year (过去一年, 2025年，) or the
/// section changes.
/// </summary>
internal sealed class SpanScope
{
    private bool _entered;
    private string? _section;
    private string? _part;
    private YearSpan? _span;
    // The last paragraph of a numbered section that opened on a span or one year: its section, part and span.
    private (string? Section, string? Part, YearSpan? Span)? _opener;

    /// <summary>Moves to the next paragraph and returns the span it inherits (null: the part's own year).</summary>
    public YearSpan? Enter(FactInput input, string text, FactContext context)
    {
        bool firstOfSection = !_entered || input.SectionTitle != _section || input.PartTitle != _part;
        if (firstOfSection)
        {
            _entered = true;
            _section = input.SectionTitle;
            _part = input.PartTitle;
            // A subsection inherits the span of its level-1 title (二、“十五五”时期主要目标任务 → ——坚持扩大有效需求…).
            var titled = TitleSpan(input.SectionTitle, input, context);
            _span = titled ?? TitleSpan(input.PartTitle, input, context);
            if (input.ListParentTitle is not null)
            {
                // 过去的五年极不寻常。 (henan 2026), 刚刚过去的2025年很不平凡。: an item titled for a span or one year opens
                // the items after it.
                if (titled is not null || NamesOneYear(input.SectionTitle)) _opener = (input.ListParentTitle, input.PartTitle, titled);
                // 五年来，…  ——发展质效不断提高，…年均增长5.9%: the items of a list keep the span the paragraph before the
                // list (or the item that opened it) opened on, in the section that holds it.
                else if (_opener is { } opener && opener.Section == input.ListParentTitle && opener.Part == input.PartTitle) _span = opener.Span;
            }
        }
        int start = 0;
        int end = ClauseSplitter.SegmentEnd(text, start, text.Length);
        // 各位代表！, 各位代表，: the address before the first words.
        if (end < text.Length && end < 8 && (text[end] == '!' || TextMatch.At(text, 0, "各位"))) end = ClauseSplitter.SegmentEnd(text, start = end + 1, text.Length);
        // The last period words of the opening piece decide: a span sets it, one year (刚刚过去的2017年) ends it.
        var words = PeriodRules.Spans(text, start, end, input.Part, context, resets: true);
        bool opens = true;
        if (PeriodRules.OpensOnOneYear(text, start)) _span = null;
        else if (words.Count > 0) _span = words[words.Count - 1].Span is { IsRange: true } opener ? opener : null;
        else opens = false;
        // A paragraph of a numbered section that opens on a span or a year: what a list after it keeps. A paragraph after
        // the first of a list item (刚刚过去的2025年，… after the last ——item) opens the next list of the item's section.
        if (input.ListParentTitle is null) _opener = opens ? (input.SectionTitle, input.PartTitle, _span) : null;
        else if (!firstOfSection && opens) _opener = (input.ListParentTitle, input.PartTitle, _span);
        return _span;
    }

    /// <summary>A title that names one span (once or more) and no single year (一、2025年和“十四五”时期工作回顾 names both: no span).</summary>
    private static YearSpan? TitleSpan(string? title, FactInput input, FactContext context)
    {
        if (string.IsNullOrEmpty(title)) return null;
        string text = CompactText.Create(title!).Text;
        var spans = PeriodRules.Spans(text, 0, text.Length, input.Part, context, false);
        if (spans.Count == 0 || text.IndexOf("一年", System.StringComparison.Ordinal) >= 0 || HasYear(text)) return null;
        // 这五年是西藏发展最好变化最大的五年: the same span named twice is one span.
        foreach (var (_, span) in spans) if (!Equals(span, spans[0].Span)) return null;
        return spans[0].Span;
    }

    /// <summary>A title that names one year (刚刚过去的2025年很不平凡, 过去一年).</summary>
    private static bool NamesOneYear(string? title)
    {
        if (string.IsNullOrEmpty(title)) return false;
        string text = CompactText.Create(title!).Text;
        return text.IndexOf("一年", System.StringComparison.Ordinal) >= 0 || HasYear(text);
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
