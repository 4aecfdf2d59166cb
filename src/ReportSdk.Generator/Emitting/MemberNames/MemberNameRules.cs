using System;
using System.Linq;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Generator.Emitting.MemberNames;

/// <summary>
/// Decides whether a fact's name is clear enough to become a typed member a user browses in IntelliSense: a clean
/// noun phrase of 3 to 20 characters, opening with a letter, with no prose verb or preposition at its start, no verb
/// of a clause (完成, 入选) inside it, no verb
/// at its end and no digit outside a Latin token (5G, PM2.5) or a year. Vague names (收入) borrow the fact's label
/// (现代金融产业收入). Facts without a clear name get no member; they stay in <c>Indicators</c> and the queries.
/// </summary>
internal static class MemberNameRules
{
    public const int MinLength = 3;

    public const int MaxLength = 20;

    /// <summary>
    /// The Chinese member name of a fact (name + kind word), or null when the fact has no clear name. The label, when
    /// it is clear, says more than the name (数字创意产业收入 for 产业收入); otherwise the name itself.
    /// </summary>
    public static string? For(FactModel fact)
    {
        string? label = fact.Label is { } l ? Clean(l) : null;
        if (Finish(fact, label) is { } fromLabel) return fromLabel;
        string? name = Clean(fact.Name);
        if ((name is null || name.Length < MinLength) && fact.Label is not null) name = label ?? name;
        return Finish(fact, name);
    }

    /// <summary>The member name made of a cleaned name and the kind word, or null when it is not clear.</summary>
    private static string? Finish(FactModel fact, string? name)
    {
        // A name of two characters (资金, 道路) is a fragment unless it is a standard indicator's (出口).
        if (name is null || name.Length < (fact.Standard is null ? MinLength : MinLength - 1)) return null;
        name += KindWord(fact, name);
        return IsClear(name) ? name : null;
    }

    /// <summary>The name without leading prose words and without the characters an identifier cannot hold, or null.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static string? Clean(string text)
    {
        string written = AfterDisposalMarker(AfterNumericQualifier(IdentifierRules.ToIdentifier(WithoutLeadingYear(text), string.Empty)));
        // The word lists are simplified: a 1950s text's 那麽, 還有, 這個 are read folded (one character for one, so the
        // name keeps the characters as written).
        string id = TraditionalChinese.Fold(written);
        int length = id.Length;
        for (bool stripped = true; stripped && id.Length > 0;)
        {
            stripped = false;
            if (StartsWithAny(id, NameWords.NounOpenings)) break;
            foreach (var word in NameWords.Verbs) stripped |= id.Length > 0 && id[0] == word[0] && TryStrip(ref id, word);
            foreach (var word in NameWords.FunctionWords) stripped |= id.Length > 0 && id[0] == word[0] && TryStrip(ref id, word);
            // After a verb (增加到一九五四年預算, 计划规定一九五九年的社会商品零售总额) a year, and a span's total
            // (五年共利用外资, 前三年共开垦荒地) are the period, not the name.
            stripped |= TryStripRest(ref id, WithoutLeadingYear(id)) || TryStripRest(ref id, WithoutSpanTotal(id));
        }
        int start = length - id.Length;
        id = WithoutTrailingAdverb(id);
        if (id.Length == 0 || VerbSet.Contains(id)
            || HoldsClauseVerb(id)
            || Array.Exists(NameWords.ProseMarks, mark => id.IndexOf(mark, StringComparison.Ordinal) >= 0)
            || FunctionWordSet.Contains(id)
            || (id.Length > 1 && id[1] == '的') // the tail of a cut word (人口的 → 口的发展中大国)
            || EndsWithAny(id, NameWords.TrailingVerbs)) return null;
        // What is left of a clause after its verb is a name only if it says enough (为实现十四五 leaves 十四五).
        return id.Length < length && id.Length <= MinLength ? null : written.Substring(start, id.Length);
    }

