using System.Collections.Generic;
using System.Text;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// A StringBuilder that writes lines at an indentation level (four spaces), always with '\n' line ends
/// so output is byte-identical on every OS. Doc comments are written only when <c>docs</c> is true (see
/// <see cref="ReportSdk.Generator.Pipeline.GeneratorOptions.EmitDocs"/>).
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _sb = new();
    private readonly bool _docs;
    private int _indent;

    public IndentedWriter(bool docs = true) => _docs = docs;

    /// <summary>True when doc comments are written (callers skip building doc text otherwise).</summary>
    public bool Docs => _docs;

    /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public IndentedWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c> (plus an optional suffix such as <c>;</c>).</summary>
    public IndentedWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Writes a compact <c>/// &lt;summary&gt;</c>: the first paragraph, then each further one as <c>&lt;para&gt;</c>
    /// (three lines for a fact instead of seven). The text is escaped by <see cref="XmlDoc"/>.
    /// </summary>
    public IndentedWriter Summary(params string[] paragraphs)
    {
        if (!_docs) return this;
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrEmpty(paragraph)) continue;
            var part = new List<string>(XmlDoc.Lines(paragraph));
            if (lines.Count > 0)
            {
                part[0] = "<para>" + part[0];
                part[part.Count - 1] += "</para>";
            }
            lines.AddRange(part);
        }
        if (lines.Count == 0) lines.Add(string.Empty);
        lines[0] = "<summary>" + lines[0];
        lines[lines.Count - 1] += "</summary>";
        foreach (var line in lines) Line(line.Length == 0 ? "///" : "/// " + line);
        return this;
    }

    /// <summary>Writes <c>/// &lt;inheritdoc cref="…"/&gt;</c> (hover shows the referenced member's docs).</summary>
    public IndentedWriter InheritDoc(string cref) => _docs ? Line("/// <inheritdoc cref=\"" + cref + "\"/>") : this;

    /// <inheritdoc />
    public override string ToString() => _sb.ToString();
}
