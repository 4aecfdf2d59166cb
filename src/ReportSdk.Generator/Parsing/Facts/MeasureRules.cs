using System;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Decides what a fact measures (level, change, share) and whether it is a main target.</summary>
internal static class MeasureRules
{
    /// <summary>
    /// A value with a rate word (增长, 下降, 降幅 …) measures a change; a percentage of a 比重/占比/比例 a share;
    /// anything else a level. Whether it is planned is its status, not its measure.
    /// </summary>
    public static Measure Measure(string name, string unit, Direction? direction)
    {
        if (direction is not null) return Vocabulary.Measure.Change;
        // 固定资产投资增长幅度回落到27.8%, 物价上涨幅度控制在10%: a name that ends on a rate noun names a change.
        if ((unit == "%" || unit == "个百分点") && FactLexicon.RateNameDirection(name) is not null)
            return Vocabulary.Measure.Change;
        if ((unit == "%" || unit.Length == 0) && Array.Exists(FactLexicon.ShareWords, w => name.IndexOf(w, StringComparison.Ordinal) >= 0))
            return Vocabulary.Measure.Share;
        return Vocabulary.Measure.Level;
    }

    /// <summary>The offset where the 主要预期目标 phrase of a sentence ends, or -1 when the sentence states none.</summary>
    public static int MainTargetStart(string text, Clause clause)
    {
        int length = clause.SentenceEnd - clause.SentenceStart;
        foreach (var phrase in FactLexicon.MainTargetPhrases)
        {
            int i = length > 0 ? text.IndexOf(phrase, clause.SentenceStart, length, StringComparison.Ordinal) : -1;
            if (i >= 0) return i + phrase.Length;
        }
        return -1;
    }
}
