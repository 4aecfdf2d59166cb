using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes a report's sections: public <c>Titles</c> (const titles) and <c>Sections</c> (the Section objects) for
/// levels 1 and 2, as fields set together on first read or, in the lazy shape, as properties. The section tree itself
/// is data (<see cref="ReportTableWriter"/>), in pre-order without recursion (no nesting in the generated code, however
/// deep the headings go).
/// </summary>
internal static class SectionEmitter
{
    private const string Rt = "global::ReportSdk.";

    /// <summary>
    /// Writes the nested Titles and Sections classes (levels 1 and 2): the section members are fields set together
    /// on first read, or with <paramref name="lazy"/> (<c>ReportSdkLazyFacts=true</c>) properties that each read one
    /// section of the report.
    /// </summary>
    public static void WriteOutline(IndentedWriter w, ReportModel m, bool lazy)
    {
        if (m.Sections.Count == 0) return;
        var outline = new List<(string Name, string Access, SectionModel Section)>();
        for (int i = 0; i < m.Sections.Count; i++)
        {
            string name = "S" + Int(i + 1);
            string access = "Report.Sections[" + Int(i) + "]";
            outline.Add((name, access, m.Sections[i]));
            var children = m.Sections[i].Children;
            for (int j = 0; j < children.Count; j++)
            {
                outline.Add((name + "_" + Int(j + 1), access + ".Sections[" + Int(j) + "]", children[j]));
            }
        }

        w.Line();
        w.Summary("Titles of the level-1 and level-2 sections (S1 is the first level-1 section, S1_2 the second subsection of S1).");
        w.Line("public static class Titles").Open();
        foreach (var (name, _, s) in outline)
        {
            if (w.Docs) w.Summary(Doc(m, s));
            w.Line("public const string " + name + " = " + CSharpLiteral.String(s.Title) + ";");
        }
        w.Close();

        w.Line();
        w.Summary("The level-1 and level-2 sections with their text and subsections (built with the report on first access).");
        w.Line("public static class Sections").Open();
        foreach (var (name, access, _) in outline)
        {
            w.InheritDoc("Titles." + name);
            w.Line(lazy
                ? "public static " + Rt + "Section " + name + " => " + access + ";"
                : "public static readonly " + Rt + "Section " + name + ";");
        }
        // The fields shape: one field initializer sets every section member by outline position (the order of the
        // members). With the SDK's analyzers on, a property per section cost the compiler about as much as all of a
        // report's other code but its fact members (docs/performance.md).
        if (!lazy)
        {
            FactMemberEmitter.WriteInitializer(w, "// The members above, set together when one of them is first read.", outline.Count,
                (call, j) => call.Append(", ref ").Append(outline[j].Name), k => "AssignSections(Report.Sections, " + Int(k));
        }
        w.Close();
    }

    /// <summary>
    /// Numbers the sections in pre-order without recursion (hostile input with very deep nesting cannot overflow
    /// the generator's stack); returns each section and its parent's number (-1 for a level-1 section).
    /// </summary>
    internal static (List<SectionModel> Order, List<int> Parents) PreOrder(EquatableArray<SectionModel> sections)
    {
        var order = new List<SectionModel>();
        var parents = new List<int>();
        var stack = new Stack<(SectionModel Section, int Parent)>();
        for (int i = sections.Count - 1; i >= 0; i--) stack.Push((sections[i], -1));
        while (stack.Count > 0)
        {
            var (s, parent) = stack.Pop();
            int index = order.Count;
            order.Add(s);
            parents.Add(parent);
            for (int i = s.Children.Count - 1; i >= 0; i--) stack.Push((s.Children[i], index));
        }
        return (order, parents);
    }

    private static string[] Doc(ReportModel m, SectionModel s)
    {
        string first = s.Paragraphs.Count > 0 ? DocText.FirstSentence(s.Paragraphs[0].Text) : string.Empty;
        return new[] { s.Marker + s.Title, first, DocText.Where(m, s.Line, null) };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
