using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Emitting;

/// <summary>The plain (unescaped) text of generated XML docs: what a hover in the IDE shows.</summary>
internal static class DocText
{
    /// <summary>地区生产总值：980 亿元（2022 年，实际，预计）.</summary>
    public static string FactHeadline(FactModel fact)
    {
        var notes = new List<string> { (fact.IsSpan ? Int(fact.PeriodStart) + "–" : string.Empty) + Int(fact.PeriodEnd) + " 年", KindWords.Of(fact) };
        // 增量 and 减量 say the direction of an amount; a rate says it after its word (增速，下降).
        if (fact.Direction is Direction d && !KindWords.IsAmountOfChange(fact)) notes.Add(d == Direction.Down ? "下降" : "增长");
        notes.AddRange(QualifierTexts(fact.Qualifiers));
        if (fact.MainTarget) notes.Add("主要预期目标");
        string name = fact.Label is { Length: > 0 } label && label != fact.Name ? fact.Name + "（" + label + "）" : fact.Name;
        return name + "：" + Value(fact) + "（" + string.Join("，", notes) + "）";
    }

    /// <summary>980 亿元, 80-100 家, 5.5 %.</summary>
    public static string Value(FactModel fact)
    {
        string value = Number(fact.Value) + (fact.ValueHigh is decimal high ? "-" + Number(high) : string.Empty);
        return fact.Unit.Length == 0 ? value : value + " " + fact.Unit;
    }

    /// <summary>“quote”.</summary>
    public static string Quote(string quote) => "“" + quote + "”";

    /// <summary>Where it is stated: 北京市石景山区 2023年政府工作报告, line 22 · 2022年工作回顾.</summary>
    public static string Where(ReportModel report, int line, string? section)
        => ReportName(report) + ", line " + Int(line) + (string.IsNullOrEmpty(section) ? string.Empty : " · " + section);

    /// <summary>
    /// The report as a reader names it: its issuer (the region with its known parents, 国务院 for the national report)
    /// and delivered year: 北京市石景山区 2023年政府工作报告, 国务院 2019年政府工作报告.
    /// </summary>
    public static string ReportName(ReportModel report) => Issuer(report) + " " + Int(report.DeliveredYear) + "年政府工作报告";

    private static readonly string[] NationalNames = { "全国", "中国", "中华人民共和国", "国务院" };

    private static string Issuer(ReportModel report)
    {
        if (report.Level == RegionLevel.National || System.Array.IndexOf(NationalNames, report.Region) >= 0) return "国务院";
        // The parent chain, farthest first (内蒙古自治区呼伦贝尔市海拉尔区; 北京市石景山区).
        string name = report.Region;
        foreach (var parent in report.Parents)
        {
            if (!name.StartsWith(parent.Name, System.StringComparison.Ordinal)) name = parent.Name + name;
        }
        return name;
    }

    /// <summary>The first sentence of a text (up to and including the first 。！？; at most 120 characters).</summary>
    public static string FirstSentence(string text)
    {
        int end = text.IndexOfAny(new[] { '。', '！', '？', '；' });
        string sentence = end >= 0 ? text.Substring(0, end + 1) : text;
        if (sentence.Length <= 120) return sentence;
        int cut = char.IsHighSurrogate(sentence[119]) ? 119 : 120; // never split a surrogate pair
        return sentence.Substring(0, cut) + "…";
    }

    public static IEnumerable<string> QualifierTexts(Qualifiers q)
    {
        if ((q & Qualifiers.About) != 0) yield return "约";
        if ((q & Qualifiers.Over) != 0) yield return "超过";
        if ((q & Qualifiers.AtLeast) != 0) yield return "不低于";
        if ((q & Qualifiers.Within) != 0) yield return "以内";
        if ((q & Qualifiers.Nearly) != 0) yield return "接近";
        if ((q & Qualifiers.Estimated) != 0) yield return "预计";
        if ((q & Qualifiers.Range) != 0) yield return "区间";
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
