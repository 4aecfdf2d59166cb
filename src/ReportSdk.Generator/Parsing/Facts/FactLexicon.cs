using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What a word written between a name and its value says about the value.</summary>
internal enum LinkRole
{
    /// <summary>A light verb that only links name and value (完成, 实现, 达到, 为).</summary>
    Verb,
    /// <summary>A hedge or bound (约, 超过, 不少于, 控制在, 近, 预计).</summary>
    Qualifier,
    /// <summary>A rate of change upwards (增长, 提高, 增幅, 涨幅).</summary>
    Up,
    /// <summary>A rate of change downwards (下降, 降低, 减少, 降幅).</summary>
    Down,
    /// <summary>A comparison base or time frame (同比, 比上年, 全年).</summary>
    Frame,
    /// <summary>分别: the values that follow pair in order with the figures named before.</summary>
    Respectively,
    /// <summary>年均: the value is an average over several years (a span).</summary>
    Span,
    /// <summary>高于全国, 快于全省: the value is a gap to a wider area's figure, upwards.</summary>
    GapUp,
    /// <summary>低于全国, 慢于全省: the value is a gap to a wider area's figure, downwards.</summary>
    GapDown,
}

/// <summary>A link word, its role and the qualifier it adds.</summary>
internal readonly record struct LinkWord(string Word, LinkRole Role, Qualifiers Qualifier);

/// <summary>
/// The words the facts rules read, as data, in one place: a new spelling is a new row here, not new code. First the
/// link words between a name and its value (hedges and bounds, rate words with their direction, light verbs, frames,
/// 分别, 年均) with their lookups, the compounds that hide a one-character link word, the lead words that open a piece
/// without naming anything, the rate nouns a name may keep and the words that split a subject from its measure; then
/// the word lists of each rule, headed by the rule that reads them. Units live in <see cref="UnitLexicon"/> (from
/// src/Shared/Units.cs), standard indicators in src/Shared/StandardIndicators.cs, period patterns in
/// <see cref="PeriodRules"/>.
/// </summary>
internal static class FactLexicon
{
    // ---- Link words between a name and its value (PieceReader, ValueRoles, NameSources, EstimateScopes)

    private static readonly LinkWord[] Table = Build();

    // The table indexed by last character, longest word first: EndingAt runs for every value and list item.
    private static readonly Dictionary<char, LinkWord[]> ByLastChar = Table
        .GroupBy(w => w.Word[w.Word.Length - 1])
        .ToDictionary(g => g.Key, g => g.ToArray());

