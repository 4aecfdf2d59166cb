using System.Globalization;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Recognises text that was not decoded as UTF-8: replacement characters (U+FFFD) where invalid bytes were,
/// or GBK/GB18030 bytes read as a single-byte code page (runs of Latin-1 letters such as Õþ¸®¹¤×÷ instead of CJK).
/// </summary>
internal static class EncodingCheck
{
    private const int MinReplacements = 3;
    private const int MinMojibake = 20;

    /// <summary>Returns a short description of the problem and the offset of its first sign, or null when the text looks fine.</summary>
    public static string? Diagnose(string text, out int offset)
    {
        offset = -1;
        int replacements = 0, mojibake = 0, cjk = 0, firstReplacement = -1, firstMojibake = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\uFFFD')
            {
                if (replacements++ == 0) firstReplacement = i;
            }
            else if (IsMojibakeChar(c))
            {
                if (mojibake++ == 0) firstMojibake = i;
            }
            else if (c >= '\u4E00' && c <= '\u9FFF')
            {
                cjk++;
            }
        }
        if (mojibake >= MinMojibake && mojibake > cjk)
        {
            offset = firstMojibake;
            return "it looks like GBK/GB18030 read as a single-byte code page";
        }
        if (replacements >= MinReplacements)
        {
            offset = firstReplacement;
            return replacements.ToString(CultureInfo.InvariantCulture) + " replacement characters";
        }
        return null;
    }

    // GBK lead and trail bytes (0x81–0xFE) shown as Latin-1; signs that real text uses (° ± ² ³ · × ÷, NBSP) do not count.
    private static bool IsMojibakeChar(char c) =>
        c >= '\u00A1' && c <= '\u00FF' && c != '\u00B0' && c != '\u00B1' && c != '\u00B2' && c != '\u00B3' &&
        c != '\u00B7' && c != '\u00D7' && c != '\u00F7';

    /// <summary>True when the text is mostly mis-decoded, so looking for reports in it is pointless.</summary>
    public static bool IsUnreadable(string detail) => detail.StartsWith("it looks like", System.StringComparison.Ordinal);
}
