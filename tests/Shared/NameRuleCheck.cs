using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.TestRules;

/// <summary>
/// What a user browsing typed fact members in IntelliSense should be able to trust, written independently of the
/// generator's own naming code: no numbered duplicates, no fragments of one or two characters, no name led by a
/// particle, preposition or verb, no stray digits, nothing over 20 characters, no leading underscore.
/// </summary>
internal static class NameRuleCheck
{
    public const int MaxLength = 20;

    /// <summary>Particles, prepositions and conjunctions that cannot open a noun phrase.</summary>
    private static readonly string[] LeadingFunctionWords =
    {
        "与", "和", "及", "并", "或", "为", "对", "把", "将", "从", "向", "以", "由", "被", "于", "按", "给", "跟",
        "的", "了", "着", "等", "而", "且", "也", "又", "已", "约", "至", "其", "之",
        "通过", "围绕", "按照", "根据", "经过", "针对", "关于",
    };

    /// <summary>Verbs that open a clause of plan prose, not the name of a measured thing.</summary>
    private static readonly string[] LeadingVerbs =
    {
        "开展", "实现", "建立", "完成", "推进", "实施", "加快", "加强", "推动", "深化", "启动", "抓好", "打造", "组织", "举办",
        "引进", "培育", "支持", "帮助", "落实", "提高", "提升", "降低", "减少", "增加", "达到", "突破", "超过", "保持", "确保",
        "力争", "争取", "发挥", "形成", "坚持", "促进", "带动", "解决", "吸引", "投入", "安排", "筹集", "发放", "抓好",
    };

    /// <summary>Nouns that open with one of the words above (工业增加值 is a noun; 增加值 on its own too).</summary>
    private static readonly string[] NounOpenings = { "增加值", "对外", "从业", "及时", "以旧换新", "以工代赈" };

    /// <summary>Every rule the name breaks (empty when it is a name a user can trust).</summary>
    public static IReadOnlyList<string> Violations(string name)
    {
        var broken = new List<string>();
        if (NumberedDuplicate(name)) broken.Add("numbered duplicate");
        if (name.Length <= 2) broken.Add("fragment of one or two characters");
        // English names (the StandardIndicator keys: Gdp, GeneralBudgetRevenueGrowthTarget) read by words, not characters.
        if (name.Length > MaxLength && !name.All(char.IsAsciiLetter)) broken.Add("over " + MaxLength + " characters");
        if (name.StartsWith('_')) broken.Add("leading underscore");
        bool noun = NounOpenings.Any(w => name.StartsWith(w, StringComparison.Ordinal));
        if (!noun && LeadingFunctionWords.Any(w => name.StartsWith(w, StringComparison.Ordinal))) broken.Add("led by a particle or preposition");
        if (!noun && LeadingVerbs.Any(w => name.StartsWith(w, StringComparison.Ordinal))) broken.Add("led by a verb");
        if (HasStrayDigit(name)) broken.Add("stray digit");
        return broken;
    }

    /// <summary>收入目标_4, 提前完成_2: a name told apart from another only by a number.</summary>
    private static bool NumberedDuplicate(string name)
    {
        int i = name.Length;
        while (i > 0 && char.IsAsciiDigit(name[i - 1])) i--;
        return i < name.Length && i > 0 && name[i - 1] == '_';
    }

    /// <summary>
    /// A digit is stray unless it belongs to a token with Latin letters (5G, PM25) or is a four-digit year
    /// (2021至2025年, 2025年).
    /// </summary>
    private static bool HasStrayDigit(string name)
    {
        int i = 0;
        while (i < name.Length)
        {
            if (!char.IsAsciiDigit(name[i])) { i++; continue; }
            int start = i;
            while (i < name.Length && char.IsAsciiDigit(name[i])) i++;
            bool latinNeighbour = (start > 0 && char.IsAsciiLetter(name[start - 1])) || (i < name.Length && char.IsAsciiLetter(name[i]));
            bool year = i - start == 4 && (name[start] == '1' || name[start] == '2')
                && (i == name.Length || name[i] is '年' or '至' or '_' || char.IsAsciiLetter(name[i]));
            if (!latinNeighbour && !year) return true;
        }
        return false;
    }
}