    // The table indexed by first character: StartsWithLink runs at nearly every position of a clause.
    private static readonly Dictionary<char, LinkWord[]> ByFirstChar = Table
        .GroupBy(w => w.Word[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static LinkWord[] Build()
    {
        var words = new List<LinkWord>();
        void Add(LinkRole role, Qualifiers q, params string[] ws) { foreach (var w in ws) words.Add(new LinkWord(w, role, q)); }
        Add(LinkRole.Qualifier, Qualifiers.About, "约", "大约", "约为", "大概");
        Add(LinkRole.Qualifier, Qualifiers.Nearly, "近", "接近", "将近", "逼近");
        Add(LinkRole.Qualifier, Qualifiers.Over, "超", "超过", "突破", "逾", "高于", "多于", "超出", "迈上", "跨上", "站上", "迈过", "跃上", "跨越", "跨过");
        Add(LinkRole.Qualifier, Qualifiers.AtLeast, "不低于", "不少于", "至少", "不小于");
        Add(LinkRole.Qualifier, Qualifiers.Within, "控制在", "不超过", "低于", "少于", "不高于", "控制到");
        Add(LinkRole.Qualifier, Qualifiers.Estimated, "预计", "初步预计", "预估", "估计");
        // 广义货币M2预期增长12%左右: 预期 is what the plan expects, its target, not an estimate of a result.
        Add(LinkRole.Verb, Qualifiers.None, "预期");
        Add(LinkRole.Up, Qualifiers.None, "增长", "增", "提高", "提升", "上升", "增加", "增幅", "涨幅", "增速", "上涨", "扩大", "增幅为", "增速为", "递增", "微涨", "增产", "增收");
        Add(LinkRole.Down, Qualifiers.None, "下降", "降低", "减少", "降幅", "下滑", "回落", "缩小", "压减", "压降", "减幅", "递减", "微降", "减产", "减收", "压缩", "缩减");
        Add(LinkRole.Verb, Qualifiers.None, "完成", "实现", "达到", "达", "为", "是", "保持", "保持在", "翻番", "即", "预定", "可达", "可达到", "稳定在", "维持在", "稳定保持在", "保持稳定在", "在", "回落到", "回落至",
            "共", "合计", "总计", "降至", "降到", "减至", "减到", "升至", "增至", "增加到", "增加至", "提高到", "提高至", "提升至", "提升到",
            "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "上升到", "上升至", "增长到", "增长至", "扩大到", "扩大至", "调整到", "调整为", "调高到", "调低到",
            "达到了", "已达", "已经", "现已", "已", "均", "再", "了", "计划", "力争", "确保", "争取", "解决", "共计", "至", "安排在", "拟安排", "的", "平均为", "平均值为", "必须", "接连", "拟按", "按", "将", "就", "缩减为", "缩减到", "压缩到", "压缩为", "减为", "增为", "延长至", "延长到", "缩短至", "缩短到", "放宽至", "放宽到",
            "首次", "首度", "再次", "连年", "连续", "继续", "持续", "仍然", "仍", "也", "又", "却", "拥有", "转为",
            "逆势", "稳步", "大幅", "大幅度", "快速", "较快", "双双", "历史性", "一举", "安排", "由", "高达", "定为", "定在", "设定为", "拟定为", "确定为");
        Add(LinkRole.Frame, Qualifiers.None, "同比", "比上年", "较上年", "比去年", "较去年", "全年", "当年", "今年", "上年", "每月", "现在",
            "比上年同期", "比去年同期", "累计", "较去年同期", "同期", "实际", "每年", "按可比价格计算", "按可比口径计算", "是去年", "是上年", "为去年", "为上年", "是去年同期", "预期目标", "目标", "调控目标", "宏观调控目标");
        Add(LinkRole.Respectively, Qualifiers.None, "分别", "分别为", "分别达");
        Add(LinkRole.Span, Qualifiers.None, "年均", "年平均", "平均每年", "每年平均");
        foreach (var area in new[] { "全国", "全省", "全市", "全区", "全国平均水平", "全省平均水平", "全国平均", "全省平均" })
        {
            Add(LinkRole.GapUp, Qualifiers.None, "高于" + area, "快于" + area, "高出" + area);
            Add(LinkRole.GapDown, Qualifiers.None, "低于" + area, "慢于" + area);
        }
        // Longest first so that 降至 wins over 至 and 增长 over 增.
        return words.OrderByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Words whose last character is also a one-character link word (签约 is not 签 + 约, 人均 is not 人 + 均):
    /// such a character stays with the word before it. Two characters each: the word's character and the one before it.
    /// </summary>
    private static readonly string[] Compounds =
    {
        "冷却", "退却", "签约", "节约", "制约", "预约", "合约", "条约", "公约", "特约", "附近", "最近", "赶超", "到达", "抵达", "通达",
        "作为", "成为", "行为", "认为", "更为", "较为", "极为", "视为", "存在", "所在", "现在", "实在", "正在", "潜在",
        "内在", "新增", "净增", "倍增", "递增", "激增", "甚至", "以至", "直至", "乃至", "于是", "但是", "就是", "还是",
        "总是", "都是", "更是", "平均", "人均", "户均", "亩均", "地均", "日均", "月均", "而已", "目的", "直达", "送达",
        "自由", "理由", "缘由", "经由",
    };

    // Declared after Compounds: static fields initialise in text order. Keyed by the two characters (no substring per test).
    private static readonly HashSet<int> CompoundSet = new(Compounds.Select(c => PairKey(c[0], c[1])));

    private static int PairKey(char first, char second) => (first << 16) | second;

    /// <summary>The longest link word ending at <paramref name="end"/> (exclusive) and starting at or after <paramref name="min"/>.</summary>
    public static LinkWord? EndingAt(string text, int min, int end)
    {
        if (end <= min || end > text.Length || !ByLastChar.TryGetValue(text[end - 1], out var words)) return null;
        foreach (var w in words)
        {
            int s = end - w.Word.Length;
            if (s < min || string.CompareOrdinal(text, s, w.Word, 0, w.Word.Length) != 0) continue;
            if (w.Word.Length == 1 && s > min && CompoundSet.Contains(PairKey(text[s - 1], text[s]))) continue;
            return w;
        }
        return null;
    }

    /// <summary>True when a link word (of at least <paramref name="minLength"/> characters) starts at <paramref name="start"/> and ends by <paramref name="end"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static bool StartsWithLink(string text, int start, int end, int minLength = 1)
    {
        if (start < 0 || start >= end || start >= text.Length || !ByFirstChar.TryGetValue(text[start], out var words)) return false;
        foreach (var w in words)
        {
            if (w.Word.Length >= minLength && start + w.Word.Length <= end && string.CompareOrdinal(text, start, w.Word, 0, w.Word.Length) == 0) return true;
        }
        return false;
    }

    /// <summary>Qualifiers written right after a value and its unit (4.5% 左右, 1000 亿元以上, 3% 以内, 15 万余件).</summary>
    private static readonly (string Word, Qualifiers Qualifier)[] AfterValue =
    {
        ("左右", Qualifiers.About), ("以上", Qualifiers.Over), ("之上", Qualifiers.Over), ("以内", Qualifiers.Within),
        ("以下", Qualifiers.Within), ("之内", Qualifiers.Within), ("余", Qualifiers.Over), ("多", Qualifiers.Over),
    };

    /// <summary>The length of a qualifier written at <paramref name="index"/> after a value (左右, 以上, 余), or 0.</summary>
    public static int QualifierAfterValue(string text, int index, out Qualifiers qualifier)
    {
        foreach (var (word, q) in AfterValue)
        {
            if (!TextMatch.At(text, index, word)) continue;
            qualifier = q;
            return word.Length;
        }
        qualifier = Qualifiers.None;
        return 0;
    }

    /// <summary>Words that split a subject from its measure inside a name: 中关村石景山园[实现]收入, 数字经济核心产业[预计实现]收入.</summary>
    public static readonly string[] MidSplitters = { "预计实现", "预计", "实现", "完成", "全年" };

    /// <summary>Words that open a piece without being part of its name: time frames, scopes, modal verbs (全年, 全区, 力争, 其中).</summary>
    private static readonly string[] LeadWords =
    {
        "初步预计", "预计", "初步", "全年", "全区", "全市", "全省", "全县", "全州", "全旗", "全盟", "全镇", "全乡", "今年", "当年", "年内", "明年", "去年底", "去年末", "去年",
        "其中", "今明两年", "也要", "还要", "将", "我们", "要力争使", "要力争", "要确保", "力争使", "力争", "确保", "争取到", "争取", "努力", "推动", "完成", "实现", "达到", "解决", "首次", "再次", "首度", "同比", "、",
        "同时", "此外", "另外", "每年平均", "要使", "已经", "目前", "取得", "获得", "培养", "吸收", "累计实现", "超额", "拟安排", "安排", "拟", "全国", "我国", "我省", "我区", "我市", "我县", "我州", "我旗", "年末", "年底", "年初", "的",
        "实施", "开展", "年度", "颁发", "发放", "提出", "正常年景下", "包括", "以及", "建议", "把",
        "按可比价格计算", "按可比口径计算", "扣除价格因素", "而", "又", "这一年", "同年", "它们", "它", "虽然", "但是", "但", "并且", "发行",
        "累计", "共投入", "新纳入", "圆满完成", "要求", "建成投产", "已", "仅", "一次性",
    };

    // (After LeadWords: static fields are set in the order they are written.)
    private static readonly WordIndex LeadWordIndex = new(LeadWords);

    /// <summary>
    /// 考虑价格下降因素, 扣除自然因素影响后, 剔除…因素后: a phrase that adjusts the figure before its name (at most 12
    /// characters up to 因素, and its 影响/后), or 0.
    /// </summary>
    private static int AdjustmentLength(string text, int i, int end)
    {
        if (end - i < 6 || (!TextMatch.At(text, i, "考虑") && !TextMatch.At(text, i, "扣除") && !TextMatch.At(text, i, "剔除"))) return 0;
        int factor = text.IndexOf("因素", i + 2, Math.Min(12, end - i - 2), StringComparison.Ordinal);
        if (factor < 0 || factor + 2 > end) return 0;
        int n = factor + 2 - i;
        if (i + n + 2 <= end && TextMatch.At(text, i + n, "影响")) n += 2;
        if (i + n < end && text[i + n] == '后') n++;
        return n;
    }

    /// <summary>Words before a figure's starting point (从…提高到, 由原定…调高到), longest first: no part of the name before them.</summary>
    public static readonly string[] FromWords = { "分别从", "由原定", "从" };

    /// <summary>Adverbs between a name and its figure (农业总产值[仍以]每年递增7.5%, 国内财政收入[却]下降3.3%): no part of the name.</summary>
    public static readonly string[] TrailingAdverbs = { "却以", "仍以", "却", "也", "只" };

    /// <summary>Words of a yearly rate or average that can open a piece before an indicator (年均新增城镇就业).</summary>
    public static readonly string[] PeriodLeads = { "平均每年", "每年平均", "年均", "每年", "年平均" };

    /// <summary>Verbs of a cut that open a piece (再减少农村贫困人口1000万, 降低企业税负5700多亿元): the value is the size of the cut.</summary>
    public static readonly string[] CutVerbs = { "再减少", "减少", "降低", "压减", "削减" };

    /// <summary>
    /// Phrases that adjust a figure inside its name (一般公共预算收入剔除虚增空转因素后, 一般公共预算收入同口径, 社会商品零售
    /// 总额扣除价格因素): the measure comes before them. Such a phrase ends on 后, 口径 or 因素.
    /// </summary>
    public static readonly string[] AdjustingPhrases = { "剔除", "扣除", "按可比口径", "按同口径", "同口径", "可比口径" };

    /// <summary>Adjustments that leave the measure what it is: a comparable basis, prices taken out (real terms).</summary>
    public static readonly string[] SameMeasureAdjustments = { "口径", "价格因素", "物价因素" };

    /// <summary>Words ending a name that make it a rate of change (经济增长速度, 物价上涨幅度); 增长率, a rate like 失业率, is not one.</summary>
    public static readonly string[] RateNames = { "增长幅度", "增长速度", "上涨幅度", "增幅", "增速", "涨幅", "降幅" };

    /// <summary>The direction a rate name at the end of <paramref name="name"/> says (上涨幅度, 增速: up; 降幅: down), or null.</summary>
    public static Direction? RateNameDirection(string name)
    {
        foreach (var rate in RateNames)
        {
            if (name.Length > rate.Length && name.EndsWith(rate, StringComparison.Ordinal)) return rate == "降幅" ? Direction.Down : Direction.Up;
        }
        return null;
    }

    /// <summary>Rate nouns that can belong to an indicator's own name (居民消费价格涨幅).</summary>
    private static readonly string[] RateNouns = { "涨幅", "增幅", "降幅", "增速" };

    /// <summary>True for a rate noun that can belong to an indicator's own name (居民消费价格涨幅).</summary>
    public static bool IsRateNoun(string word) => Array.IndexOf(RateNouns, word) >= 0;

    /// <summary>The length of a word at <paramref name="i"/> that opens a piece without being part of the name, or 0.</summary>
    public static int LeadWordLength(string text, int i, int end)
    {
        if (LeadWordIndex.At(text, i, end) is { } lead) return lead.Length;
        char c = text[i];
        // 五年累计实际利用外资, 五年全国新增城镇就业: a count of years before 累计, another lead word or a count of new
        // ones (the period rules read it).
        if (i + 3 < end && text[i + 1] == '年' && ChineseNumerals.IsNumeralChar(c)
            && (LeadWordLength(text, i + 2, end) > 0 || TextMatch.AtAny(text, i + 2, IncreaseLeads))) return 2;
        // 五年内全国工农业总产值, 五年间, 这五年农民人均纯收入: a count of years (the period rules read it).
        if (i + 4 < end && ChineseNumerals.IsNumeralChar(c) && text[i + 1] == '年' && (text[i + 2] == '内' || text[i + 2] == '间')) return 3;
        if (c == '这' && i + 4 < end && ChineseNumerals.IsNumeralChar(text[i + 1]) && text[i + 2] == '年') return 3;
        // 使国民生产总值达到…: what is made to reach a figure (not 使用外资).
        if (c == '使' && i + 3 < end && text[i + 1] != '用') return 1;
        // 共颁发多证合一营业执照, 共取得: 共 (in all) before another lead word.
        if (c == '共' && i + 3 < end && LeadWordLength(text, i + 1, end) > 0) return 1;
        // 今后五年国内生产总值, 未来五年: the coming years (the period rules read them).
        if ((TextMatch.At(text, i, "今后") || TextMatch.At(text, i, "未来")) && i + 4 < end && text[i + 3] == '年' && ChineseNumerals.IsNumeralChar(text[i + 2])) return 4;
        // 一是发行1000亿元长期国债: the ordinal of an inline list item.
        if (i + 2 < end && text[i + 1] == '是' && ChineseNumerals.IsNumeralChar(c) && c != '两') return 2;
        // 考虑价格下降因素, 扣除自然因素影响后: an adjustment of the figure, not its name.
        if (AdjustmentLength(text, i, end) is int adjustment && adjustment > 0) return adjustment;
        // 到2030年, 到2025年底(前): the year a goal is set for (the period rules read it).
        if ((c == '到' || c == '至') && i + 5 < end && text[i + 5] == '年' && IsDigits(text, i + 1, 4))
        {
            int n = i + 6 < end && (text[i + 6] == '底' || text[i + 6] == '末') ? 7 : 6;
            return i + n < end && text[i + n] == '前' ? n + 1 : n;
        }
        // 十五五时期, “十四五”期间 (the opening quote is peeled first): a plan period.
        int plan = PlanPeriodLength(text, i, end);
        if (plan > 0) return plan;
        // A year written in numerals: 一九五三年.
        if (IsNumeralYear(text, i, end)) return i + 5 < end && "度末底".IndexOf(text[i + 5]) >= 0 ? 6 : 5;
        // A year: 2023 年, 2023 年度.
        if (c >= '0' && c <= '9')
        {
            int j = i;
            while (j < end && text[j] >= '0' && text[j] <= '9') j++;
            if (j - i == 4 && j < end && text[j] == '年') return j + 1 - i + (j + 1 < end && "度末底".IndexOf(text[j + 1]) >= 0 ? 1 : 0);
            // An item number opening a numbered sub-item: 1.新增国家高新技术企业, 2、….
            if (j - i <= 2 && j + 1 < end && (text[j] == '.' || text[j] == '、') && text[j + 1] >= 0x4E00) return j + 1 - i;
            // A count of the subject: 518 家文化产业单位总收入.
            while (j < end && (text[j] == '.' || (text[j] >= '0' && text[j] <= '9'))) j++;
            int unit = UnitLexicon.Match(text, j);
            // 60岁以上人口: an age bracket belongs to the name.
            if (unit > 0 && j + unit < end && text[j] != '岁') return j + unit - i;
            return 0;
        }
        // A quoted code without Chinese text: “1+3+1”.
        if (CompactText.IsQuote(c))
        {
            int j = i + 1;
            bool cjk = false;
            while (j < end && !CompactText.IsQuote(text[j])) { if (text[j] >= 0x4E00) cjk = true; j++; }
            if (j < end && !cjk) return j + 1 - i;
            return 1;
        }
        return 0;
    }

    /// <summary>一九五三年 at <paramref name="i"/>: four numeral digits (〇 and ○ for zero) and 年.</summary>
    public static bool IsNumeralYear(string text, int i, int end)
    {
        if (i + 5 > end || text[i + 4] != '年' || text[i] != '一' && text[i] != '二') return false;
        for (int k = i; k < i + 4; k++) if ("〇○零一二三四五六七八九".IndexOf(text[k]) < 0) return false;
        return true;
    }

    private static bool IsDigits(string text, int i, int count)
    {
        for (int k = i; k < i + count; k++) if (text[k] < '0' || text[k] > '9') return false;
        return true;
    }

    private static readonly string[] PlanPeriodWords = { "时期", "期间", "期末", "末" };

    /// <summary>十五五时期, 十四五”期间: a five-year plan's name and a period word opening a piece; its length, or 0.</summary>
    private static int PlanPeriodLength(string text, int i, int end)
    {
        int j = i;
        if (j < end && text[j] == '十') j++;
        if (j < end && "一二三四五六七八九".IndexOf(text[j]) >= 0 && j + 1 < end && text[j + 1] == '五') j += 2;
        else if (j > i && j < end && text[j] == '五') j++;
        else return 0;
        if (j < end && CompactText.IsQuote(text[j])) j++;
        foreach (var word in PlanPeriodWords)
        {
            if (j + word.Length < end && string.CompareOrdinal(text, j, word, 0, word.Length) == 0) return j + word.Length - i;
        }
        return 0;
    }

    // ---- The piece before a value (PieceReader)

    /// <summary>Words before a span ending a name (过去三年, 近五年) that go with it.</summary>
    public static readonly string[] SpanLeads = { "过去", "最近", "近", "这", "连续" };

    // ---- Which name a value takes (NameSources)

    /// <summary>Heads so generic that the piece before names what they count (深化老旧小区综合整治，实施项目 38 个).</summary>
    public static readonly string[] GenericHeads = { "项目", "工程" };

    /// <summary>
    /// Verbs after a subject inside a name that allocate, propose, hand out or gain what the name is (中央财政安排科技投入, 这两年取得
    /// 重大科技成果). Not 使用 or 培养, which belong to names (实际使用外资, 人才培养项目).
    /// </summary>
    public static readonly string[] AllocationVerbs = { "安排", "提出了", "提出", "要求", "取得", "获得", "发放" };

    /// <summary>Words that open the predicate of names listed before a 分别 list (化学需氧量、二氧化硫排放总量近年来首次出现双下降).</summary>
    public static readonly string[] TopicPredicates = { "近年来", "首次", "出现", "实现", "双双" };

    /// <summary>Words that open the predicate of a noun counted before it (5575万农村贫困人口实现脱贫): the noun ends there.</summary>
    public static readonly string[] NounPredicates = { "实现", "得到", "纳入", "摆脱", "驰援", "受益", "全部", "全面", "通过", "完成投资", "发放", "追回", "免费提供", "提供", "建立", "都能" };

    /// <summary>Wholes a share is taken of without 占 (稳定在全国1/10以上).</summary>
    public static readonly string[] WholesShared = { "全国", "全省", "全球", "世界" };

    /// <summary>Words that open with a noun predicate and are part of a noun (乡村全面振兴, 全面小康).</summary>
    public static readonly string[] PredicateLookalikes = { "全面振兴", "全面小康" };

    /// <summary>Predicates of a record set (进出口总值创历史新高): no figure of their own; the measure before them is the topic.</summary>
    public static readonly string[] RecordPredicates = { "再创历史新高", "创历史新高", "再创新高", "创新高", "创历史最好水平", "创历史最高水平" };

    /// <summary>Adverbs before a rank's verb (历史性跃居, 首次进入, 双双跃居): no part of what is ranked.</summary>
    public static readonly string[] RankAdverbs = { "历史性", "首次", "再次", "双双", "一举", "成功", "均" };

    /// <summary>Verbs that say what money after a value goes to (基金支持稳岗和培训, 资金用于农村公交): the money is the noun.</summary>
    public static readonly string[] PurposeVerbs = { "支持", "用于", "支援", "加强", "置换" };

    /// <summary>Nouns of money set aside (资金, 基金, 国债): before a <see cref="PurposeVerbs"/> verb, the noun a value counts.</summary>
    public static readonly string[] FundNouns = { "资金", "基金", "国债", "经费", "贷款", "限额" };

    /// <summary>What counted things then do (304个省列重大项目完成投资…, 为5.01万名农民工追回欠薪…): a predicate of the noun after a count.</summary>
    public static readonly string[] ActsOfCounted = { "完成投资", "发放", "追回" };

    /// <summary>Base units that count things or people (个, 名, 家 …).</summary>
    public static readonly string[] CountUnits = { "个", "名", "家", "户", "项", "所", "座", "位", "人", "人次" };

    /// <summary>Prepositions of whom a figure benefits (为6107名困难家庭高校新生发放…).</summary>
    public const string Beneficiary = "为对向给";

    /// <summary>Modals and adverbs that open such a predicate (事项可通过…, 居民群众直接受益).</summary>
    public static readonly string[] PredicateAdverbs = { "成功", "直接", "首次", "基本", "初步", "已经", "顺利", "可以", "可", "均", "都", "已", "将", "并" };

    /// <summary>Verbs that put money or things to use, whose object after the value names it (发行2100亿元长期国债).</summary>
    public static readonly string[] ObjectVerbs = { "发行", "增发", "下达", "筹集", "带动", "撬动", "吸引", "通过", "颁布", "夺得", "应对", "抵御", "抗御", "促成", "设立" };

    /// <summary>Last characters of a grade listed before the noun it grades (国家级、省级临床重点专科; 一类、二类口岸; 大型、中型水库).</summary>
    public const string GradeEndings = "级类型";

    /// <summary>
    /// Prepositions of whom an act is for or toward (为中西部地区1700多万名贫困家庭学生免费提供教科书): the words after them
    /// name the beneficiary, not the figure; the noun after the value does. (<see cref="Beneficiary"/> is the one
    /// character of such a preposition right before a value.)
    /// </summary>
    public static readonly string[] BeneficiaryOpenings = { "为", "还为", "并为", "向", "给" };

    /// <summary>Characters that make a word of the 有 after them (现有, 所有, 没有, 拥有, 具有, 享有, 持有, 占有, 特有, 固有).</summary>
    public const string HaveCompounds = "现所没拥具享持占特固";

    /// <summary>Adverbs before the 有 that links a name to its count (共有, 已经有, 大约有, 也还只有), longest first.</summary>
    public static readonly string[] HaveAdverbs = { "也还只", "已经", "大约", "分别", "共", "已", "约", "只", "还", "就", "都" };

    /// <summary>
    /// Prepositions that close the words before a count of those the act is with (我国同30个国家建立或恢复了外交关系, 与12个
    /// 国家签署): the noun after the count names it.
    /// </summary>
    public static readonly string[] CompanionPrepositions = { "同", "与", "跟" };

    /// <summary>Per-head frames that alone name no figure (年人均提高2556元: the standard raised before does).</summary>
    public static readonly string[] PerHeadFrames = { "人均每年", "每人每年", "人均每月", "每人每月", "年人均", "人均", "每人", "户均" };

    /// <summary>Adverbs of a rise that the link words leave before it (逐年提高, 不断提高).</summary>
    public static readonly string[] RiseAdverbs = { "逐年", "逐步", "不断", "普遍", "进一步" };

    /// <summary>Scopes before a per-head frame that pick one half of a 城乡 standard (城镇年人均提高600元).</summary>
    public static readonly string[] PerHeadScopes = { "城镇", "农村" };

    /// <summary>Nouns of a standard paid or granted (养老金标准, 环卫工人工资, 生活补贴) that a later per-head figure raises.</summary>
    public static readonly string[] StandardNouns = { "标准", "工资", "补贴", "津贴", "养老金", "补助" };

    /// <summary>Sizes said of a thing after 的 (总投资30亿元的…项目, 首期规模500亿元的…基金).</summary>
    public static readonly string[] SizeMeasures = { "总投资", "总规模", "首期规模" };

    /// <summary>Words that end the name of a thing with a size (…综合体项目, …投资引导基金, …改造工程).</summary>
    public static readonly string[] SizedThings = { "项目", "基金", "工程", "综合体", "园区", "基地" };

    /// <summary>Words that open the head a list's items share (制造业、普惠小微贷款余额: 贷款余额; 人参、食用菌全产业链产值: 全产业链产值).</summary>
    public static readonly string[] HeadOpeners = { "全产业链", "产业", "贷款" };

    /// <summary>Measures that a list's last item can carry for all its items (一产、二产、三产增加值).</summary>
    public static readonly string[] ListMeasures = { "增加值", "产值", "产量", "营业收入", "营收", "利润", "投资", "零售额", "销售额", "进出口额", "出口额" };

    /// <summary>Nouns that end the name of a measure (钢的产量, 城镇居民人均生活费收入, 外汇储备): a topic so ended is a measure.</summary>
    public static readonly string[] MeasureEndings =
    {
        "产量", "产值", "总值", "总额", "收入", "支出", "投资", "资金", "增加值", "储备", "余额", "价格", "指数", "利润", "税收", "面积", "人数", "人口",
        "率", "量",
    };

    /// <summary>Units a figure is counted per, written before it (提高到每人每年240元).</summary>
    public static readonly string[] PerUnits = { "每人每年", "每人每月", "每人", "每户", "每亩" };

    /// <summary>Characters that make a word of a 要 after them (纲要, 需要, 主要, 重要), which is then no modal.</summary>
    public const string Modals = "纲需主重摘只概提";

    /// <summary>Names that say only "the total" (总额达到11377亿元): the total of the figure named before.</summary>
    public static readonly string[] BareTotals = { "总额", "总量", "总值", "总规模", "总数", "规模" };

    /// <summary>Words of an increase opening the name of new ones counted (新增上市公司, 累计净增各类经营主体).</summary>
    public static readonly string[] IncreaseLeads = { "累计净增", "累计新增", "净增", "新增", "新登记", "新设" };

    /// <summary>Action verbs that open a piece of plan prose (深化…, 推进…) and are not part of what is counted.</summary>
    public static readonly string[] ActionVerbs =
    {
        "深化", "推进", "加快", "推动", "实施", "开展", "启动", "加强", "持续推进", "全面推进", "扎实推进", "稳步推进", "完成", "抓好", "办好",
    };

    /// <summary>Adverbs of two characters before a verb (继续办好, 已经加入, 基本建成).</summary>
    public static readonly string[] VerbAdverbs = { "继续", "全力", "已经", "基本" };

    /// <summary>Verbs that bring counted things about (打造30个“辽宁优品”, 新开工10项国家重点建设工程).</summary>
    public static readonly string[] CountingVerbs = { "打造", "培育", "建成", "新建", "开工", "组建", "创建", "引进", "建立", "认定", "改造", "开通", "投用", "加固", "建设",
        "新建成", "扩建", "改扩建", "新改扩建", "开工建设", "完工", "竣工" };

    /// <summary>Nouns that name a measure rather than things counted (产量, 产值, 总额).</summary>
    public static readonly string[] MeasureNouns = { "产量", "产值", "总额", "增加值", "收入", "规模" };

    /// <summary>Nouns after a value that make it a threshold passed (突破 200 亿元关口), not a new fact.</summary>
    public static readonly string[] MilestoneNouns = { "关口", "大关", "台阶", "门槛", "量级" };

    // ---- Whose generic measure a name is (SubjectLabels)

    /// <summary>Measures too generic to stand alone: whose 收入? The industry the sentence opens with.</summary>
    public static readonly string[] GenericMeasures = { "收入", "产业收入", "总收入", "营业收入", "营收", "增加值", "产业增加值", "产业规模", "规模", "利润", "利润总额", "税收", "收益" };

    /// <summary>Verbs that open a sentence about an industry (巩固现代金融产业主导地位, 发挥新一代信息技术产业优势).</summary>
    public static readonly string[] TopicVerbs =
    {
        "巩固", "发挥", "提升", "突出", "壮大", "推动", "加快", "促进", "培育", "发展", "支持", "聚焦", "深化", "打造", "做强", "做大",
        "推进", "加强", "做优", "扩大", "强化", "引导",
    };

    /// <summary>Heads that end the industry a sentence opens with (现代金融产业, 商务服务业).</summary>
    public static readonly string[] TopicHeads = { "服务业", "产业" };

    /// <summary>Verbs dropped from a measure split off its subject (预计实现收入 → 收入).</summary>
    public static readonly string[] SplitVerbs = { "预计", "实现", "完成" };

    // ---- The roles of values beside their neighbours (ValueRoles)

    /// <summary>Verbs of a change to a value (增至, 提高到, 降至): 从 A 增至 B makes A a baseline, and a value before one is no name.</summary>
    public static readonly string[] ChangeTo =
    {
        "增至", "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "升至",
        "降至", "降到", "减至", "减到", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "扩大到", "扩大至", "缩短到", "缩短至", "延长到", "延长至", "调整到", "调整为", "调高到", "调低到", "到", "至",
    };

    /// <summary>Hedges between 从 and a baseline value (从不足 100 家增至 …).</summary>
    public static readonly string[] BaselineHedges = { "不足", "不到", "约", "近" };

    /// <summary>Times between 从 and a baseline value (从上半年5.5%降到5.3%).</summary>
    public static readonly string[] BaselineTimes = { "上半年", "一季度", "前三季度", "年初", "上年", "去年", "上年末", "去年底", "年初的" };

    /// <summary>Words that end in a joiner character without joining anything (惠及, 参与, 总和).</summary>
    public static readonly string[] JoinerWords = { "惠及", "涉及", "普及", "危及", "顾及", "以及", "波及", "参与", "给与", "赋与", "总和", "饱和", "缓和", "融和" };

    /// <summary>Scopes that name two things at once, in the order 分别 lists their values: 城乡 → 城镇, 农村.</summary>
    public static readonly (string Pair, string First, string Second)[] PairedScopes = { ("城乡", "城镇", "农村") };

    /// <summary>Two measures written as one word at a name's end: 一般公共预算收支 (收入 and 支出), 存贷款余额 is not one.</summary>
    public static readonly (string Pair, string First, string Second)[] PairedMeasures = { ("收支", "收入", "支出") };

    /// <summary>Measures listed after their counterpart, sharing its modifier: 地方财政收入、支出 (支出 is 地方财政支出).</summary>
    public static readonly (string Head, string Counterpart)[] CounterpartMeasures =
    {
        ("收入", "支出"), ("支出", "收入"), ("进口", "出口"), ("出口", "进口"), ("存款", "贷款"), ("贷款", "存款"),
    };

    // ---- What a figure measures, and where the main targets start (MeasureRules)

    /// <summary>Words that make a percentage a share (比重, 比例, 赤字率).</summary>
    public static readonly string[] ShareWords = { "比重", "占比", "比例", "份额", "赤字率", "负债率", "投入强度", "贡献率", "之比" };

    /// <summary>Phrases after which a sentence lists the main targets (主要预期目标是).</summary>
    public static readonly string[] MainTargetPhrases = { "主要预期目标", "主要目标是", "主要目标为", "预期目标是", "预期目标为" };

    // ---- Periods (PeriodRules)

    /// <summary>Measures that are averages by nature (平均受教育年限, PM2.5年均浓度): a level of their year, not a mean over a span.</summary>
    public static readonly string[] AverageMeasures = { "受教育年限", "浓度" };

    /// <summary>Words before a level that make it a sum over its span (累计, 新增) rather than where the span ended.</summary>
    public static readonly string[] CumulativeWords = { "累计", "合计", "总计", "共计", "新增", "新建", "年均", "平均" };

    /// <summary>Verbs that hold a planned level through its span (城镇调查失业率控制在5.5%以内 in the plan of five years).</summary>
    public static readonly string[] HeldLevelWords = { "控制在", "保持在", "稳定在", "维持在" };

    /// <summary>Words of a mean over years (年均增长12.1%): after a dated change, the mean runs from the year after its baseline.</summary>
    public static readonly string[] MeanWords = { "年均", "年平均", "平均每年", "每年平均" };

    // ---- Ranks (RankRules, RankFacts)

    /// <summary>Verbs that state a rank (排名第六, 位居首位, 居城六区第一).</summary>
    public static readonly string[] RankVerbs = { "排名", "位居", "稳居", "位列", "位于", "上升为", "上升至", "上升到", "跃升至", "跃升为", "跃升到", "跃居", "提升至", "提升到", "居", "列", "排" };

    /// <summary>Scopes written before a rank verb.</summary>
    public static readonly string[] RankScopes = { "全国", "全市", "全省", "全区", "全县", "全州", "全旗", "全盟", "设区市", "城六区", "中心城区", "生态涵养区", "同类城市", "组内" };

    /// <summary>Words that say what of the figure before is ranked (增速全市排名第六 ranks the growth named before).</summary>
    public static readonly string[] RankedAspects = { "增速", "增幅", "数量", "总量", "规模", "均", "总额", "金额" };

    // ---- Standard indicators (StandardIndicatorMatcher)

    /// <summary>Scopes written before an indicator that do not change what it measures (设区城市PM2.5平均浓度).</summary>
    public static readonly string[] IndicatorScopes = { "设区城市", "设区市", "地级及以上城市", "全国", "我国", "全省", "全市", "全区", "全县", "全州", "全旗", "全盟", "年" };
}
