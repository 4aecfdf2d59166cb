using System.Globalization;
using System.Text;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// C# literals for report text and numbers. Every string is escaped so that no report text can end the
/// literal or the line: quotes, backslashes, control characters (NUL included), the Unicode line
/// separators U+0085/U+2028/U+2029 (which the C# lexer treats as new lines), bidi controls, BOM,
/// non-characters and lone surrogates become escapes. CJK and other printable text stays readable.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted, escaped string literal, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null) return "null";
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a quoted, escaped string literal (see <see cref="String"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        // Runs of characters that stay as they are go in with one Append each (a report's text is hundreds of
        // kilobytes of them); only the characters that need an escape are written one by one.
        int run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c != '"' && c != '\\' && !NeedsEscape(c))) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a proper pair (CJK extension B …) stays as it is
                continue;
            }
            sb.Append(value, run, i - run);
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: AppendEscape(sb, c); break;
            }
            run = i + 1;
        }
        sb.Append(value, run, value.Length - run);
        sb.Append('"');
    }

    /// <summary>
    /// Appends one char of a literal of arbitrary chars (binary data, such as a report's table): printable ASCII as is,
    /// <c>\0</c> for NUL, every other char as <c>\uXXXX</c>, so the literal is plain ASCII whatever it holds.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static void AppendChar(StringBuilder sb, char c)
    {
        if (c == '\0') sb.Append('\\').Append('0');
        else if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') sb.Append(c);
        else AppendEscape(sb, c);
    }

    /// <summary>Appends <c>\uXXXX</c> (upper-case hex) for <paramref name="c"/>, without a string per char.</summary>
    private static void AppendEscape(StringBuilder sb, char c)
    {
        const string hex = "0123456789ABCDEF";
        sb.Append('\\').Append('u').Append(hex[c >> 12]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
    }

    /// <summary>True for characters that are written as <c>\uXXXX</c> in literals (and never copied into code or comments).</summary>
    public static bool NeedsEscape(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;          // C0, DEL, C1 (U+0085 is a C# new line)
        if (char.IsSurrogate(c)) return true;                             // lone halves (pairs are handled by the caller)
        switch (c)
        {
            case '\u2028': case '\u2029':                                // line / paragraph separator
            case '\u200E': case '\u200F': case '\u061C':                  // direction marks
            case '\uFEFF': case '\uFFFE': case '\uFFFF':
                return true;
        }
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'); // bidi embeddings, isolates
    }

    /// <summary>A decimal literal in invariant culture that keeps the scale as written: 980m, 4.40m, -2.5m.</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>A nullable decimal literal.</summary>
    public static string Decimal(decimal? value) => value is decimal d ? Decimal(d) : "null";

    /// <summary>An int literal in invariant culture.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="value"/> in invariant digits (as <see cref="Int(int)"/>).</summary>
    public static StringBuilder AppendInt(StringBuilder sb, int value) => sb.Append(Int(value));

    /// <summary>A nullable int literal.</summary>
    public static string Int(int? value) => value is int i ? Int(i) : "null";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
