using System;
using System.Text;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What the text between the start of a piece and a value says: the name, its label, and the link words.</summary>
internal sealed class NameAnalysis
{
    public int NameStart { get; set; }
    public int NameEnd { get; set; }
    /// <summary>The name with the subject's measure when a verb splits them (中关村石景山园[实现]收入 → 中关村石景山园收入).</summary>
    public string? Label { get; set; }
    public Qualifiers Qualifiers { get; set; }
    public Direction? Direction { get; set; }
    /// <summary>The rate noun that followed the name (涨幅, 降幅), with its position, when one did.</summary>
    public int RateNounEnd { get; set; } = -1;
    public bool Respectively { get; set; }
    public bool Span { get; set; }
    public bool HasName => NameEnd > NameStart;
}

/// <summary>
/// Cuts the indicator name out of the piece of a clause before its value: light verbs, hedges and rate words next
/// to the value are peeled off the end (实现, 突破, 同比增长, 控制在 …), time frames and modal verbs off the start
/// (全年, 全区, 2023 年, 力争, 确保, 其中), quotation marks dropped.
/// </summary>
internal static class IndicatorNamer
{
    private static readonly string[] LeadWords =
    {
        "初步预计", "预计", "初步", "全年", "全区", "全市", "全省", "全县", "全州", "全旗", "全盟", "全镇", "全乡", "今年", "当年", "年内", "明年",
        "其中", "力争", "确保", "争取", "努力", "推动", "完成", "实现", "达到", "解决", "首次", "再次", "首度", "同比", "、",
        "同时", "此外", "另外", "累计实现", "超额", "拟安排", "安排", "拟", "全国", "我国", "年末", "年底", "年初", "的",
        "按可比价格计算", "按可比口径计算", "扣除价格因素", "而", "又", "这一年", "同年", "它", "虽然", "但是", "并且", "发行",
    };

    /// <summary>Rate nouns that can belong to an indicator's own name (居民消费价格涨幅).</summary>
    private static readonly string[] RateNouns = { "涨幅", "增幅", "降幅", "增速" };

    public static NameAnalysis Analyze(string text, int start, int end)
    {
        var result = new NameAnalysis();
        // Peel link words off the end.
        int e = end;
        while (e > start)
        {
            // 比 2019 年, 较 2020 年同期: the base year of a comparison.
            int baseYear = BaseYearLength(text, start, e);
            if (baseYear > 0) { e -= baseYear; continue; }
            // 提高到2025年的: the year a change reached (the period rules read it).
            int reached = ReachedYearLength(text, start, e);
            if (reached > 0) { e -= reached; continue; }
            var link = QualifierRules.EndingAt(text, start, e);
            if (link is null) break;
            var w = link.Value;
            switch (w.Role)
            {
                case LinkRole.Qualifier: result.Qualifiers |= w.Qualifier; break;
                case LinkRole.Up: result.Direction ??= Direction.Up; break;
                case LinkRole.Down: result.Direction ??= Direction.Down; break;
                case LinkRole.Respectively: result.Respectively = true; break;
                case LinkRole.Span: result.Span = true; break;
            }
            if (Array.IndexOf(RateNouns, w.Word) >= 0) result.RateNounEnd = e;
            e -= w.Word.Length;
        }
        // 居民人均可支配收入五年增长: the span between the name and its rate.
        int endSpan = EndSpanLength(text, start, e);
        if (endSpan > 0)
        {
            result.Span = true;
            e -= endSpan;
        }

        // Peel time frames, modal verbs, years, counts and quoted codes off the start, never down to one character
        // (解决率 stays a name). 过去三年, 五年来 open a span.
        int s = start;
        while (s < e)
        {
            int span = SpanLeadLength(text, s, e);
            if (span > 0) { result.Span = true; s += span; continue; }
            int n = LeadWordLength(text, s, e);
            if (n == 0 || e - s - n == 1) break;
            s += n;
        }
        while (e > s && IsQuote(text[e - 1])) e--;
        // A piece that still carries a span word (过去三年年均…) is a span.
        if (Contains(text, s, e, "年均") || Contains(text, start, end, "过去")) result.Span = true;
        result.NameStart = s;
        result.NameEnd = e;
        return result;
    }

