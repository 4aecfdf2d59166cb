using System.Collections.Generic;
using System.Text;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Text for XML documentation comments. Escapes &amp;, &lt; and &gt;, and splits on every character the C#
/// lexer treats as a line end (CR, LF, U+0085, U+2028, U+2029), so report text can never leave the
/// <c>///</c> comment and become code. Other control characters, bidi controls and lone surrogates are
/// replaced by a space or U+FFFD.
/// </summary>
internal static class XmlDoc
{
    /// <summary>Escapes text for XML element content; returns the lines to write after <c>/// </c>.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    goto case '\n';
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    lines.Add(sb.ToString().TrimEnd());
                    sb.Clear();
                    break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else if (CSharpLiteral.NeedsEscape(c))
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        lines.Add(sb.ToString().TrimEnd());
        return lines;
    }
}
