using System;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What the text between the start of a piece and a value says: where the name lies, and what its link words say.</summary>
internal sealed class PieceReading
{
    /// <summary>Where the name starts in the compact text.</summary>
    public int NameStart { get; set; }

    /// <summary>Where the name ends (exclusive); equal to <see cref="NameStart"/> when the piece names nothing.</summary>
    public int NameEnd { get; set; }

    /// <summary>The hedges and bounds written between name and value (约, 超过, 不低于, 预计).</summary>
    public Qualifiers Qualifiers { get; set; }

    /// <summary>The direction of a rate word between name and value (增长, 下降), or null when none.</summary>
    public Direction? Direction { get; set; }

    /// <summary>The rate noun that followed the name (涨幅, 降幅), with its position, when one did.</summary>
    public int RateNounEnd { get; set; } = -1;

    /// <summary>True when 分别 stands before the value: it pairs with the names or figures listed before.</summary>
    public bool Respectively { get; set; }

    /// <summary>
    /// Where a gap phrase (对俄进出口增速高于全国8.4个百分点) ends, or -1: the value is how far the name's figure is above
    /// (or below) the wider area's, not the figure.
    /// </summary>
    public int GapEnd { get; set; } = -1;

    /// <summary>Where the gap phrase (高于全国) starts, when <see cref="GapEnd"/> is set.</summary>
    public int GapStart { get; set; } = -1;

    /// <summary>True when 均 stands before the value (A和B增幅均超过10%): the one value is each listed name's.</summary>
    public bool Each { get; set; }

    public bool HasName => NameEnd > NameStart;
}

/// <summary>
/// Reads the piece of a clause before a value: cuts the indicator name out of it and records what the link words
/// around the name say. Light verbs, hedges and rate words next to the value are peeled off the end (实现, 突破,
/// 同比增长, 控制在 …), time frames and modal verbs off the start (全年, 全区, 2023 年, 力争, 确保, 其中), quotation
/// marks dropped. The words come from <see cref="FactLexicon"/>.
/// </summary>
internal static class PieceReader
{
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static PieceReading Read(string text, int start, int end)
    {
        var result = new PieceReading();
        // Peel link words off the end.
        int e = end;
        while (e > start)
        {
            // 比 2019 年, 较 2020 年同期: the base year of a comparison; 比“十三五”时期, 较“十三五”期末: its base period.
            int baseYear = BaseYearLength(text, start, e);
            if (baseYear > 0) { e -= baseYear; continue; }
            int basePeriod = BasePeriodLength(text, start, e);
            if (basePeriod > 0) { e -= basePeriod; continue; }
            // 工业总产值一九七七年比一九七六年增长: the year of the figure (the period rules read it) ends no name.
            int year = TrailingYearLength(text, start, e);
            if (year > 0) { e -= year; continue; }
            // 高速公路通车里程全国第四、突破1万公里: a rank stated before the value (a fact of its own) ends no name.
            int rank = TrailingRankLength(text, start, e);
            if (rank > 0) { e -= rank; continue; }
            // 提高到2025年的: the year a change reached (the period rules read it).
            int reached = ReachedYearLength(text, start, e);
            if (reached > 0) { e -= reached; continue; }
            int yearEnd = TrailingYearEndLength(text, start, e);
            if (yearEnd > 0) { e -= yearEnd; continue; }
            // 补助标准提高到每人每年(240元): the unit a figure is counted per is no part of its name.
            int per = TrailingPerUnitLength(text, start, e);
            if (per == 0) per = TrailingPerQuantityLength(text, start, e);
            if (per > 0) { e -= per; continue; }
            // 城镇调查失业率均值5.2%: the mean of a rate over the year is that rate as reported.
            int mean = TrailingRateMeanLength(text, start, e);
            if (mean > 0) { e -= mean; continue; }
            // 铁路投资要(保持在8000亿元以上), 也要再减少…, 中央预算内投资拟(增加到): a modal before the link words ends no name.
            if (e - start >= 3 && (text[e - 1] == '要' || text[e - 1] == '将' || text[e - 1] == '拟') && FactLexicon.Modals.IndexOf(text[e - 2]) < 0 && e < end) { e--; continue; }
            // 外贸进出口在对美贸易下降超3成的情况下增长12%: the circumstances of a figure are no part of its name.
            int circumstances = CircumstancesLength(text, start, e);
            if (circumstances > 0) { e -= circumstances; continue; }
            var link = FactLexicon.EndingAt(text, start, e);
            // 按4%左右安排、比上年提高: a list mark before the link words ends the words of the value before.
            if (link is null && e < end && text[e - 1] == '、') { e--; continue; }
            if (link is null) break;
            var w = link.Value;
            switch (w.Role)
            {
                case LinkRole.Qualifier: result.Qualifiers |= w.Qualifier; break;
                case LinkRole.Up: result.Direction ??= Direction.Up; break;
                case LinkRole.Down: result.Direction ??= Direction.Down; break;
                case LinkRole.Respectively: result.Respectively = true; break;
                case LinkRole.GapUp or LinkRole.GapDown:
                    result.Direction ??= w.Role == LinkRole.GapUp ? Direction.Up : Direction.Down;
                    result.GapEnd = e;
                    result.GapStart = e - w.Word.Length;
                    break;
            }
            if (FactLexicon.IsRateNoun(w.Word)) result.RateNounEnd = e;
            // 均 on its own (not 人均, 年均, 平均): the value holds for each name listed.
            if (w.Word == "均" && e - 2 >= start && "人年平".IndexOf(text[e - 2]) < 0) result.Each = true;
            e -= w.Word.Length;
        }
        // 居民人均可支配收入五年增长: the span between the name and its rate.
        e -= EndSpanLength(text, start, e);

        // Peel time frames, modal verbs, years, counts and quoted codes off the start, never down to one character
        // (解决率 stays a name). A span that opens the piece (过去三年, 五年来) is for the period rules to read.
        int s = start;
        while (s < e)
        {
            // 棚户区改造47.63万户(套)、老旧小区改造68.56万户: a short parenthesis and a list mark opening a piece are the
            // alternative unit of the figure before (户(套), 套(间), 辆(台)); they open no name.
            int aside = AlternativeUnitLength(text, s, e);
            if (aside > 0) { s += aside; continue; }
            int span = SpanLeadLength(text, s, e);
            if (span > 0) { s += span; continue; }
            int period = PeriodBeforeIndicator(text, s, e);
            if (period > 0) { s += period; continue; }
            int n = FactLexicon.LeadWordLength(text, s, e);
            if (n == 0 || e - s - n == 1) break;
            // (包括村办工业): inside parentheses 包括 says what the figure includes; it stays.
            if (s > 0 && text[s - 1] == '(' && TextMatch.At(text, s, "包括")) break;
            s += n;
        }
        // (今年)再减少农村贫困人口1000万: a verb of a cut opening the name makes the value a fall, named by what follows it
        // (减少收入的农户 is a noun phrase: a 的 after the verb keeps it whole).
        foreach (var cut in FactLexicon.CutVerbs)
        {
            if (e - s <= cut.Length + 1 || !TextMatch.At(text, s, cut) || text.IndexOf('的', s, e - s) >= 0) continue;
            result.Direction ??= Direction.Down;
            s += cut.Length;
            break;
        }
        while (e > s && CompactText.IsQuote(text[e - 1])) e--;
        result.NameStart = s;
        result.NameEnd = e;
        return result;
    }

