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
    /// <summary>
    /// Appends the line of <paramref name="text"/> that starts at <paramref name="start"/>, escaped for XML element
    /// content and without trailing whitespace, to <paramref name="sb"/>. Returns where the next line starts, or -1
    /// when this line is the text's last.
    /// </summary>
    public static int AppendLine(StringBuilder sb, string text, int start)
    {
        int lineStart = sb.Length;
        int next = -1;
        // Runs of characters that stay as they are go in with one Append each; the others one by one.
        int run = start;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c != '&' && c != '<' && c != '>' && !CSharpLiteral.NeedsEscape(c))) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a proper pair stays as it is
                continue;
            }
            sb.Append(text, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '\r':
                    next = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    next = i + 1;
                    break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    // Lone surrogates and non-characters become U+FFFD; other controls (NUL, bidi marks …) a space.
                    sb.Append(char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : ' ');
                    break;
            }
            if (next >= 0) break;
        }
        if (next < 0) sb.Append(text, run, text.Length - run);
        while (sb.Length > lineStart && char.IsWhiteSpace(sb[sb.Length - 1])) sb.Length--;
        return next;
    }
}
