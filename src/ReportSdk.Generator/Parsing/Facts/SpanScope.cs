using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// The span a run of paragraphs speaks about: a section titled for it (这是…的五年, 过去五年工作回顾) or a paragraph
/// that opens on it (过去五年，…; 五年来，…; “十四五”时期，…) sets it for the paragraphs that follow in the same
/// section and for the subsections and list items after it (（一）…, ——…), until a paragraph opens on one year
/// (过去一年, 2025年，) or the section changes.
/// </summary>
internal sealed class SpanScope
{
    private bool _entered;
    private string? _section;
    private string? _part;
    private YearSpan? _span;
    // Per section (part title, section title): the span (or one year, null) the paragraph right before its subsections
    // and list items opened on, which they inherit.
    private readonly Dictionary<(string?, string?), YearSpan?> _openers = new();
    // “十五五”时期，要努力实现以下目标任务： a paragraph that opens on a span and announces a list: the sections that
    // follow it (一是…, 二是… read as headings where the part titles lost their numbers) keep the span, until a
    // paragraph opens on other years.
    private YearSpan? _announced;

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
            if (input.ParentTitle is not null)
            {
                var parent = (input.PartTitle, input.ParentTitle);
                // 过去的五年极不寻常。 (henan 2026), 刚刚过去的2025年很不平凡。: an item titled for a span or one year opens
                // the items after it.
                if (input.ListItem && (titled is not null || NamesOneYear(input.SectionTitle))) _openers[parent] = titled;
                // 五年来，…  ——发展质效不断提高，…年均增长5.9%; “十四五”时期是…  （一）…: the items and subsections of a
                // section keep the span its last opening paragraph (or the item that opened the list) set. One year
                // ends a list; a numbered subsection keeps its titles' span over it, and a plan's subsections plan
                // (结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议 opens no past span for them).
                else if (titled is null && _openers.TryGetValue(parent, out var opened) && (input.ListItem || Plans(opened, input.Part, context))) _span = opened;
            }
            else if (titled is null && _announced is YearSpan announced && Plans(announced, input.Part, context)) _span = announced;
        }
        int start = 0;
        int end = ClauseSplitter.SegmentEnd(text, start, text.Length);
        // 各位代表！, 各位代表，: the address before the first words.
        if (end < text.Length && end < 8 && (text[end] == '!' || TextMatch.At(text, 0, "各位"))) end = ClauseSplitter.SegmentEnd(text, start = end + 1, text.Length);
        // The last period words of the opening piece decide: a span sets it, one year (刚刚过去的2017年) ends it.
        var words = PeriodRules.Spans(text, start, end, input.Part, context, resets: true);
        bool opens = true;
        if (PeriodRules.OpensOnOneYear(text, start)) _span = null;
        else if (Horizon(text, start, context) is YearSpan horizon) _span = _span is { IsRange: true } titled && titled.End == horizon.End ? titled : horizon;
        else if (words.Count > 0) _span = words[words.Count - 1].Span is { IsRange: true } opener ? opener : null;
        else opens = false;
        // Only the paragraph right before them opens a section's items and subsections: one that opens on nothing ends it.
        if (!opens && !input.ListItem) _openers.Remove((input.PartTitle, input.SectionTitle));
        if (opens) _announced = _span is { IsRange: true } && SectionParser.EndsWithColon(text) ? _span : null;
        if (opens)
        {
            _openers[(input.PartTitle, input.SectionTitle)] = _span;
            // A paragraph after the first of a list item (刚刚过去的2025年，… after the last ——item) opens the next list
            // of the item's section; an item's own opening words (——经济跨上新台阶。2007年，…) are the item's.
            if (input.ListItem && !firstOfSection && input.ParentTitle is not null) _openers[(input.PartTitle, input.ParentTitle)] = _span;
        }
        return _span;
    }

    /// <summary>
    /// 到2030年，… opening a paragraph of the plan: the years from the plan year to that one (the span a title such as
    /// “十五五”发展目标 names, kept), or null when the words name no later year.
    /// </summary>
    private static YearSpan? Horizon(string text, int start, FactContext context)
    {
        if (start + 6 > text.Length || text[start] != '到' || text[start + 5] != '年') return null;
        if (!int.TryParse(text.Substring(start + 1, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)) return null;
        int plan = PeriodRules.DefaultYear(ReportPart.Plan, context);
        return year > plan && year - plan <= 15 ? new YearSpan(plan, year) : null;
    }

    /// <summary>A span a numbered subsection takes from the paragraph before it: any in the review, a future one in the plan.</summary>
    private static bool Plans(YearSpan? span, ReportPart part, FactContext context) =>
        span is YearSpan s && (part != ReportPart.Plan || s.Start > PeriodRules.DefaultYear(ReportPart.Review, context));

    /// <summary>A title that names one span (once or more) and no single year (一、2025年和“十四五”时期工作回顾 names both: no span).</summary>
    private static YearSpan? TitleSpan(string? title, FactInput input, FactContext context)
    {
        if (string.IsNullOrEmpty(title)) return null;
        string text = CompactText.Normalized(title!);
        var spans = PeriodRules.Spans(text, 0, text.Length, input.Part, context, false);
        if (spans.Count == 0 || OneYearIn(text)) return null;
        // 这五年是西藏发展最好变化最大的五年: the same span named twice is one span.
        foreach (var (_, span) in spans) if (!Equals(span, spans[0].Span)) return null;
        return spans[0].Span;
    }

    /// <summary>A title that names one year (刚刚过去的2025年很不平凡, 过去一年).</summary>
    private static bool NamesOneYear(string? title)
    {
        return !string.IsNullOrEmpty(title) && OneYearIn(CompactText.Normalized(title!));
    }

    private static bool OneYearIn(string text) => text.IndexOf("一年", System.StringComparison.Ordinal) >= 0 || HasYear(text);

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