    /// <summary>The length of a parenthesis of one or two characters and the list mark after it at <paramref name="start"/>, or 0.</summary>
    private static int AlternativeUnitLength(string text, int start, int end)
    {
        if (text[start] != '(') return 0;
        for (int i = start + 2; i <= start + 3 && i + 1 < end; i++)
        {
            if (text[i] == ')') return text[i + 1] == '、' ? i + 2 - start : 0;
        }
        return 0;
    }

    /// <summary>在…的情况下 (or 在…下) ending a piece after a name of two characters or more, or 0.</summary>
    private static int CircumstancesLength(string text, int start, int end)
    {
        // (在明显提高质量和效益的基础上年均增长7%: the basis a figure is reached on, as well.)
        if (end - 1 <= start || (text[end - 1] != '下' && !(end - 3 > start && TextMatch.At(text, end - 3, "基础上")))) return 0;
        int at = text.LastIndexOf('在', end - 2, end - 1 - start);
        return at >= start + 2 && end - at >= 4 ? end - at : 0;
    }

    /// <summary>
    /// 年均, 每年, 五年 opening a piece whose rest is a standard indicator (年均新增城镇就业30万人, 五年城镇新增就业4500万人):
    /// the period rules read the words; the indicator is the name. Returns their length, or 0.
    /// </summary>
    private static int PeriodBeforeIndicator(string text, int start, int end)
    {
        int n = 0;
        foreach (var lead in FactLexicon.PeriodLeads)
        {
            if (TextMatch.At(text, start, lead)) { n = lead.Length; break; }
        }
        if (n == 0 && start + 1 < end && text[start + 1] == '年' && ChineseNumerals.IsNumeralChar(text[start])) n = 2;
        if (n == 0 || end - start - n < 2) return 0;
        string rest = text.Substring(start + n, end - start - n);
        // 年均经济增长速度: a rate of change after the period words is the name too.
        return StandardIndicatorMatcher.IsAlias(rest) || (rest.Length >= 4 && FactLexicon.RateNameDirection(rest) is not null) ? n : 0;
    }

