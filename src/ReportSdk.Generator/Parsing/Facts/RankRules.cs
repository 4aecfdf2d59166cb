using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>A rank stated by the text: [Start, End) covers 第六 / 首位, VerbStart where 排名/居/位列 begins.</summary>
internal readonly record struct RankToken(int VerbStart, int Start, int End, int Value, string ValueText);

/// <summary>
/// Ranks: 增速全市排名第六, 居城六区第一, 位居中心城区首位, 位列全国第二. A rank verb, an optional scope (全市, 生态涵养区)
/// and an ordinal (第N, 首位) in one piece of a clause; or a scope and an ordinal that end the piece (数量全国第一). A rank the text moves from (由第十四位上升至第四位) is not stated as a fact.
/// </summary>
internal static class RankRules
{
    private const int MaxScope = 10;

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static List<RankToken> Scan(string text, int start, int end)
    {
        var ranks = new List<RankToken>();
        // Every rank ends in an ordinal (第三, 第3位, 首位): a clause without 第 or 首 holds none.
        if (end <= start || (text.IndexOf('第', start, end - start) < 0 && text.IndexOf('首', start, end - start) < 0)) return ranks;
        int i = start;
        while (i < end)
        {
            char c0 = text[i];
            if (VerbStarts.IndexOf(c0) < 0 && ScopeStarts.IndexOf(c0) < 0) { i++; continue; }
            string? verb = null;
            foreach (var v in FactLexicon.RankVerbs)
            {
                if (TextMatch.At(text, i, v)) { verb = v; break; }
            }
            if (verb is null)
            {
                // 数量全国第一，医联体考核连续三年全市第一。: a scope and an ordinal that close the piece state a rank.
                i = VerblessRank(text, i, end, ranks) is int after ? after : i + 1;
                continue;
            }
            if (IsOtherWord(text, i, verb) || MovesFrom(text, start, i)) { i++; continue; }
            int j = i + verb.Length;
            int scopeEnd = j + MaxScope < end ? j + MaxScope : end;
            for (int k = j; k < scopeEnd; k++)
            {
                char c = text[k];
                if (ClauseSplitter.IsSegmentEnd(c) || c == '由' || c == '从') break;
                if (TryOrdinal(text, k, end, out int value, out int ordinalEnd))
                {
                    ranks.Add(new RankToken(i, k, ordinalEnd, value, text.Substring(k, ordinalEnd - k)));
                    j = ordinalEnd;
                    // 位列全国第二、全市第一: further ranks joined by 、 share the verb.
                    while (j + 1 < end && text[j] == '、')
                    {
                        int m = j + 1;
                        int limit = m + MaxScope < end ? m + MaxScope : end;
                        while (m < limit && !TryOrdinal(text, m, end, out _, out _) && !ClauseSplitter.IsSegmentEnd(text[m]) && text[m] != '、') m++;
                        if (m >= limit || !TryOrdinal(text, m, end, out int v2, out int e2)) break;
                        ranks.Add(new RankToken(i, m, e2, v2, text.Substring(m, e2 - m)));
                        j = e2;
                    }
                    break;
                }
            }
            i = j > i ? j : i + 1;
        }
        return ranks;
    }

    // The first characters of the rank verbs and scopes: Scan looks at every character of a clause, and most are
    // turned away by these two lookups.
    private static readonly string VerbStarts = new(FactLexicon.RankVerbs.Select(s => s[0]).Distinct().ToArray());
    private static readonly string ScopeStarts = new(FactLexicon.RankScopes.Select(s => s[0]).Distinct().ToArray());

    /// <summary>A rank scope at <paramref name="i"/> right before an ordinal that ends its piece; returns where it ends, or null.</summary>
    private static int? VerblessRank(string text, int i, int end, List<RankToken> ranks)
    {
        if (ScopeStarts.IndexOf(text[i]) < 0) return null;
        // 产量从全国第8位、第4位双双跃居第1位: the rank moved from is not stated.
        if (i > 0 && (text[i - 1] == '从' || text[i - 1] == '由')) return null;
        foreach (var scope in FactLexicon.RankScopes)
        {
            if (!TextMatch.At(text, i, scope)) continue;
            int k = i + scope.Length;
            if (k >= end || !TryOrdinal(text, k, end, out int value, out int ordinalEnd)) continue;
            // 全国第一个, 全省第一家: an ordinal of a thing, not a rank.
            if (ordinalEnd < end && !ClauseSplitter.IsSegmentEnd(text[ordinalEnd]) && text[ordinalEnd] != '、') continue;
            ranks.Add(new RankToken(i, k, ordinalEnd, value, text.Substring(k, ordinalEnd - k)));
            return ordinalEnd;
        }
        return null;
    }

    /// <summary>由上年居世界第四位上升为第三位: a rank the text moves from (由/从 a few words before its verb) is not stated.</summary>
    private static bool MovesFrom(string text, int start, int verb)
    {
        for (int k = verb - 1; k >= start && verb - k <= 4; k--)
        {
            if (text[k] == '由' || text[k] == '从') return true;
            if (ClauseSplitter.IsSegmentEnd(text[k])) return false;
        }
        return false;
    }

    /// <summary>居民, 居住, 列入, 安排, 排放: 居, 列 and 排 inside other words.</summary>
    private static bool IsOtherWord(string text, int i, string verb)
    {
        if (verb.Length != 1 || i + 1 >= text.Length) return false;
        char next = text[i + 1];
        char previous = i > 0 ? text[i - 1] : '\0';
        return verb switch
        {
            "居" => "民住家室委多然间所".IndexOf(next) >= 0 || "邻定聚移寄".IndexOf(previous) >= 0,
            "列" => "入出为车表".IndexOf(next) >= 0 || "系排并陈".IndexOf(previous) >= 0,
            // 排西部第二, 增速排全国第五: 排 ranks; 安排第二批, 排放, 排查 are other words.
            _ => "放查污水队序洪涝灌练演列除斥挤头".IndexOf(next) >= 0 || "安编彩并减".IndexOf(previous) >= 0,
        };
    }

    private static bool TryOrdinal(string text, int k, int end, out int value, out int ordinalEnd)
    {
        value = 0;
        ordinalEnd = k;
        if (TextMatch.At(text, k, "首位")) { value = 1; ordinalEnd = k + 2; return true; }
        if (text[k] != '第') return false;
        int m = k + 1;
        while (m < end && (ChineseNumerals.IsNumeralChar(text[m]) || char.IsDigit(text[m]))) m++;
        if (m == k + 1) return false;
        string numeral = text.Substring(k + 1, m - k - 1);
        if (char.IsDigit(numeral[0]))
        {
            if (!int.TryParse(numeral, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)) return false;
        }
        else
        {
            if (!ChineseNumerals.TryParse(numeral, out long v) || v <= 0 || v > 1000) return false;
            value = (int)v;
        }
        if (m < end && (text[m] == '名' || text[m] == '位')) m++;
        // A rise or fall to a rank (上升至第四位) is stated; where it came from (由年初第十四位) is not.
        if (k > 0 && (text[k - 1] == '由' || text[k - 1] == '从')) return false;
        if (m < end && (text[m] == '届' || text[m] == '次' || text[m] == '批')) return false;
        // 稳居全国第一方阵, 第一梯队: a tier, not a place.
        if (TextMatch.At(text, m, "方阵") || TextMatch.At(text, m, "梯队") || TextMatch.At(text, m, "梯次")) return false;
        ordinalEnd = m;
        return value > 0;
    }
}
