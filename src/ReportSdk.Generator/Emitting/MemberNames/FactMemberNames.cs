using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Emitting.MemberNames;

/// <summary>The member names of one report's facts inside its year class.</summary>
internal sealed class FactMemberNames
{
    private FactMemberNames(string?[] members, IReadOnlyList<(string Name, int Fact)> standard)
    {
        Members = members;
        Standard = standard;
    }

    /// <summary>Chinese-named member of each fact, by fact index; null for a fact without a clear name (no typed member).</summary>
    public string?[] Members { get; }

    /// <summary>Standard members and the fact index each returns.</summary>
    public IReadOnlyList<(string Name, int Fact)> Standard { get; }

    /// <summary>
    /// Names the members of the year class a report is emitted into. Reserved names come first (every member the
    /// generated classes declare or inherit), then the standard members (one fact of each key and
    /// target-ness: the figure of the report's review year for results, of its plan year for targets, a 主要预期目标
    /// first, as the runtime's <c>FigureRules</c> picks it; else the first in text order), then a Chinese-named member
    /// for each fact with a clear name (<see cref="MemberNameRules"/>).
    /// Facts that share a name are told apart by what differs from the one that stands for the report (ranked as the
    /// standard members are; else the first): its period, then its qualifiers, then its direction (…2021年, …2021至2025年, …预计,
    /// …下降); a fact that differs in none of these gets no member rather than a numbered one.
    /// </summary>
    public static FactMemberNames For(EquatableArray<FactModel> facts, string yearClass) => For(facts, yearClass, 0, null, null);