    /// <summary>A four-digit year (and 的) ending a piece right after a verb of change (提高到2025年的), or 0.</summary>
    private static int ReachedYearLength(string text, int start, int end)
    {
        int e = end;
        if (e - 1 >= start && text[e - 1] == '的') e--;
        // 增加到2012年末的, 提升到去年底的: the end of the year reached.
        if (e - 1 >= start && (text[e - 1] == '底' || text[e - 1] == '末')) e--;
        if (e - 2 < start || text[e - 1] != '年') return 0;
        int before;
        if (e - 2 >= start && "去今上".IndexOf(text[e - 2]) >= 0) before = e - 2;
        else
        {
            if (e - 5 < start) return 0;
            for (int i = e - 5; i < e - 1; i++) if (text[i] < '0' || text[i] > '9') return 0;
            before = e - 5;
        }
        return before > start && (text[before - 1] == '到' || text[before - 1] == '至') ? end - before : 0;
    }

    /// <summary>均值 or 平均值 ending a piece right after a rate of two characters or more (失业率均值), or 0.</summary>
    private static int TrailingRateMeanLength(string text, int start, int end)
    {
        foreach (var mean in RateMeans)
        {
            int at = end - mean.Length;
            if (at - start >= 3 && text[at - 1] == '率' && TextMatch.At(text, at, mean)) return mean.Length;
        }
        return 0;
    }

    private static readonly string[] RateMeans = { "平均值", "均值" };

    /// <summary>每人每年, 每人, 每户, 每亩 ending a piece after two characters or more of it: its length, or 0.</summary>
    private static int TrailingPerUnitLength(string text, int start, int end)
    {
        foreach (var per in FactLexicon.PerUnits)
        {
            if (end - per.Length - start >= 2 && TextMatch.At(text, end - per.Length, per)) return per.Length;
        }
        return 0;
    }

    /// <summary>
    /// 最低收购价(平均)每50公斤 ending a piece after two characters or more of it: the quantity a figure is counted per
    /// (its value is skipped as no figure, <see cref="ValueRoles.IsInsideName"/>); its length, or 0.
    /// </summary>
    private static int TrailingPerQuantityLength(string text, int start, int end)
    {
        int i = end;
        while (i > start && end - i < 2 && text[i - 1] >= 0x4E00 && !ChineseNumerals.IsNumeralChar(text[i - 1]) && text[i - 1] != '每') i--;
        int unit = i;
        while (i > start && (char.IsDigit(text[i - 1]) || text[i - 1] == '.' || ChineseNumerals.IsNumeralChar(text[i - 1]))) i--;
        if (i == unit || unit == end || i - 1 <= start || text[i - 1] != '每') return 0;
        i--;
        if (i - 2 >= start && TextMatch.At(text, i - 2, "平均")) i -= 2;
        return i - start >= 2 ? end - i : 0;
    }

    /// <summary>国家外汇储备年底, 贷款余额去年末: the time of year ending a name after two characters or more of it: its length, or 0.</summary>
    private static int TrailingYearEndLength(string text, int start, int end)
    {
        if (end - 2 < start || text[end - 2] != '年' || (text[end - 1] != '底' && text[end - 1] != '末')) return 0;
        int n = end - 3 >= start && "去今上".IndexOf(text[end - 3]) >= 0 ? 3 : 2;
        // 1956年末, 一九八五年末: a year of its own (the year rules read it), not a time of year after a name.
        if (n == 2 && end - 3 >= start && (char.IsDigit(text[end - 3]) || ChineseNumerals.IsNumeralChar(text[end - 3]))) return 0;
        return end - n - start >= 2 ? n : 0;
    }

    /// <summary>全国第四, 全省第1位 ending a piece after two characters or more of it: its length, or 0.</summary>
    private static int TrailingRankLength(string text, int start, int end)
    {
        int e = end;
        if (e - 1 > start && (text[e - 1] == '位' || text[e - 1] == '名')) e--;
        int d = e;
        while (d > start && (ChineseNumerals.IsNumeralChar(text[d - 1]) || char.IsDigit(text[d - 1]))) d--;
        if (d == e || d - 1 <= start || text[d - 1] != '第') return 0;
        foreach (var scope in FactLexicon.RankScopes)
        {
            int at = d - 1 - scope.Length;
            if (at >= start + 2 && TextMatch.At(text, at, scope)) return end - at;
        }
        return 0;
    }

