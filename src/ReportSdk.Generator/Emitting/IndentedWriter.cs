using System.Text;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// A StringBuilder that writes lines at an indentation level (four spaces), always with '\n' line ends
/// so output is byte-identical on every OS.
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

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

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> block; the text is escaped by <see cref="XmlDoc"/>.</summary>
    public IndentedWriter Summary(params string[] paragraphs)
    {
        var present = System.Array.FindAll(paragraphs, p => !string.IsNullOrEmpty(p));
        if (present.Length == 1 && XmlDoc.Lines(present[0]) is { Count: 1 } single)
        {
            return Line("/// <summary>" + single[0] + "</summary>");
        }
        Line("/// <summary>");
        bool first = true;
        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrEmpty(paragraph)) continue;
            if (!first) Line("/// <para/>");
            first = false;
            foreach (var line in XmlDoc.Lines(paragraph)) Line(line.Length == 0 ? "///" : "/// " + line);
        }
        return Line("/// </summary>");
    }

    /// <inheritdoc />
    public override string ToString() => _sb.ToString();
}
