using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>The role a value plays beside its neighbours: inside a name, a baseline, joined in a list, in parentheses.</summary>
internal static class ValueRoles
{
    /// <summary>
    /// A quantity followed by more of the name and then another value in the same piece belongs to that name
    /// (新增收入 100 万元以上集体经济强村不少于 10 个; 518 家文化产业单位总收入…1000 亿元).
    /// </summary>
    internal static bool IsInsideName(string text, NumberToken token, NumberToken next)
    {
        int s = token.End, e = next.Start;
        if (s >= e || CountsWhatActs(text, token, e)) return false;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (ClauseSplitter.IsSegmentEnd(c) || c == '、' || c == '(' || c == ')') return false;
        }
        // 最低收购价每50公斤提高5到7元: the quantity a later figure is counted per is part of that figure's words.
        if (token.Start > 0 && text[token.Start - 1] == '每') return true;
        // 从10.5万元提高到2025年的14万元: a change from one value to the other, not a name.
        foreach (var verb in FactLexicon.ChangeTo)
        {
            if (verb.Length > 1 && TextMatch.At(text, s, verb)) return false;
        }
        // Only link words between the two (980 亿元同比增长 2%): two facts.
        while (e > s)
        {
            var link = FactLexicon.EndingAt(text, s, e);
            if (link is null) break;
            e -= link.Value.Word.Length;
        }
        // A list of counted things (28 项重点任务和 60 个重大项目; 22轮强降水和“桦加沙”等15个台风) is not one name.
        if (e > s && IsWordJoiner(text[e - 1])) return false;
        if (e - s > 3 && text[e - 1] == '等' && text.IndexOfAny(WordJoiners, s + 2, e - s - 3) >= 0) return false;
        for (int i = s; i < e; i++) if (text[i] >= 0x4E00) return true;
        return false;
    }

    /// <summary>
    /// 304个省列重大项目完成投资2929亿元, 为6107名困难家庭高校新生发放资助金5637.2万元: a count that opens its piece, of
    /// things that then act (完成投资, 发放, 追回 after a noun of their own), is a figure of its own as well as the subject of
    /// the next one.
    /// </summary>
    private static bool CountsWhatActs(string text, NumberToken token, int end)
    {
        if (token.After != Qualifiers.None || !Units.TrySplit(token.Unit, out _, out string unit) || Array.IndexOf(FactLexicon.CountUnits, unit) < 0) return false;
        int p = token.Start;
        if (p > 0 && FactLexicon.Beneficiary.IndexOf(text[p - 1]) >= 0) p--;
        if (p > 0 && !ClauseSplitter.IsSegmentEnd(text[p - 1])) return false;
        for (int i = token.End + 2; i < end - 1; i++)
        {
            if (TextMatch.AtAny(text, i, FactLexicon.ActsOfCounted)) return true;
        }
        return false;
    }

    /// <summary>从/由 N … 增至/提高到 M: N is where the change started, M the fact.</summary>
    internal static bool IsBaseline(string text, int pieceStart, NumberToken token, int clauseEnd, out int from)
    {
        from = token.Start;
        int i = token.Start;
        foreach (var hedge in FactLexicon.BaselineHedges)
        {
            if (i - hedge.Length >= pieceStart && TextMatch.At(text, i - hedge.Length, hedge)) { i -= hedge.Length; break; }
        }
        // 从2020年的10.5万元: the baseline's year stands between 从 and the value.
        if (i - 6 >= pieceStart && text[i - 1] == '的' && text[i - 2] == '年' && char.IsDigit(text[i - 3]) && char.IsDigit(text[i - 6])) i -= 6;
        // 从2007年底的8.4%: or the end of that year.
        else if (i - 7 >= pieceStart && text[i - 1] == '的' && (text[i - 2] == '底' || text[i - 2] == '末') && text[i - 3] == '年'
            && char.IsDigit(text[i - 4]) && char.IsDigit(text[i - 7])) i -= 7;
        // 由一九七八年的百分之三十六点五: a year written in numerals.
        else if (i - 6 >= pieceStart && text[i - 1] == '的' && FactLexicon.IsNumeralYear(text, i - 6, i - 1)) i -= 6;
        // 由五年前的百分之五十左右: some years back.
        else if (i - 4 >= pieceStart && text[i - 1] == '的' && text[i - 2] == '前' && text[i - 3] == '年' && ChineseNumerals.IsNumeralChar(text[i - 4])) i -= 4;
        // 从上半年5.5%降到5.3%, 由年初的第14位: a time word says when the baseline held.
        foreach (var when in FactLexicon.BaselineTimes)
        {
            int at = i - when.Length - (i - 1 >= pieceStart && text[i - 1] == '的' ? 1 : 0);
            if (at >= pieceStart && TextMatch.At(text, at, when)) { i = at; break; }
        }
        if (i - 1 < pieceStart || (text[i - 1] != '从' && text[i - 1] != '由')) return false;
        from = i - 1;
        foreach (var verb in FactLexicon.ChangeTo)
        {
            if (token.End + verb.Length <= clauseEnd && TextMatch.At(text, token.End, verb)) return true;
        }
        return false;
    }

    internal static bool IsJoined(string text, NumberToken first, NumberToken second)
    {
        if (second.Start - first.End != 1) return false;
        char c = text[first.End];
        return c is '、' or ',' or '和' or '及' or '与';
    }

    internal static bool IsJoiner(char c) => c is '、' or '和' or '及' or '与';

    internal static bool EndsWithJoiner(string name) =>
        name.Length > 1 && IsJoiner(name[name.Length - 1]) && !Array.Exists(FactLexicon.JoinerWords, w => name.EndsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// 一、二、三产业增加值 or 一二三产增加值 listed for <paramref name="count"/> values: the industries by their ordinals
    /// (第一产业增加值, 第二产业增加值, 第三产业增加值); null when the items are no such list.
    /// </summary>
    internal static string[]? OrdinalIndustries(string[] items, int count)
    {
        string last = items[items.Length - 1];
        string ordinals;
        if (items.Length == count && count > 1)
        {
            var written = new System.Text.StringBuilder();
            for (int i = 0; i < items.Length - 1; i++)
            {
                string item = items[i].StartsWith("第", StringComparison.Ordinal) ? items[i].Substring(1) : items[i];
                if (item.Length != 1) return null;
                written.Append(item[0]);
            }
            if (last.StartsWith("第", StringComparison.Ordinal)) last = last.Substring(1);
            ordinals = written.ToString() + (last.Length > 0 ? last[0].ToString() : string.Empty);
            last = last.Length > 0 ? last.Substring(1) : last;
        }
        else if (items.Length == 1 && last.Length > count)
        {
            ordinals = last.Substring(0, count);
            last = last.Substring(count);
        }
        else return null;
        foreach (char c in ordinals)
        {
            if (c != '一' && c != '二' && c != '三') return null;
        }
        if (!last.StartsWith("产", StringComparison.Ordinal)) return null;
        string rest = last.StartsWith("产业", StringComparison.Ordinal) ? last.Substring(2) : last.Substring(1);
        if (rest.Length < 2) return null;
        var names = new string[ordinals.Length];
        for (int i = 0; i < ordinals.Length; i++) names[i] = "第" + ordinals[i] + "产业" + rest;
        return names;
    }

    /// <summary>
    /// 城镇和农村居民人均可支配收入, 城镇居民、农村居民人均可支配收入: short modifiers listed before the last item share its
    /// head (城镇 → 城镇居民人均可支配收入).
    /// Returns a label per item (null where the item names itself), or null when the items do not share a head.
    /// </summary>
    internal static string?[]? SharedHead(string[] items)
    {
        string last = items[items.Length - 1];
        int modifier = items[0].Length;
        if (modifier < 2 || modifier > 4 || last.Length < modifier + 4) return null;
        for (int i = 0; i < items.Length - 1; i++)
        {
            if (items[i].Length != modifier) return null;
        }
        // 制造业、普惠小微贷款余额, 新材料、生物医药产业产值: the last item's own modifier may run a few characters
        // longer than the first item; a word that opens a head (贷款, 产业) there opens it (制造业贷款余额, not 制造业微贷款余额).
        int at = modifier;
        if (!TextMatch.AtAny(last, at, FactLexicon.HeadOpeners))
        {
            for (int p = modifier + 1; p <= modifier + 3 && p < last.Length - 2; p++)
            {
                if (TextMatch.AtAny(last, p, FactLexicon.HeadOpeners)) { at = p; break; }
            }
        }
        // 食品、石化、医药、信息等产业增加值: 等 closes the list; the head is 产业增加值.
        string head = last.Substring(at).TrimStart('等');
        // 二氧化硫、化学需氧量排放量: a head cannot open on the suffix that closes a noun (需氧[量]); the items share a
        // measure instead, if any.
        if (NounSuffixes.IndexOf(head[0]) >= 0) return null;
        var labels = new string?[items.Length];
        for (int i = 0; i < items.Length - 1; i++)
        {
            // 制造业、数字经济核心产业增加值: an industry (…业) takes the measure, not a second 产业 (制造业增加值).
            bool industry = items[i][items[i].Length - 1] == '业' && head.StartsWith("产业", StringComparison.Ordinal) && head.Length > 2;
            labels[i] = items[i] + (industry ? head.Substring(2) : head);
        }
        return labels;
    }

    private static readonly char[] WordJoiners = { '和', '及', '与' };

    /// <summary>和, 及, 与: the words that join the last two items of a list.</summary>
    internal static bool IsWordJoiner(char c) => c is '和' or '及' or '与';

    /// <summary>Characters that close a noun (需氧量, 总额, 比率, 人数, 产值) and open no head of a list.</summary>
    private const string NounSuffixes = "量额率数值";

    /// <summary>
    /// 一产、二产、三产增加值, 新能源产业、装备制造业增加值: the last item ends on a measure the others lack; each of them
    /// is that measure of its own item (一产增加值, 新能源产业增加值). A label per item (null for the last), or null.
    /// </summary>
    internal static string?[]? SharedMeasure(string[] items)
    {
        string last = items[items.Length - 1];
        string? measure = TextMatch.EndingOf(last, FactLexicon.ListMeasures, rest: 1);
        if (measure is null) return null;
        // 肉、奶产量: one-character items share the measure when the last item's own is one character too.
        bool oneCharacter = last.Length - measure.Length == 1;
        var labels = new string?[items.Length];
        for (int i = 0; i < items.Length - 1; i++)
        {
            string item = items[i];
            if ((oneCharacter ? item.Length != 1 : item.Length < 2) || item.Length > 12 || item.IndexOf(measure, StringComparison.Ordinal) >= 0 || item.Any(char.IsDigit)) return null;
            // 规上工业增加值、规上服务业营收: an item with a measure of its own keeps it.
            if (TextMatch.EndingOf(item, FactLexicon.ListMeasures) is null) labels[i] = item + measure;
        }
        return labels;
    }

    /// <summary>
    /// 地方财政收入、支出: a later item that is the counterpart of the first item's measure (支出 to 收入) shares the
    /// first item's modifier (地方财政支出). Returns a label per item (null where the item names itself), or null when no
    /// item is such a counterpart.
    /// </summary>
    internal static string?[]? SharedModifier(string[] items)
    {
        string first = items[0];
        string?[]? labels = null;
        // 省属企业营收和利润: a later item that is a measure alone takes the modifier of the first item's measure.
        if (TextMatch.EndingOf(first, FactLexicon.ListMeasures, rest: 2) is string own)
        {
            for (int i = 1; i < items.Length; i++)
            {
                if (items[i] == own || Array.IndexOf(FactLexicon.ListMeasures, items[i]) < 0) continue;
                labels ??= new string?[items.Length];
                labels[i] = first.Substring(0, first.Length - own.Length) + items[i];
            }
        }
        foreach (var (head, counterpart) in FactLexicon.CounterpartMeasures)
        {
            if (first.Length <= head.Length || !first.EndsWith(head, StringComparison.Ordinal)) continue;
            string modifier = first.Substring(0, first.Length - head.Length);
            for (int i = 1; i < items.Length; i++)
            {
                if (items[i] != counterpart) continue;
                labels ??= new string?[items.Length];
                labels[i] = modifier + counterpart;
            }
        }
        return labels;
    }

    /// <summary>城乡居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; null when the name opens on no pair.</summary>
    internal static string[]? ExpandPair(string name)
    {
        foreach (var (pair, first, second) in FactLexicon.PairedScopes)
        {
            if (name.Length > pair.Length + 1 && name.StartsWith(pair, StringComparison.Ordinal))
                return new[] { first + name.Substring(pair.Length), second + name.Substring(pair.Length) };
        }
        // 一般公共预算收支分别突破9千亿元、3万亿元: the pair ends the name.
        foreach (var (pair, first, second) in FactLexicon.PairedMeasures)
        {
            if (name.Length > pair.Length + 1 && name.EndsWith(pair, StringComparison.Ordinal))
            {
                string modifier = name.Substring(0, name.Length - pair.Length);
                return new[] { modifier + first, modifier + second };
            }
        }
        return null;
    }

    /// <summary>
    /// 城市生活垃圾 before 建筑垃圾利用率, 铁路 before 高速公路运营里程: an item that ends where the last item's thing ends
    /// shares the measure written after it (城市生活垃圾利用率, 铁路运营里程); otherwise the item as written.
    /// </summary>
    internal static string WithSharedTail(string item, string last)
    {
        if (ReferenceEquals(item, last) || item.Length == 0) return item;
        int at = last.LastIndexOf(item[item.Length - 1], last.Length - 2);
        if (at < 0) return item;
        string tail = last.Substring(at + 1);
        // (沙化土地面积分别净: a last item that kept words of the 分别 link shares no tail.)
        return tail.Length >= 1 && !item.EndsWith(tail, StringComparison.Ordinal) && tail.IndexOf("分别", StringComparison.Ordinal) < 0 ? item + tail : item;
    }

    internal static string[] SplitList(string names) =>
        names.Split(new[] { '、', '和', '及', '与' }, StringSplitOptions.RemoveEmptyEntries);

    internal static bool OpenParenthesis(string text, int start, int end, out int index)
    {
        index = -1;
        for (int i = end - 1; i >= start; i--)
        {
            if (text[i] == ')') return false;
            if (text[i] == '(') { index = i; return true; }
        }
        // The piece may start right after the parenthesis (boundary at the previous value).
        if (start > 0 && text[start - 1] == '(') { index = start - 1; return true; }
        return false;
    }
}
