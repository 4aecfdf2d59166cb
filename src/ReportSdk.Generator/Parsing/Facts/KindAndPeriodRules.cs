using System;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Decides a fact's kind (actual, growth, target, target growth, share), its period and whether it is a main target.</summary>
internal static class KindAndPeriodRules
{
    private static readonly string[] ShareWords = { "比重", "占比", "比例", "份额" };

    private static readonly string[] MainTargetPhrases = { "主要预期目标", "主要目标是", "主要目标为", "预期目标是", "预期目标为" };

    /// <summary>
    /// A value with a rate word (增长, 下降, 降幅 …) is a growth; a percentage of a 比重/占比 is a share; anything else a
    /// level. In the plan part levels are targets and growths are target growths.
    /// </summary>
    public static IndicatorKind Kind(string name, string unit, Direction? direction, ReportPart part)
    {
        bool plan = part == ReportPart.Plan;
        if (direction is not null) return plan ? IndicatorKind.TargetGrowth : IndicatorKind.Growth;
        if ((unit == "%" || unit.Length == 0) && Array.Exists(ShareWords, w => name.IndexOf(w, StringComparison.Ordinal) >= 0))
            return IndicatorKind.Share;
        return plan ? IndicatorKind.Target : IndicatorKind.Actual;
    }

    /// <summary>Review part → review year; plan part → plan year (DESIGN.md §4).</summary>
    public static int Period(ReportPart part, FactContext context) => part == ReportPart.Plan
        ? context.PlanYear ?? context.DeliveredYear
        : context.ReviewYear ?? context.DeliveredYear - 1;

    /// <summary>The offset where the 主要预期目标 phrase of a sentence ends, or -1 when the sentence states none.</summary>
    public static int MainTargetStart(string text, Clause clause)
    {
        int length = clause.SentenceEnd - clause.SentenceStart;
        foreach (var phrase in MainTargetPhrases)
        {
            int i = length > 0 ? text.IndexOf(phrase, clause.SentenceStart, length, StringComparison.Ordinal) : -1;
            if (i >= 0) return i + phrase.Length;
        }
        return -1;
    }
}