    /// <summary>The length of a word at <paramref name="i"/> that opens a piece without being part of the name, or 0.</summary>
    public static int LeadWordLength(string text, int i, int end)
    {
        foreach (var w in LeadWords)
        {
            if (i + w.Length <= end && string.CompareOrdinal(text, i, w, 0, w.Length) == 0) return w.Length;
        }
        char c = text[i];
        // A year: 2023 年, 2023 年度.
        if (c >= '0' && c <= '9')
        {
            int j = i;
            while (j < end && text[j] >= '0' && text[j] <= '9') j++;
            if (j - i == 4 && j < end && text[j] == '年') return j + 1 - i + (j + 1 < end && text[j + 1] == '度' ? 1 : 0);
            // An item number opening a numbered sub-item: 1.新增国家高新技术企业, 2、….
            if (j - i <= 2 && j + 1 < end && (text[j] == '.' || text[j] == '、') && text[j + 1] >= 0x4E00) return j + 1 - i;
            // A count of the subject: 518 家文化产业单位总收入.
            while (j < end && (text[j] == '.' || (text[j] >= '0' && text[j] <= '9'))) j++;
            int unit = UnitLexicon.Match(text, j);
            if (unit > 0 && j + unit < end) return j + unit - i;
            return 0;
        }
        // A quoted code without Chinese text: “1+3+1”.
        if (IsQuote(c))
        {
            int j = i + 1;
            bool cjk = false;
            while (j < end && !IsQuote(text[j])) { if (text[j] >= 0x4E00) cjk = true; j++; }
            if (j < end && !cjk) return j + 1 - i;
            return 1;
        }
        return 0;
    }

    public static bool IsQuote(char c) => c == '"';

    /// <summary>A four-digit year (and 的) ending a piece right after a verb of change (提高到2025年的), or 0.</summary>
    private static int ReachedYearLength(string text, int start, int end)
    {
        int e = end;
        if (e - 1 >= start && text[e - 1] == '的') e--;
        if (e - 5 < start || text[e - 1] != '年') return 0;
        for (int i = e - 5; i < e - 1; i++) if (text[i] < '0' || text[i] > '9') return 0;
        int before = e - 5;
        return before > start && (text[before - 1] == '到' || text[before - 1] == '至') ? end - before : 0;
    }

    private static int BaseYearLength(string text, int start, int end)
    {
        int e = end;
        if (e - 2 >= start && NumberScanner.At(text, e - 2, "同期")) e -= 2;
        else if (e - 1 >= start && text[e - 1] == '的') e--;
        if (e - 1 < start || text[e - 1] != '年') return 0;
        int d = e - 1;
        while (d > start && char.IsDigit(text[d - 1])) d--;
        // 比 2019 年, 较 2020 年同期, and the start of a change: 从1979年的.
        if (e - 1 - d != 4 || d - 1 < start || "比较从由".IndexOf(text[d - 1]) < 0) return 0;
        return end - (d - 1);
    }

    /// <summary>五年, 十年 (one or two numerals and 年, not a year) ending a name, or 0.</summary>
    private static int EndSpanLength(string text, int start, int end)
    {
        if (end - 2 < start || text[end - 1] != '年') return 0;
        int i = end - 1;
        while (i > start && end - 1 - i < 2 && ChineseNumerals.IsNumeralChar(text[i - 1])) i--;
        if (i == end - 1 || i == start) return 0;
        if (!ChineseNumerals.TryParse(text.Substring(i, end - 1 - i), out long n) || n < 2 || n > 20) return 0;
        // 过去三年, 近五年: the lead goes with it.
        foreach (var lead in new[] { "过去", "最近", "近", "这" })
        {
            if (i - lead.Length >= start && NumberScanner.At(text, i - lead.Length, lead)) return end - i + lead.Length;
        }
        return end - i;
    }

