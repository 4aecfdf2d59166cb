using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing;

/// <summary>The years a report speaks of.</summary>
internal readonly struct YearSet
{
    public YearSet(int delivered, int? reviewStart, int? review, int? plan)
    {
        Delivered = delivered;
        ReviewStart = reviewStart;
        Review = review;
        Plan = plan;
    }

    public int Delivered { get; }
    public int? ReviewStart { get; }
    public int? Review { get; }
    public int? Plan { get; }
}

/// <summary>
/// Decides the delivered, review and plan years: from the dateline (never a page's publication stamp), the title,
/// the part headings (一、2022年工作回顾, 二、2023年主要任务), the congress session (第十届全国人民代表大会第一次会议 →
/// 2003), and in a text without any of them from what the text says (刚刚过去的1987年, 1986年是…的一年, the year it
/// writes most). A report delivered in November or December reviews that same year.
/// </summary>
internal static class ReportYears
{
    private const int OpeningChars = 3000;

    public static YearSet Infer(ReportMetadata meta, SectionTree tree, IReadOnlyList<SourceParagraph> paragraphs)
    {
        // The whole body, joined, only when the header and the headings leave a year open.
        string? body = null;
        string Text() => body ??= BodyText(paragraphs);
        int delivered = meta.DateYear
            ?? SessionYear(meta.Congress)
            ?? TitleYear(meta.Title)
            ?? tree.PlanYear
            ?? (tree.ReviewYear + 1)
            ?? SessionInText(Text())
            ?? (JustPassed(Text()) + 1)
            ?? YearWasOne(Text())
            ?? (MostWritten(Text()) + 1)
            ?? 0;

        int? review = tree.ReviewYear;
        if (review == null && delivered > 0)
        {
            if (meta.DateMonth >= 11 || EstimatesItsOwnYear(Text(), delivered)) review = delivered;
            else review = JustPassed(Text()) is int passed && (passed == delivered - 1 || passed == delivered) ? passed : delivered - 1;
        }
        int? plan = tree.PlanYear ?? (delivered > 0 ? (review == delivered ? delivered + 1 : delivered) : null);
        int? reviewStart = review != null && IsFiveYearReview(tree) ? review - 4 : null;
        return new YearSet(delivered, reviewStart, review, plan);
    }

    /// <summary>The year of a national session named in a dateline (第十三届全国人民代表大会第三次会议 → 2020).</summary>
    public static int? SessionYear(string? congress)
    {
        if (congress == null) return null;
        foreach (var m in CongressSessions.Find(TraditionalChinese.Fold(congress)))
        {
            return CongressSessions.Year(m.Term, m.Session ?? 1);
        }
        return null;
    }

    /// <summary>
    /// The session the text says it is delivered to: 向第二届全国人民代表大会第一次会议作…报告, 我们第一届…会议，;
    /// 去年…第五届…第三次会议 or 去年五届人大四次会议 (a year before); 第十一届…第一次会议以来的五年 (the next term's first
    /// session). Other sessions named (从…会议闭幕以来, 在五届人大四次会议上, 根据…会议的决议) are looked back on.
    /// </summary>
    public static int? SessionInText(string text)
    {
        foreach (var m in CongressSessions.Find(text))
        {
            string before = text.Substring(Math.Max(0, m.Start - 8), Math.Min(8, m.Start));
            string after = text.Substring(m.End, Math.Min(8, text.Length - m.End));
            bool lastYear = before.IndexOf("去年", StringComparison.Ordinal) >= 0;
            if (lastYear)
            {
                if (m.Session != null && CongressSessions.Year(m.Term, m.Session.Value) is int y) return y + 1;
                continue;
            }
            if (m.Start > OpeningChars || m.Short) continue;
            if (after.StartsWith("以来的五年", StringComparison.Ordinal) && (m.Session ?? 1) == 1) return CongressSessions.Year(m.Term + 1, 1);
            bool addressed = before.IndexOf("向", StringComparison.Ordinal) >= 0 || before.EndsWith("我们", StringComparison.Ordinal);
            if (!addressed || TextMatch.AtAny(after, 0, "闭幕", "以来", "的决议", "期间")) continue;
            if (CongressSessions.Year(m.Term, m.Session ?? 1) is int year) return year;
        }
        return null;
    }

