using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes a report's sections: public <c>Titles</c> (const titles) and <c>Sections</c> (the Section objects) for
/// levels 1 and 2, and the private builders of the section tree. Each section is built by its own small method
/// (B0, B1 … in pre-order), so the generated code never nests deeper than one call, however deep the headings go.
/// </summary>
internal static class SectionEmitter
{
    private const string Rt = "global::ReportSdk.";

    /// <summary>Writes the nested Titles and Sections classes (levels 1 and 2).</summary>
    public static void WriteOutline(IndentedWriter w, ReportModel m)
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
            w.Summary(Doc(m, s));
            w.Line("public const string " + name + " = " + CSharpLiteral.String(s.Title) + ";");
        }
        w.Close();

        w.Line();
        w.Summary("The level-1 and level-2 sections with their text and subsections (built with the report on first access).");
        w.Line("public static class Sections").Open();
        foreach (var (name, access, _) in outline)
        {
            w.InheritDoc("Titles." + name);
            w.Line("public static " + Rt + "Section " + name + " => " + access + ";");
        }
        w.Close();
    }

    /// <summary>Writes SectionList() and one builder per section, inside the Report subclass.</summary>
    public static void WriteBuilders(IndentedWriter w, ReportModel m, CancellationToken cancellationToken)
    {
        var (order, children, roots) = Number(m.Sections);

        w.Line();
        w.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Rt + "Section> SectionList() => global::System.Array.AsReadOnly(new " + Rt + "Section[]").Open();
        foreach (int root in roots) w.Line("B" + Int(root) + "(),");
        w.Close(");");

        w.Line();
        w.Line("private static " + Rt + "Section S(int level, int ordinal, string marker, string title, int line, int style, " + Rt + "Paragraph[] paragraphs, params " + Rt + "Section[] sections)");
        w.Line("    => new " + Rt + "Section(level, ordinal, marker, title, line, (" + Rt + "SectionStyle)style, global::System.Array.AsReadOnly(paragraphs), global::System.Array.AsReadOnly(sections));");
        w.Line("private static " + Rt + "Paragraph[] Ps(params " + Rt + "Paragraph[] items) => items;");
        w.Line("private static " + Rt + "Paragraph P(string text, int line) => new " + Rt + "Paragraph(text, line);");

        for (int k = 0; k < order.Count; k++)
        {
            if ((k & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
            var s = order[k];
            w.Line();
            string head = "private static " + Rt + "Section B" + Int(k) + "() => S(" + Int(s.Level) + ", " + Int(s.Ordinal) + ", "
                + CSharpLiteral.String(s.Marker) + ", " + CSharpLiteral.String(s.Title) + ", " + Int(s.Line) + ", " + Int((int)s.Style) + ", Ps(";
            var calls = new List<string>();
            foreach (int c in children[k]) calls.Add("B" + Int(c) + "()");
            string rest = calls.Count == 0 ? ");" : ", " + string.Join(", ", calls) + ");";

            if (s.Paragraphs.Count == 0)
            {
                w.Line(head + ")" + rest);
                continue;
            }
            w.Line(head);
            for (int i = 0; i < s.Paragraphs.Count; i++)
            {
                var p = s.Paragraphs[i];
                w.Line("    P(" + CSharpLiteral.String(p.Text) + ", " + Int(p.Line) + ")" + (i == s.Paragraphs.Count - 1 ? ")" + rest : ","));
            }
        }
    }

    /// <summary>
    /// Numbers the sections in pre-order without recursion (hostile input with very deep nesting cannot overflow
    /// the generator's stack); returns each section, its children's numbers and the level-1 numbers.
    /// </summary>
    private static (List<SectionModel> Order, List<List<int>> Children, List<int> Roots) Number(EquatableArray<SectionModel> sections)
    {
        var order = new List<SectionModel>();
        var children = new List<List<int>>();
        var roots = new List<int>();
        var stack = new Stack<(SectionModel Section, int Parent)>();
        for (int i = sections.Count - 1; i >= 0; i--) stack.Push((sections[i], -1));
        while (stack.Count > 0)
        {
            var (s, parent) = stack.Pop();
            int index = order.Count;
            order.Add(s);
            children.Add(new List<int>());
            (parent < 0 ? roots : children[parent]).Add(index);
            for (int i = s.Children.Count - 1; i >= 0; i--) stack.Push((s.Children[i], index));
        }
        return (order, children, roots);
    }

    private static string[] Doc(ReportModel m, SectionModel s)
    {
        string first = s.Paragraphs.Count > 0 ? DocText.FirstSentence(s.Paragraphs[0].Text) : string.Empty;
        return new[] { s.Marker + s.Title, first, DocText.Where(m.FileName, s.Line, null) };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