    /// <summary>过去三年, 近五年, 五年来, 3 年来, a bare 五年: a time span opening a piece, or 0.</summary>
    private static int SpanLeadLength(string text, int i, int end)
    {
        int j = i;
        bool lead = NumberScanner.At(text, j, "过去") || NumberScanner.At(text, j, "近");
        if (lead) j += text[j] == '近' ? 1 : 2;
        int digits = j;
        while (j < end && (char.IsDigit(text[j]) || ChineseNumerals.IsNumeralChar(text[j]))) j++;
        if (j == digits || j >= end || text[j] != '年') return 0;
        j++;
        if (j < end && text[j] == '来') return j + 1 - i;
        if (j + 1 < end && text[j] == '以' && text[j + 1] == '来') return j + 2 - i;
        // 五年年均增长, 十年增加: a span that is all the piece holds names nothing.
        return lead || (j == end && j - i <= 3) ? j - i : 0;
    }

    private static bool Contains(string text, int start, int end, string word)
    {
        if (end - start < word.Length) return false;
        return text.IndexOf(word, start, end - start, StringComparison.Ordinal) >= 0;
    }

    /// <summary>The name as written: original characters, quotation marks dropped.</summary>
    public static string NameText(CompactText compact, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            if (IsQuote(compact.Text[i])) continue;
            sb.Append(compact.Original(i, i + 1));
        }
        return sb.ToString();
    }

    /// <summary>Measures too generic to stand alone: whose 收入? The industry the sentence opens with.</summary>
    private static readonly string[] GenericMeasures = { "收入", "产业收入", "总收入", "营业收入", "营收", "增加值", "产业增加值", "产业规模", "规模" };

    /// <summary>Verbs that open a sentence about an industry (巩固现代金融产业主导地位, 发挥新一代信息技术产业优势).</summary>
    private static readonly string[] TopicVerbs =
    {
        "巩固", "发挥", "提升", "突出", "壮大", "推动", "加快", "促进", "培育", "发展", "支持", "聚焦", "深化", "打造", "做强", "做大",
        "推进", "加强", "做优", "扩大", "强化", "引导",
    };

    private static readonly string[] TopicHeads = { "服务业", "产业" };

    /// <summary>
    /// The label of a generic measure (产业收入, 收入) from the industry that opens its sentence:
    /// 现代金融产业高质量发展，…实现产业收入 1235 亿元 → 现代金融产业收入; 提升商务服务业发展能级，…力争实现收入 400 亿元 → 商务服务业收入.
    /// </summary>
    public static string? TopicLabel(CompactText compact, int sentenceStart, int pieceStart, string name)
    {
        if (Array.IndexOf(GenericMeasures, name) < 0) return null;
        string text = compact.Text;
        int segmentEnd = QualifierRules.SegmentEnd(text, sentenceStart, pieceStart);
        if (segmentEnd >= pieceStart) return null; // the name's own piece: nothing opens the sentence before it
        int start = sentenceStart;
        foreach (var verb in TopicVerbs)
        {
            if (NumberScanner.At(text, start, verb)) { start += verb.Length; break; }
        }
        foreach (var head in TopicHeads)
        {
            int at = segmentEnd - start >= head.Length ? text.IndexOf(head, start, segmentEnd - start, StringComparison.Ordinal) : -1;
            if (at < 0) continue;
            int end = at + head.Length;
            if (end - start < head.Length + 2) continue;
            string topic = NameText(compact, start, end);
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
        foreach (var splitter in QualifierRules.MidSplitters)
        {
            int m = end - start > splitter.Length ? text.IndexOf(splitter, start + 1, end - start - 1, StringComparison.Ordinal) : -1;
            if (m <= start || m + splitter.Length >= end) continue;
            string subject = NameText(compact, start, m);
            string measure = NameText(compact, m, end);
            foreach (var verb in new[] { "预计", "实现", "完成" }) measure = measure.Replace(verb, string.Empty);
            // Only a generic measure is split off (在全市率先实现…覆盖率 is one name, not a subject 在全市率先).
            if (Array.IndexOf(GenericMeasures, measure.Replace("全年", string.Empty)) < 0) return (end, null);
            return (m, subject + measure);
        }
        return (end, null);
    }
}