    /// <summary>
    /// True when the text estimates the results of the year it is delivered in (一九八二年预计达到…, 今年全年预计…): a
    /// report given at the end of its year (1981, 1982), which reviews that same year.
    /// </summary>
    public static bool EstimatesItsOwnYear(string text, int delivered)
    {
        for (int at = text.IndexOf("预计", StringComparison.Ordinal); at >= 0; at = text.IndexOf("预计", at + 2, StringComparison.Ordinal))
        {
            if (at >= 5 && YearAt(text, at - 5) == delivered) return true;
            int today = text.LastIndexOf("今年", at, Math.Min(at + 1, 8), StringComparison.Ordinal);
            if (today >= 0 && NoPunctuation(text, today, at)) return true;
        }
        return false;
    }

    private static bool NoPunctuation(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsPunctuation(text[i])) return false;
        }
        return true;
    }

    /// <summary>刚刚过去的1987年 (the review year).</summary>
    public static int? JustPassed(string text)
    {
        int at = text.IndexOf("刚刚过去的", StringComparison.Ordinal);
        return at >= 0 ? YearAt(text, at + 5) : null;
    }

    // Words that say whether "1994年是…的一年" in the opening speaks of the plan year (重要一年) or the year
    // reviewed (取得显著成就的一年, 极不平凡的一年).
    private static readonly string[] PlanYearWords = { "重要", "关键", "最后一年", "将是", "第一年" };
    private static readonly string[] ReviewYearWords = { "取得", "不寻常", "不平凡", "困难", "前进" };

    // １９８６年是开始执行第七个五年计划并取得显著成就的一年 (reviewed: delivered a year later) or ２００２年是…非常重要的
    // 一年 (planned: delivered that year), in the opening.
    private static int? YearWasOne(string text)
    {
        int limit = Math.Min(text.Length, OpeningChars);
        for (int at = text.IndexOf("年是", StringComparison.Ordinal); at >= 4 && at < limit; at = text.IndexOf("年是", at + 2, StringComparison.Ordinal))
        {
            int? year = YearAt(text, at - 4);
            if (year == null) continue;
            int end = text.IndexOf('。', at);
            if (end < 0) end = text.Length;
            int one = text.IndexOf("一年", at, end - at, StringComparison.Ordinal);
            if (one < 0) continue;
            string sentence = text.Substring(at, one + 2 - at);
            if (ContainsAny(sentence, PlanYearWords)) return year;
            if (ContainsAny(sentence, ReviewYearWords)) return year + 1;
        }
        return null;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (string w in words)
        {
            if (text.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    // The year the text writes most (ties: the later): a report dwells on the year it reviews.
    private static int? MostWritten(string text)
    {
        var counts = new Dictionary<int, int>();
        for (int at = text.IndexOf('年'); at >= 0; at = text.IndexOf('年', at + 1))
        {
            if (at < 4) continue;
            int? year = YearAt(text, at - 4);
            if (year != null) counts[year.Value] = counts.TryGetValue(year.Value, out int n) ? n + 1 : 1;
        }
        int? best = null;
        foreach (var pair in counts)
        {
            if (best == null || pair.Value > counts[best.Value] || (pair.Value == counts[best.Value] && pair.Key > best.Value)) best = pair.Key;
        }
        return best;
    }

    // Four digits (Arabic, full-width or 一九八七) followed by 年.
    /// <summary>A year written at <paramref name="at"/> in digits or numerals and followed by 年 (2020年, 一九五二年), 1949–2200; else null.</summary>
    internal static int? YearAt(string text, int at)
    {
        if (at < 0 || at + 5 > text.Length || text[at + 4] != '年') return null;
        int value = 0;
        for (int i = at; i < at + 4; i++)
        {
            char c = Normalizer.ToHalfWidth(text[i]);
            int digit = c >= '0' && c <= '9' ? c - '0' : c == '○' ? 0 : ChineseNumerals.Digit(c);
            if (digit < 0 || text[i] == '两' || text[i] == '十') return null;
            value = value * 10 + digit;
        }
        return value >= 1949 && value <= 2200 ? value : null;
    }

    private static int? TitleYear(string title)
    {
        int at = title.IndexOf('年');
        return at >= 4 ? YearAt(title, at - 4) : null;
    }

    // 一、过去五年工作回顾; 一、“十一五”时期国民经济和社会发展的回顾; 一、2025年工作和“十四五”发展回顾.
    private static bool IsFiveYearReview(SectionTree tree)
    {
        if (tree.Sections.Count > 0 && tree.Sections[0].Title.IndexOf("五年", StringComparison.Ordinal) >= 0) return true;
        // 一、“十四五”时期工作回顾; also a later part, 二、“十四五”时期发展成就和“十五五”时期主要目标任务 (guangxi 2026).
        foreach (var section in tree.Sections)
        {
            if (LooksBackOnAPlanPeriod(section.Title)) return true;
        }
        // 一年接着一年干，… (fujian 2026): a first part that says nothing of five years in its title, whose paragraphs
        // open on them (五年来，我们…); or, where the part titles lost their numbers, the text before the first
        // numbered heading (gansu 2026: 五年来主要做了以下工作。).
        if (tree.Sections.Count > 0 && OpensOnFiveYears(tree.Sections[0])) return true;
        foreach (var paragraph in tree.Preamble)
        {
            if (OpensOnFiveYears(paragraph.Text)) return true;
            // “十四五”时期发展成就和2025年工作回顾 (inner-mongolia 2026): an unnumbered part title that looks back on a plan
            // period, opening its paragraph (the line after it, with no full stop between, joins it).
            if (OpensOnPlanPeriodReview(paragraph.Text)) return true;
        }
        return false;
    }

    private static readonly char[] PieceEnds = { '。', '，', ',' };

    private static bool OpensOnPlanPeriodReview(string text)
    {
        if (!text.StartsWith("“十", StringComparison.Ordinal) && !text.StartsWith("十", StringComparison.Ordinal)) return false;
        string head = text.Substring(0, Math.Min(text.Length, 30));
        int stop = head.IndexOfAny(PieceEnds);
        return LooksBackOnAPlanPeriod(stop >= 0 ? head.Substring(0, stop) : head);
    }

    private static bool LooksBackOnAPlanPeriod(string title) =>
        (title.IndexOf("五”", StringComparison.Ordinal) >= 0 || title.IndexOf("五\"", StringComparison.Ordinal) >= 0)
        && (title.IndexOf("回顾", StringComparison.Ordinal) >= 0 || title.IndexOf("成就", StringComparison.Ordinal) >= 0);

    private static readonly string[] FiveYearOpenings = { "五年来", "过去五年", "这五年" };

    // “十四五”时期是吉林高质量发展攻坚克难、砥砺奋进、蓄势聚能的五年。
    private static readonly Regex PlanPeriodWasFiveYears = new(@"^“?十[一二三四五六七八九]?五”?时期是[^。！]{0,60}的五年", RegexOptions.CultureInvariant);

    private static bool OpensOnFiveYears(SectionModel section)
    {
        foreach (var paragraph in section.Paragraphs)
        {
            if (OpensOnFiveYears(paragraph.Text)) return true;
        }
        foreach (var child in section.Children)
        {
            if (OpensOnFiveYears(child)) return true;
        }
        return false;
    }

    /// <summary>
    /// A paragraph that opens on the five years (五年来，…; after a 各位代表！ salutation too), says a plan period was
    /// five years of something (“十四五”时期是…的五年), or has a sentence opening on them (…圆满收官。五年来，我们…).
    /// </summary>
    private static bool OpensOnFiveYears(string paragraph)
    {
        string text = Normalizer.RemoveSpaces(paragraph);
        if (text.StartsWith("各位代表", StringComparison.Ordinal) && text.Length > 5 && "！!：:，,".IndexOf(text[4]) >= 0) text = text.Substring(5);
        if (TextMatch.AtAny(text, 0, FiveYearOpenings) || PlanPeriodWasFiveYears.IsMatch(text)) return true;
        foreach (var opening in FiveYearOpenings)
        {
            foreach (var end in new[] { "。", "！" })
            {
                if (text.IndexOf(end + opening + "，", StringComparison.Ordinal) >= 0) return true;
            }
        }
        return false;
    }

    private static string BodyText(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var sb = new StringBuilder();
        foreach (var p in paragraphs) sb.Append(p.Text);
        return TraditionalChinese.Fold(Normalizer.RemoveSpaces(sb.ToString()));
    }
}
