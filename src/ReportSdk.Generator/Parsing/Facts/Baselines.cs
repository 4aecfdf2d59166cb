using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Baselines of a change (从 A 增至 B, 由2020年的 A 提高到 B): A names the change, and is a fact of its own when the
/// text dates it.
/// </summary>
internal static class Baselines
{
    /// <summary>
    /// 从 6 家增至 22 家: the first value is the baseline the change starts from; it names the change. It is a fact of
    /// its own, the level of the year before, when the text dates it: a year written before it (从2020年的3.68万亿元)
    /// or a span around it (五年来…从7248亿元增加到…: the year before the span).
    /// </summary>
    public static bool Read(ClauseReading reading, ValueSite site)
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
    internal static bool HasDigitOrChange(string text, int start, int end)
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
        int length = 0;
        int written = token.Start - i >= 6 ? DatedYearAt(text, i, out length) : 0;
        if (written > 0) i += length;
        // 从去年的2.1%: the year before the report was given; 由上年729万人: the year before the figure's own year.
        else if (LastYearLength(text, i, token.Start) is int last && last > 0)
        {
            var context = reading.Figure.Context;
            written = text[i] == '去' ? context.DeliveredYear - 1 : PeriodRules.DefaultYear(reading.Figure.Input.Part, context) - 1;
            i += last;
        }
        string between = text.Substring(i, token.Start - i);
        if (between.Length > 0)
        {
            hedge = between switch { "约" => Qualifiers.About, "近" => Qualifiers.Nearly, _ => Qualifiers.None };
            if (hedge == Qualifiers.None) return 0;
        }
        if (written > 0) return written;
        if (reading.Figure.SpanBefore(reading.Clause, token.Start) is YearSpan span && span.Start < span.End) return span.Start - 1;
        // 全省生产总值从2020年的3.68万亿元增长到…，一般公共预算收入从3826.5亿元增长到…: a baseline year written earlier in
        // the sentence holds for the parallel changes after it, as does the year a sentence compares with (同1978年相比).
        return EarlierBaselineYear(text, reading.Clause.SentenceStart, from);
    }

    private static int EarlierBaselineYear(string text, int start, int before)
    {
        for (int i = before - 1; i >= start; i--)
        {
            if ((text[i] == '从' || text[i] == '由') && i + 6 < before && DatedYearAt(text, i + 1, out _) is int year && year > 0) return year;
            // 1986年同1978年相比，…由3480亿元增加到9380亿元: the baselines are the compared year's levels.
            if (PeriodRules.ComparisonFrameYearAt(text, i) is int compared) return compared;
        }
        return 0;
    }

    /// <summary>上年, 去年 (with 底/末 and 的) at <paramref name="i"/>, before <paramref name="end"/>: its length, else 0.</summary>
    private static int LastYearLength(string text, int i, int end)
    {
        if (!TextMatch.At(text, i, "上年") && !TextMatch.At(text, i, "去年")) return 0;
        int n = 2;
        if (i + n < end && (text[i + n] == '底' || text[i + n] == '末')) n++;
        if (i + n < end && text[i + n] == '的') n++;
        return i + n <= end ? n : 0;
    }

    /// <summary>2020年的 (or 2007年底的, 2007年末的) at <paramref name="i"/>: the year, else 0; <paramref name="length"/> is what it spans.</summary>
    private static int DatedYearAt(string text, int i, out int length)
    {
        length = 0;
        if (i + 6 > text.Length || text[i + 4] != '年') return 0;
        int n = text[i + 5] == '底' || text[i + 5] == '末' ? 6 : 5;
        if (i + n >= text.Length || text[i + n] != '的') return 0;
        // 2020年的, 一九七八年的: digits or numerals.
        if (ReportYears.YearAt(text, i) is not int year) return 0;
        length = n + 1;
        return year;
    }
}
