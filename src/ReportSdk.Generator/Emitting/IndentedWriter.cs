using System.Text;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>
    /// Writes one line at the current indentation: <paramref name="prefix"/>, then <paramref name="value"/> written by
    /// <paramref name="literal"/> straight into the output (a report's data literals run to tens of thousands of
    /// characters: no copy of them is made), then <paramref name="suffix"/>.
    /// </summary>
    public IndentedWriter Line<T>(string prefix, T value, System.Action<StringBuilder, T> literal, string suffix)
    {
        _sb.Append(' ', _indent * 4).Append(prefix);
        literal(_sb, value);
        _sb.Append(suffix).Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public IndentedWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Indents the next lines (the continuation lines of a statement), until <see cref="Unindent"/>.</summary>
    public IndentedWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public IndentedWriter Unindent()
    {
        _indent--;
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
        int last = paragraphs.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(paragraphs[last])) last--;
        if (last < 0) return Line("/// <summary></summary>");
        bool first = true;
        for (int p = 0; p <= last; p++)
        {
            string paragraph = paragraphs[p];
            if (string.IsNullOrEmpty(paragraph)) continue;
            int next = 0;
            do
            {
                bool opening = next == 0;
                _sb.Append(' ', _indent * 4).Append("///");
                int content = _sb.Length;
                _sb.Append(' ');
                if (opening) _sb.Append(first ? "<summary>" : "<para>");
                next = XmlDoc.AppendLine(_sb, paragraph, next);
                if (next < 0 && !first) _sb.Append("</para>");
                if (next < 0 && p == last) _sb.Append("</summary>");
                if (_sb.Length == content + 1) _sb.Length = content; // an empty line is "///", without a trailing space
                _sb.Append('\n');
            }
            while (next >= 0);
            first = false;
        }
        return this;
    }

    /// <summary>Writes <c>/// &lt;inheritdoc cref="…"/&gt;</c> (hover shows the referenced member's docs).</summary>
    public IndentedWriter InheritDoc(string cref) => _docs ? Line("/// <inheritdoc cref=\"" + cref + "\"/>") : this;

    /// <summary>
    /// The written file as the compiler's text, UTF-8: read from the builder in pieces, so a long file becomes chunked
    /// text and never one string (a report's file runs to hundreds of kilobytes; as a string it would land on the large
    /// object heap, whose budget sets off full garbage collections in the compiler process).
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new StringBuilderReader(_sb), _sb.Length, Encoding.UTF8);

    /// <inheritdoc />
    public override string ToString() => _sb.ToString();
}
