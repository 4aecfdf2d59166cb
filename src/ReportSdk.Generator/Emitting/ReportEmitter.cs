using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes the C# of one report: a static year class (e.g. <c>Beijing.Shijingshan.Y2023</c>) nested in its region
/// classes. The report is data: two literals (<see cref="ReportTableWriter"/>) that the runtime's ReportTables decodes;
/// the report object (the runtime's one <c>TableReport</c> class over the report's <c>ReportData</c>), its section tree,
/// fact list and glossary are built from them on first access, and the typed fact members
/// (<see cref="FactMemberEmitter"/>) return the same objects. No static constructor: the class stays beforefieldinit,
/// so reading its constants or building its report decodes no fact.
/// </summary>
internal static class ReportEmitter
{
    private const string Rt = "global::ReportSdk.";

    public static SourceText Emit(ReportUnit unit, CancellationToken cancellationToken)
    {
        var model = unit.Model;
        var plan = unit.Plan;
        var names = FactMemberNames.For(model.Facts, plan.YearClass, model.DeliveredYear, model.ReviewYear, model.PlanYear);
        if (unit.Options.StandardMembersOnly) names = names.StandardOnly();
        var w = new IndentedWriter(unit.Options.EmitDocs);
        GeneratedCodeInfo.WriteHeader(w);
        int scope = GeneratedCodeInfo.OpenScope(w, unit.Options);
        foreach (var cls in plan.ClassPath) w.Line("public static partial class " + cls).Open();

        w.Summary(ReportDoc(model));
        w.Line(GeneratedCodeInfo.Attribute);
        w.Line("public static partial class " + plan.YearClass).Open();
        bool lazy = unit.Options.LazyFacts;
        WriteIdentity(w, model, lazy);
        FactMemberEmitter.Write(w, model, names, lazy, cancellationToken);
        WriteValues(w, model, names, unit.Options.EmitConstants);
        SectionEmitter.WriteOutline(w, model, lazy);
        w.Line();
        ReportTableWriter.For(model, cancellationToken).Write(w, plan.StringLiterals);
        FactMemberEmitter.WriteCache(w, lazy);
        w.Close();

        foreach (var _ in plan.ClassPath) w.Close();
        for (int i = 0; i < scope; i++) w.Close();
        return w.ToSourceText();
    }

    private static string[] ReportDoc(ReportModel m)
    {
        string who = Join(" ", m.SpeakerTitle, m.Speaker);
        string region = m.RegionEnglish is null ? m.Region : m.Region + " (" + m.RegionEnglish + ")";
        return new[]
        {
            DocText.ReportName(m) + (m.Title == "政府工作报告" ? string.Empty : "：" + m.Title),
            region + "，" + DocText.Int(m.DeliveredYear) + " 年" + (m.Date is null ? string.Empty : "（" + m.Date + "）") + (who.Length == 0 ? string.Empty : "，" + who),
            m.Congress ?? string.Empty,
            "Source: " + m.FileName + ", lines " + DocText.Int(m.StartLine) + "–" + DocText.Int(m.EndLine) + (m.Complete ? string.Empty : " (text cut off)"),
        };
    }