    // Whole-name lookups: a hash set asks one question where a scan of the list compares with every word.
    private static readonly System.Collections.Generic.HashSet<string> VerbSet = new(NameWords.Verbs, StringComparer.Ordinal);
    private static readonly System.Collections.Generic.HashSet<string> FunctionWordSet = new(NameWords.FunctionWords, StringComparer.Ordinal);

    private static bool StartsWithAny(string id, string[] words)
    {
        foreach (var word in words)
        {
            if (id[0] == word[0] && id.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool EndsWithAny(string id, string[] words)
    {
        char last = id[id.Length - 1];
        foreach (var word in words)
        {
            if (last == word[word.Length - 1] && id.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Whether a name holds a verb of a clause (<see cref="NameWords.ClauseVerbs"/>) outside its set phrases.</summary>
    private static bool HoldsClauseVerb(string id)
    {
        foreach (var phrase in NameWords.SetPhrases) id = id.Replace(phrase, string.Empty);
        // Most names hold no character a clause verb opens with: one pass over the name settles them.
        if (id.IndexOfAny(ClauseVerbOpenings) < 0) return false;
        foreach (var verb in NameWords.ClauseVerbs)
        {
            if (id.IndexOf(verb, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static readonly char[] ClauseVerbOpenings = NameWords.ClauseVerbs.Select(v => v[0]).Distinct().ToArray();

    /// <summary>
    /// 都 (or 每年都) that closes a name is the adverb of the clause it was cut from (财政性教育经费占国内生产总值比例每年都,
    /// 人口覆盖率都): the name is what comes before it. A place keeps its 都 (首都, 成都, 设计之都).
    /// </summary>
    private static string WithoutTrailingAdverb(string id)
    {
        if (id.EndsWith("每年都", StringComparison.Ordinal)) return id.Substring(0, id.Length - 3);
        return id.Length > 2 && id[id.Length - 1] == '都' && NameWords.BeforePlaceDu.IndexOf(id[id.Length - 2]) < 0 ? id.Substring(0, id.Length - 1) : id;
    }

    /// <summary>
    /// A year that opens a name is its period, not its name (2023年地区生产总值, 一九五九年的社会商品零售总额), also as the
    /// year a goal is set for (到一九八五年全国沿海港口吞吐能力).
    /// </summary>
    private static string WithoutLeadingYear(string text)
    {
        int i = text.Length > 0 && (text[0] == '到' || text[0] == '至') ? 1 : 0;
        int start = i;
        while (i < text.Length && (IsDigit(text[i]) || YearDigits.IndexOf(text[i]) >= 0)) i++;
        if (i - start < 2 || i >= text.Length || text[i] != '年') return text;
        i++;
        if (i < text.Length && text[i] == '的') i++;
        return text.Substring(i);
    }

    private const string YearDigits = "〇○零一二三四五六七八九";

    /// <summary>The name after a span and its total that open it (五年共, 前三年共, 三年来累计), else the name itself.</summary>
    private static string WithoutSpanTotal(string id)
    {
        int i = id.StartsWith("过去", StringComparison.Ordinal) ? 2 : id.Length > 0 && (id[0] == '前' || id[0] == '近') ? 1 : 0;
        int count = i;
        while (i < id.Length && i - count < 2 && (IsDigit(id[i]) || SpanCounts.IndexOf(id[i]) >= 0)) i++;
        if (i == count || i >= id.Length || id[i] != '年') return id;
        i++;
        if (i < id.Length && "来间内".IndexOf(id[i]) >= 0) i++;
        foreach (var total in NameWords.SpanTotals)
        {
            if (string.CompareOrdinal(id, i, total, 0, total.Length) == 0) return id.Substring(i + total.Length);
        }
        return id;
    }

    private const string SpanCounts = "一二三四五六七八九十两几";

    /// <summary>Takes <paramref name="rest"/> as the name when it is shorter and still two characters or more.</summary>
    private static bool TryStripRest(ref string id, string rest)
    {
        if (rest.Length == id.Length || rest.Length < 2) return false;
        id = rest;
        return true;
    }

    /// <summary>
    /// 把 inside a name marks the object of the clause it was cut from (三年内把我国人口自然增长率控制在, 近几年把总产量):
    /// the measured thing is the object, what follows the last 把 (a word holding 把 keeps it: 把关, 把握, 一把手).
    /// </summary>
    private static string AfterDisposalMarker(string id)
    {
        int at = id.LastIndexOf('把');
        if (at <= 0 || at + 1 >= id.Length || NameWords.AfterBaInWords.IndexOf(id[at + 1]) >= 0) return id;
        return id.Substring(at + 1);
    }

    /// <summary>
    /// A threshold written into a name qualifies what follows it (收入100万元以上集体经济强村, 65岁以上老年人): the name
    /// is what follows (集体经济强村, 老年人), when a stray number stands before 以上/以下.
    /// </summary>
    private static string AfterNumericQualifier(string id)
    {
        if (!HasStrayDigit(id)) return id;
        foreach (var bound in NameWords.ThresholdWords)
        {
            int at = id.LastIndexOf(bound, StringComparison.Ordinal);
            if (at > 0 && IsDigit(id[at - 1]) || at > 1 && HasStrayDigit(id.Substring(0, at))) return id.Substring(at + bound.Length);
        }
        return id;
    }

    /// <summary>True for a name of the right length that opens with a letter and has no stray digit.</summary>
    public static bool IsClear(string name)
        => name.Length >= MinLength && name.Length <= MaxLength && char.IsLetter(name[0]) && !HasStrayDigit(name) && !HasStrayNumerals(name);

    private static bool TryStrip(ref string id, string word)
    {
        if (id.Length <= word.Length || !id.StartsWith(word, StringComparison.Ordinal)) return false;
        id = id.Substring(word.Length);
        return true;
    }

    /// <summary>Digits belong to a Latin token (5G, PM25, TOP50) or a year (2025年, 2021至2025年); any other digit is prose.</summary>
    private static bool HasStrayDigit(string name)
    {
        for (int i = 0; i < name.Length;)
        {
            if (!IsDigit(name[i])) { i++; continue; }
            int start = i;
            while (i < name.Length && IsDigit(name[i])) i++;
            bool latin = (start > 0 && IsLatin(name[start - 1])) || (i < name.Length && IsLatin(name[i]));
            bool year = i - start == 4 && (name[start] == '1' || name[start] == '2') && i < name.Length && (name[i] == '年' || name[i] == '至');
            if (!latin && !year) return true;
        }
        return false;
    }

    /// <summary>
    /// A year spelled in numerals (<see cref="YearDigits"/>) without its 年 (一九八○比一九七五年 → 一九八, 一九八一、一九八二两年)
    /// is a year of the prose, as a stray run of digits is; only a year before 年 or 至 belongs to a name (like 2025年).
    /// Numerals that are words (一二三产业, 十三五) stay.
    /// </summary>
    private static bool HasStrayNumerals(string name)
    {
        for (int i = 0; i < name.Length;)
        {
            if (YearDigits.IndexOf(name[i]) < 0) { i++; continue; }
            int start = i;
            while (i < name.Length && YearDigits.IndexOf(name[i]) >= 0) i++;
            bool spellsYear = i - start >= 3 && (TextMatch.At(name, start, "一九") || TextMatch.At(name, start, "二〇") || TextMatch.At(name, start, "二零"));
            bool year = i - start == 4 && i < name.Length && (name[i] == '年' || name[i] == '至');
            if ((spellsYear || i - start > 4) && !year) return true;
        }
        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsLatin(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>增速, 增量, 减量, 目标, 目标增速, 排名 after the name unless it already says so (<see cref="KindWords"/>).</summary>
    private static string KindWord(FactModel fact, string name)
    {
        string suffix = fact.Kind is Vocabulary.IndicatorKind.Actual or Vocabulary.IndicatorKind.Share ? string.Empty : KindWords.Of(fact);
        if (fact.Kind == Vocabulary.IndicatorKind.Growth && (EndsWith(name, "增速") || EndsWith(name, "增长") || EndsWith(name, "率"))) return string.Empty;
        return EndsWith(name, suffix) ? string.Empty : suffix;
    }

    private static bool EndsWith(string text, string suffix) => suffix.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal);
}