    /// <summary>A year (2025年, 一九七七年, and 的) ending a piece after two characters or more of it, or 0.</summary>
    private static int TrailingYearLength(string text, int start, int end)
    {
        int e = end - 1 >= start && text[end - 1] == '的' ? end - 1 : end;
        // 从2007年底的: the end of that year.
        if (e - 1 > start && (text[e - 1] == '底' || text[e - 1] == '末') && text[e - 2] == '年') e--;
        if (e - 5 < start + 2 || text[e - 1] != '年') return 0;
        int y = e - 5;
        bool digits = true;
        for (int k = y; k < e - 1; k++) if (text[k] < '0' || text[k] > '9') digits = false;
        if (!digits && !FactLexicon.IsNumeralYear(text, y, e)) return 0;
        // 2010年 inside a longer number is no year; 提高到2025年的 is ReachedYearLength's.
        if (digits && y - 1 >= start && char.IsDigit(text[y - 1])) return 0;
        // 人口到2000年(要控制在): the year a goal is set for, with its 到 (增长到2025年的 is a change reaching a level).
        // 从2020年到2035年 is a range for the period rules.
        if (y - 3 >= start && (text[y - 1] == '到' || text[y - 1] == '至') && text[y - 2] != '年' && FactLexicon.EndingAt(text, start, y - 1) is null) return end - (y - 1);
        return end - y;
    }

    private static int BaseYearLength(string text, int start, int end)
    {
        // 比一九五二年, 比较一九五二年, 等于一九四九年(的): a base year written in numerals.
        int n = end - 1 >= start && text[end - 1] == '的' ? end - 1 : end;
        if (n - 5 >= start && FactLexicon.IsNumeralYear(text, n - 5, n))
        {
            int b = n - 5;
            if (b - 2 >= start && (TextMatch.At(text, b - 2, "比较") || TextMatch.At(text, b - 2, "等于") || TextMatch.At(text, b - 2, "等於"))) return end - (b - 2);
            if (b - 1 >= start && (text[b - 1] == '比' || text[b - 1] == '较')) return end - (b - 1);
        }
        int e = end;
        if (e - 2 >= start && TextMatch.At(text, e - 2, "同期")) e -= 2;
        else if (e - 1 >= start && text[e - 1] == '的') e--;
        if (e - 1 < start || text[e - 1] != '年') return 0;
        int d = e - 1;
        while (d > start && char.IsDigit(text[d - 1])) d--;
        // 比 2019 年, 较 2020 年同期, and the start of a change: 从1979年的.
        if (e - 1 - d != 4 || d - 1 < start || "比较从由".IndexOf(text[d - 1]) < 0) return 0;
        return end - (d - 1);
    }

    private static readonly System.Text.RegularExpressions.Regex BasePeriod = new(
        PeriodRules.ComparedPlan + "(?:时期|期间|期末|末)?(?:同期)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>比“十三五”时期, 较“十三五”期末 ending a piece: the base period of a comparison; its length, or 0.</summary>
    private static int BasePeriodLength(string text, int start, int end)
    {
        if (end - start < 3 || text[end - 1] == '年') return 0;
        int from = end - 12 > start ? end - 12 : start;
        int at = text.LastIndexOf('比', end - 1, end - from);
        int other = text.LastIndexOf('较', end - 1, end - from);
        if (other > at) at = other;
        if (at < start || at == start) return 0;
        return BasePeriod.IsMatch(text.Substring(at, end - at)) ? end - at : 0;
    }

    /// <summary>五年, 十年, 连续8年 (one or two numerals or digits and 年, not a year) ending a name, or 0.</summary>
    private static int EndSpanLength(string text, int start, int end)
    {
        if (end - 2 < start || text[end - 1] != '年') return 0;
        int i = end - 1;
        while (i > start && end - 1 - i < 2 && (ChineseNumerals.IsNumeralChar(text[i - 1]) || char.IsDigit(text[i - 1]))) i--;
        // 2010年 is a year, not a span of 10 years.
        if (i == end - 1 || i == start || char.IsDigit(text[i - 1])) return 0;
        int n = PeriodRules.Years(text.Substring(i, end - 1 - i));
        if (n < 2 || n > 20) return 0;
        // 过去三年, 近五年: the lead goes with it.
        foreach (var lead in FactLexicon.SpanLeads)
        {
            if (i - lead.Length >= start && TextMatch.At(text, i - lead.Length, lead)) return end - i + lead.Length;
        }
        // 钢产量前三年(共增加了一百五十万吨): the first years of a plan; 提前两年 (ahead of time) keeps its 前.
        if (i - 3 >= start && text[i - 1] == '前' && text[i - 2] != '提') return end - i + 1;
        return end - i;
    }

    /// <summary>过去三年, 近五年, 五年来, 3 年来, a bare 五年: a time span opening a piece, or 0.</summary>
    private static int SpanLeadLength(string text, int i, int end)
    {
        int j = i;
        bool lead = TextMatch.At(text, j, "过去") || TextMatch.At(text, j, "近");
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
}