    private static void WriteIdentity(IndentedWriter w, ReportModel m, bool lazy)
    {
        w.Summary("Report id: " + m.Id + ".");
        w.Line("public const string Id = " + CSharpLiteral.String(m.Id) + ";");
        w.Summary("Region: " + m.Region + ".");
        w.Line("public const string Region = " + CSharpLiteral.String(m.Region) + ";");
        w.Summary("Year the report was delivered.");
        w.Line("public const int DeliveredYear = " + CSharpLiteral.Int(m.DeliveredYear) + ";");
        w.Summary("The report (metadata, sections, indicators, glossary), created on first access.", m.Title);
        string report = FactMemberEmitter.ReportCache(lazy);
        w.Line("public static " + Rt + "Report Report => " + report + " ?? " + Tables + "Once(ref " + report + ", new " + Rt + "Generated.TableReport(").Indent();
        w.Line("new " + Rt + "ReportInfo(" + ReportInfoArguments(m) + "),");
        w.Line(FactMemberEmitter.DataOf(lazy) + "));").Unindent();
        w.Summary("Every numeric fact of the report, in text order (" + DocText.Int(m.Facts.Count) + ").");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + "Indicator> Indicators => Report.Indicators;");
        w.Summary("名词解释 entries (" + DocText.Int(m.Glossary.Count) + ").");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + "GlossaryEntry> Glossary => Report.Glossary;");
    }

    internal const string Tables = Rt + "Generated.ReportTables.";
    internal const string Data = ReportTableWriter.TextName + ", " + ReportTableWriter.TableName;

    /// <summary>
    /// The figures as <c>const decimal</c>, only when constants are on (consumer default). With constants off (a
    /// library others compile against, such as the bundled data) the class is not emitted: a static property copy
    /// of every figure would only duplicate the typed members (<c>Gdp.Value</c>) and double the members to compile.
    /// </summary>
    private static void WriteValues(IndentedWriter w, ReportModel m, FactMemberNames names, bool constants)
    {
        if (!constants || m.Facts.Count == 0) return;
        w.Line();
        w.Summary("The figures as constants (value as written, in the fact's unit).");
        w.Line("public static class Values").Open();
        foreach (var (name, index) in names.Standard)
        {
            if (names.Members[index] is { } member) w.InheritDoc(member);
            else if (w.Docs) w.Summary(DocText.FactHeadline(m.Facts[index]), DocText.Where(m, m.Facts[index].Line, m.Facts[index].Section));
            w.Line("public const decimal " + name + " = " + CSharpLiteral.Decimal(m.Facts[index].Value) + ";");
        }
        for (int i = 0; i < m.Facts.Count; i++)
        {
            if (names.Members[i] is not { } member) continue;
            if (w.Docs) w.Summary(DocText.FactHeadline(m.Facts[i]), DocText.Where(m, m.Facts[i].Line, m.Facts[i].Section));
            w.Line("public const decimal " + member + " = " + CSharpLiteral.Decimal(m.Facts[i].Value) + ";");
        }
        w.Close();
    }

    private static string ReportInfoArguments(ReportModel m)
    {
        string date = "null";
        if (m.Date is not null && System.DateTime.TryParseExact(m.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = "new global::System.DateOnly(" + CSharpLiteral.Int(d.Year) + ", " + CSharpLiteral.Int(d.Month) + ", " + CSharpLiteral.Int(d.Day) + ")";
        }
        string source = "new " + Rt + "SourceRef(" + CSharpLiteral.String(m.FileName) + ", " + CSharpLiteral.Int(m.StartLine) + ", " + CSharpLiteral.Int(m.EndLine) + ", "
            + CSharpLiteral.String(m.Sha256) + ", " + CSharpLiteral.String(GeneratedCodeInfo.Version) + ")";
        return string.Join(", ", new[]
        {
            CSharpLiteral.String(m.Id),
            CSharpLiteral.String(m.Region),
            CSharpLiteral.String(m.RegionEnglish),
            EnumLiteral("RegionLevel", m.Level.ToString(), (int)m.Level),
            CSharpLiteral.Int(m.DeliveredYear),
            CSharpLiteral.Int(m.ReviewYear),
            CSharpLiteral.Int(m.PlanYear),
            date,
            CSharpLiteral.String(m.Speaker),
            CSharpLiteral.String(m.SpeakerTitle),
            CSharpLiteral.String(m.Congress),
            CSharpLiteral.String(m.Title),
            source,
            CSharpLiteral.Bool(m.Complete),
            CSharpLiteral.String(m.DivisionCode),
            Parents(m),
            CSharpLiteral.Int(m.ReviewStartYear),
        });
    }

    // The parent chain as a read-only list (never a bare array a caller could write to).
    private static string Parents(ReportModel m)
    {
        if (m.Parents.Count == 0) return "null";
        var items = new List<string>();
        foreach (var p in m.Parents)
        {
            items.Add("new " + Rt + "RegionRef(" + CSharpLiteral.String(p.Name) + ", " + CSharpLiteral.String(p.English) + ", " +
                      EnumLiteral("RegionLevel", p.Level.ToString(), (int)p.Level) + ", " + CSharpLiteral.String(p.Code) + ")");
        }
        return "global::System.Array.AsReadOnly(new " + Rt + "RegionRef[] { " + string.Join(", ", items) + " })";
    }

    /// <summary>A named enum member when the name is a plain identifier, else a cast of the number.</summary>
    internal static string EnumLiteral(string type, string name, int value)
        => IdentifierRules.ToIdentifier(name, string.Empty) == name && !char.IsDigit(name[0])
            ? Rt + type + "." + name
            : "(" + Rt + type + ")(" + CSharpLiteral.Int(value) + ")";

    private static string Join(string separator, params string?[] parts)
    {
        var list = new List<string>();
        foreach (var p in parts) if (!string.IsNullOrEmpty(p)) list.Add(p!);
        return string.Join(separator, list);
    }
}
