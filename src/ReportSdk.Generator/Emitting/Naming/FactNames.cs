using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Emitting.Naming;

/// <summary>The member names of one report's facts inside its year class.</summary>
/// <param name="Members">Chinese-named member of each fact, by fact index (every fact has one).</param>
/// <param name="Standard">Standard-indicator members (Gdp, GdpGrowthTarget …) and the fact index each one returns.</param>
internal sealed class FactNames
{
    private FactNames(string[] members, IReadOnlyList<(string Name, int Fact)> standard)
    {
        Members = members;
        Standard = standard;
    }

    /// <summary>Chinese-named member of each fact, by fact index.</summary>
    public string[] Members { get; }

    /// <summary>Standard members and the fact index each returns.</summary>
    public IReadOnlyList<(string Name, int Fact)> Standard { get; }

    /// <summary>
    /// Names the members of the year class a report is emitted into. Reserved names come first, then the
    /// standard members (the first fact in text order of each key and target-ness), then a Chinese-named
    /// member per fact (name + kind suffix; later facts with the same name get _2, _3 …).
    /// </summary>
    public static FactNames For(EquatableArray<FactModel> facts, string yearClass)
    {
        var scope = new NameScope(ReservedMembers);
        scope.Reserve(yearClass);
        for (int i = 0; i < facts.Count; i++) scope.Reserve(FieldName(i));

        var standard = new List<(string, int)>();
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i].Standard is not StandardIndicator key) continue;
            bool target = facts[i].Status == FactStatus.Target;
            string name = IdentifierRules.ToIdentifier(key.ToString() + (target ? "Target" : string.Empty), "Standard");
            if (scope.Reserve(name)) standard.Add((name, i));
        }

        var members = new string[facts.Count];
        for (int i = 0; i < facts.Count; i++)
        {
            members[i] = scope.Claim(IdentifierRules.ToIdentifier(facts[i].Name + Suffix(facts[i]), "Fact"));
        }
        return new FactNames(members, standard);
    }

    /// <summary>The private backing field of fact <paramref name="index"/>.</summary>
    public static string FieldName(int index) => "__f" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Names a year class already uses, and the runtime type names generated code refers to (kept free so a
    /// hostile fact name can never shadow them).
    /// </summary>
    public static readonly string[] ReservedMembers =
    {
        "Id", "Region", "DeliveredYear", "Report", "Indicators", "Glossary", "Values", "Titles", "Sections", "Impl",
        "F", "Once", "P", "Ps", "S", "__fact", "__facts", "__newFact", "__factText", "__textTable", "__dec",
        "Indicator", "Quantity", "Section", "Paragraph", "GlossaryEntry", "ReportInfo", "SourceRef", "StandardIndicator",
        "IndicatorKind", "Measure", "FactStatus", "FactKinds", "Direction", "Qualifiers", "SectionStyle", "RegionLevel", "System", "ReportSdk", "global",
    };

    private static string Suffix(FactModel fact)
    {
        string suffix = fact.Kind is IndicatorKind.Actual or IndicatorKind.Share ? string.Empty : FactKinds.KindText(fact.Kind);
        if (fact.Kind == IndicatorKind.Growth && (EndsWith(fact.Name, "增速") || EndsWith(fact.Name, "增长") || EndsWith(fact.Name, "率"))) return string.Empty;
        return EndsWith(fact.Name, suffix) ? string.Empty : suffix;
    }

    private static bool EndsWith(string text, string suffix) => suffix.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal);
}
