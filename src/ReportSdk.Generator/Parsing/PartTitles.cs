using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Which part of a report a title opens: the review (一、2022年工作回顾) or the plan (二、2023年主要任务). Read by the
/// section parser for numbered headings and, for titles that lost their number, by the line reflow as well.
/// </summary>
internal static class PartTitles
{
    private static readonly string[] ReviewWords = { "回顾", "总结" };
    private static readonly string[] PlanWords = { "任务", "安排", "目标", "计划", "打算", "部署", "重点工作", "总体要求", "工作思路" };

    // How a part title ends (主要预期目标 alone on a line is a wrapped sentence, not a title).
    private static readonly string[] Endings = { "回顾", "总结", "重点工作", "主要任务", "工作安排", "目标任务", "总体要求" };

    private static readonly char[] SentencePunctuation = { '。', '，', '；', '：', ',', ';', ':', '！', '？' };

    /// <summary>Which part of the report a level-1 heading opens.</summary>
    public static ReportPart PartOf(string title)
    {
        if (Array.Exists(ReviewWords, w => title.IndexOf(w, StringComparison.Ordinal) >= 0)) return ReportPart.Review;
        if (Array.Exists(PlanWords, w => title.IndexOf(w, StringComparison.Ordinal) >= 0)) return ReportPart.Plan;
        return ReportPart.Other;
    }

    /// <summary>
    /// The part a line without a number opens when it reads as a part title (2026年重点工作, “十四五”时期工作回顾): short,
    /// no sentence punctuation, a part-title ending; null otherwise. The line is no heading (its level is unknown), but
    /// it ends its paragraph and the figures after it belong to that part.
    /// </summary>
    public static ReportPart? Unnumbered(string text)
    {
        string t = text.Trim();
        if (t.Length < 4 || t.Length > 20 || t.IndexOfAny(SentencePunctuation) >= 0) return null;
        if (!Array.Exists(Endings, e => t.EndsWith(e, StringComparison.Ordinal))) return null;
        var part = PartOf(t);
        return part == ReportPart.Other ? null : part;
    }
}
