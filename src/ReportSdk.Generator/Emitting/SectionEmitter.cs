using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes a report's sections: public <c>Titles</c> (const titles) and <c>Sections</c> (the Section objects) for
/// levels 1 and 2, and the section tree as tables read by one loop (no recursion and no nesting in the generated
/// code, however deep the headings go).
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

    /// <summary>
    /// Writes SectionList() inside the Report subclass: the section tree as tables (numbers in an <c>int</c> array
    /// read as a <c>ReadOnlySpan</c>, which the compiler stores as data; texts in one string array), turned into
    /// objects by one loop, instead of one builder method per section (fewer methods to compile and to JIT).
    /// </summary>
    public static void WriteBuilders(IndentedWriter w, ReportModel m, CancellationToken cancellationToken)
    {
        var (order, parents) = Number(m.Sections);
        const string Ro = "global::System.Collections.Generic.IReadOnlyList<" + Rt + "Section>";

        w.Line();
        w.Line("private static " + Ro + " SectionList()").Open();
        w.Line("// Per section in pre-order: level, ordinal, line, style, parent (-1: level 1), paragraph count.");
        w.Line("global::System.ReadOnlySpan<int> meta = new int[]").Open();
        for (int k = 0; k < order.Count; k++)
        {
            var s = order[k];
            w.Line(Int(s.Level) + ", " + Int(s.Ordinal) + ", " + Int(s.Line) + ", " + Int((int)s.Style) + ", " + Int(parents[k]) + ", " + Int(s.Paragraphs.Count) + ",");
        }
        w.Close(";");
        w.Line("// Per section in pre-order: marker, title, then its paragraphs' texts.");
        w.Line("string[] text = new string[]").Open();
        for (int k = 0; k < order.Count; k++)
        {
            if ((k & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
            var s = order[k];
            w.Line(CSharpLiteral.String(s.Marker) + ", " + CSharpLiteral.String(s.Title) + ",");
            foreach (var p in s.Paragraphs) w.Line(CSharpLiteral.String(p.Text) + ",");
        }
        w.Close(";");
        w.Line("// The paragraphs' lines, in the same order.");
        w.Line("global::System.ReadOnlySpan<int> lines = new int[]").Open();
        foreach (var s in order)
        {
            if (s.Paragraphs.Count == 0) continue;
            var parts = new List<string>();
            foreach (var p in s.Paragraphs) parts.Add(Int(p.Line));
            w.Line(string.Join(", ", parts) + ",");
        }
        w.Close(";");
        w.Line();
        w.Line("int n = meta.Length / 6, t = 0, l = 0;");
        w.Line("var markers = new string[n];");
        w.Line("var titles = new string[n];");
        w.Line("var paragraphs = new " + Rt + "Paragraph[n][];");
        w.Line("for (int k = 0; k < n; k++)").Open();
        w.Line("markers[k] = text[t++];");
        w.Line("titles[k] = text[t++];");
        w.Line("var ps = new " + Rt + "Paragraph[meta[k * 6 + 5]];");
        w.Line("for (int i = 0; i < ps.Length; i++) ps[i] = new " + Rt + "Paragraph(text[t++], lines[l++]);");
        w.Line("paragraphs[k] = ps;");
        w.Close();
        w.Line("// Children come after their parent in pre-order: build from the end, collecting each parent's children.");
        w.Line("var children = new global::System.Collections.Generic.List<" + Rt + "Section>?[n];");
        w.Line("var roots = new global::System.Collections.Generic.List<" + Rt + "Section>();");
        w.Line("for (int k = n - 1; k >= 0; k--)").Open();
        w.Line("var kids = children[k];");
        w.Line("kids?.Reverse();");
        w.Line("var section = new " + Rt + "Section(meta[k * 6], meta[k * 6 + 1], markers[k], titles[k], meta[k * 6 + 2], (" + Rt + "SectionStyle)meta[k * 6 + 3], global::System.Array.AsReadOnly(paragraphs[k]), global::System.Array.AsReadOnly(kids is null ? global::System.Array.Empty<" + Rt + "Section>() : kids.ToArray()));");
        w.Line("int parent = meta[k * 6 + 4];");
        w.Line("if (parent < 0) roots.Add(section);");
        w.Line("else (children[parent] ??= new global::System.Collections.Generic.List<" + Rt + "Section>()).Add(section);");
        w.Close();
        w.Line("roots.Reverse();");
        w.Line("return global::System.Array.AsReadOnly(roots.ToArray());");
        w.Close();
    }

    /// <summary>
    /// Numbers the sections in pre-order without recursion (hostile input with very deep nesting cannot overflow
    /// the generator's stack); returns each section and its parent's number (-1 for a level-1 section).
    /// </summary>
    private static (List<SectionModel> Order, List<int> Parents) Number(EquatableArray<SectionModel> sections)
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
