using System;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Labels that say whose generic measure a name is (收入, 增加值, 产业规模): the industry a sentence opens with, or
/// the subject a verb splits from its measure (中关村石景山园实现收入 → 中关村石景山园收入).
/// </summary>
internal static class SubjectLabels
{
    /// <summary>
    /// The label of a generic measure (产业收入, 收入) from the industry that opens its sentence:
    /// 现代金融产业高质量发展，…实现产业收入 1235 亿元 → 现代金融产业收入; 提升商务服务业发展能级，…力争实现收入 400 亿元 → 商务服务业收入.
    /// </summary>
    public static string? FromTopic(CompactText compact, int sentenceStart, int pieceStart, string name)
    {
        if (Array.IndexOf(FactLexicon.GenericMeasures, name) < 0) return null;
        string text = compact.Text;
        int segmentEnd = ClauseSplitter.SegmentEnd(text, sentenceStart, pieceStart);
        if (segmentEnd >= pieceStart) return null; // the name's own piece: nothing opens the sentence before it
        int start = sentenceStart;
        foreach (var verb in FactLexicon.TopicVerbs)
        {
            if (TextMatch.At(text, start, verb)) { start += verb.Length; break; }
        }
        foreach (var head in FactLexicon.TopicHeads)
        {
            int at = segmentEnd - start >= head.Length ? text.IndexOf(head, start, segmentEnd - start, StringComparison.Ordinal) : -1;
            if (at < 0) continue;
            int end = at + head.Length;
            if (end - start < head.Length + 2) continue;
            string topic = compact.NameText(start, end);
            foreach (char c in topic) if (char.IsDigit(c) || c < 0x4E00) return null;
            string measure = name.StartsWith("产业", StringComparison.Ordinal) ? name.Substring(2) : name;
            return topic + measure;
        }
        return null;
    }

    /// <summary>
    /// When a verb or time frame splits a subject from its measure (中关村石景山园实现收入, 金融业实现增加值),
    /// the name is the subject and the label joins subject and measure, dropping the verbs.
    /// </summary>
    public static (int NameEnd, string? Label) SplitSubject(CompactText compact, int start, int end)
    {
        string text = compact.Text;
        foreach (var splitter in FactLexicon.MidSplitters)
        {
            int m = end - start > splitter.Length ? text.IndexOf(splitter, start + 1, end - start - 1, StringComparison.Ordinal) : -1;
            if (m <= start || m + splitter.Length >= end) continue;
            string subject = compact.NameText(start, m);
            string measure = compact.NameText(m, end);
            foreach (var verb in FactLexicon.SplitVerbs) measure = measure.Replace(verb, string.Empty);
            // Only a generic measure is split off (在全市率先实现…覆盖率 is one name, not a subject 在全市率先).
            if (Array.IndexOf(FactLexicon.GenericMeasures, measure.Replace("全年", string.Empty)) < 0) return (end, null);
            return (m, subject + measure);
        }
        return (end, null);
    }
}