    /// <inheritdoc cref="For(EquatableArray{FactModel}, string)"/>
    public static FactMemberNames For(EquatableArray<FactModel> facts, string yearClass, int deliveredYear, int? reviewYear, int? planYear)
    {
        var scope = new NameScope(ReservedMembers);
        scope.Reserve(yearClass);
        for (int i = 0; i < facts.Count; i++) scope.Reserve(FieldName(i));

        var ranks = new int[facts.Count];
        for (int i = 0; i < facts.Count; i++) ranks[i] = Rank(facts[i], facts[i].Status == FactStatus.Target, deliveredYear, reviewYear, planYear);

        // Each standard member in the text order of its first fact, returning the fact that best stands for it.
        var order = new List<string>();
        var best = new Dictionary<string, (int Fact, int Rank)>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i].Standard is not StandardIndicator key) continue;
            bool target = facts[i].Status == FactStatus.Target;
            string name = IdentifierRules.ToIdentifier(key.ToString() + (target ? "Target" : string.Empty), "Standard");
            if (!best.TryGetValue(name, out var held)) { order.Add(name); best.Add(name, (i, ranks[i])); }
            else if (ranks[i] < held.Rank) best[name] = (i, ranks[i]);
        }
        var standard = new List<(string, int)>();
        foreach (var name in order)
        {
            if (scope.Reserve(name)) standard.Add((name, best[name].Fact));
        }

        // Facts that share a name: the one that best stands for it (as for standard members) takes the plain name, the
        // others are told apart from it.
        var names = new string?[facts.Count];
        var plain = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Count; i++)
        {
            string? name = names[i] = MemberNameRules.For(facts[i]);
            if (name is null) continue;
            if (!plain.TryGetValue(name, out int held) || ranks[i] < ranks[held]) plain[name] = i;
        }
        var members = new string?[facts.Count];
        for (int i = 0; i < facts.Count; i++)
        {
            if (names[i] is string name && plain[name] == i && scope.Reserve(name)) members[i] = name;
        }
        for (int i = 0; i < facts.Count; i++)
        {
            if (names[i] is not string name || plain[name] == i) continue;
            string? told = Distinguished(name, facts[plain[name]], facts[i], spanStart: true);
            // A name that both years of a span would make too long names the span by its last year (…至2005年).
            if (told is not null && !MemberNameRules.IsClear(told)) told = Distinguished(name, facts[plain[name]], facts[i], spanStart: false);
            if (told is not null && MemberNameRules.IsClear(told) && scope.Reserve(told)) members[i] = told;
        }
        return new FactMemberNames(members, standard);
    }

    /// <summary>
    /// How well a fact stands for its standard member (lower is better): a one-year figure of the report's review year
    /// (plan year for targets; a 主要预期目标 first), then any other. Without the report's years every fact ranks the same.
    /// </summary>
    private static int Rank(FactModel fact, bool target, int deliveredYear, int? reviewYear, int? planYear)
    {
        if (deliveredYear <= 0) return 2;
        bool fits = !fact.IsSpan && fact.PeriodEnd == FactKinds.DefaultPeriod(deliveredYear, reviewYear, planYear, target);
        if (!fits) return 2;
        return target && !fact.MainTarget ? 1 : 0;
    }

    /// <summary>The same standard members without the Chinese-named ones (<c>ReportSdkFactMembers=standard</c>).</summary>
    public FactMemberNames StandardOnly() => new(new string?[Members.Length], Standard);

    /// <summary>The private backing field of fact <paramref name="index"/>.</summary>
    public static string FieldName(int index) => "__f" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Every name a fact member may not take: what a year class and its <c>Values</c> class declare, what every class
    /// inherits from <see cref="object"/>, and the runtime type names generated code refers to (kept free so a
    /// hostile fact name can never shadow them).
    /// </summary>
    public static readonly string[] ReservedMembers =
    {
        "Id", "Region", "DeliveredYear", "Report", "Indicators", "Glossary", "Values", "Titles", "Sections",
        "__fact", "__data", "__report", "__text", "__table", "__members", "__Cache",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        "Indicator", "Quantity", "Section", "Paragraph", "GlossaryEntry", "ReportInfo", "SourceRef", "StandardIndicator",
        "IndicatorKind", "Measure", "FactStatus", "FactKinds", "Direction", "Qualifiers", "SectionStyle", "RegionLevel", "System", "ReportSdk", "global",
    };

    /// <summary>The name of a later fact told apart from the first fact of its name, or null when nothing tells them apart.</summary>
    private static string? Distinguished(string name, FactModel first, FactModel later, bool spanStart)
    {
        if (later.Period != first.Period || later.IsSpan != first.IsSpan)
        {
            // 地区生产总值增速2021至2025年: a span names both its years where the name has room for them.
            string years = later.IsSpan
                ? (spanStart ? later.PeriodStart.ToString(CultureInfo.InvariantCulture) : string.Empty) + "至" + later.PeriodEnd.ToString(CultureInfo.InvariantCulture)
                : later.Period.ToString(CultureInfo.InvariantCulture);
            return name + years + "年";
        }
        if (later.Qualifiers != first.Qualifiers)
        {
            string words = QualifierWords(later.Qualifiers & ~first.Qualifiers);
            return words.Length == 0 ? null : name + words;
        }
        if (later.Direction != first.Direction && later.Direction == Direction.Down) return name + "下降";
        return null;
    }

    /// <summary>Qualifiers as words that can end a name (…预计, …不低于, …左右).</summary>
    private static string QualifierWords(Qualifiers q)
    {
        var words = new System.Text.StringBuilder();
        if ((q & Qualifiers.Estimated) != 0) words.Append("预计");
        if ((q & Qualifiers.AtLeast) != 0) words.Append("不低于");
        if ((q & Qualifiers.Over) != 0) words.Append("以上");
        if ((q & Qualifiers.About) != 0) words.Append("左右");
        if ((q & Qualifiers.Nearly) != 0) words.Append("接近");
        if ((q & Qualifiers.Within) != 0) words.Append("以内");
        if ((q & Qualifiers.Range) != 0) words.Append("区间");
        return words.ToString();
    }
}
