using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>A heading marker found at the start of a paragraph: 一、 （一） (一) 一是 ——.</summary>
internal readonly struct HeadingMarker
{
    public HeadingMarker(SectionStyle style, string marker, int ordinal)
    {
        Style = style;
        Marker = marker;
        Ordinal = ordinal;
    }

    public SectionStyle Style { get; }

    /// <summary>The literal prefix as written (一、, （三）, (三), 一是, ———).</summary>
    public string Marker { get; }

    /// <summary>The number the marker stands for (0 for dash bullets).</summary>
    public int Ordinal { get; }

    public int Length => Marker.Length;
}

/// <summary>Recognises heading markers at the start of a text.</summary>
internal static class HeadingMarkers
{
    private const int MaxNumeralLength = 3;

    /// <summary>True when the text starts with a level-1 (一、) or level-2 (（一）/(一)) marker.</summary>
    public static bool StartsWithNumberedHeading(string text)
    {
        if (!TryRead(text, out var marker)) return false;
        return marker.Style == SectionStyle.Dun || marker.Style == SectionStyle.Paren;
    }

    /// <summary>Reads the marker at the start of <paramref name="text"/>, if any.</summary>
    public static bool TryRead(string text, out HeadingMarker marker)
    {
        marker = default;
        if (string.IsNullOrEmpty(text)) return false;

        char first = text[0];
        if (first == '（' || first == '(')
        {
            int n = NumeralLength(text, 1);
            if (n == 0 || 1 + n >= text.Length) return false;
            char close = text[1 + n];
            if (close != '）' && close != ')') return false;
            if (!ChineseNumerals.TryParse(text.Substring(1, n), out long value) || value <= 0) return false;
            marker = new HeadingMarker(SectionStyle.Paren, text.Substring(0, n + 2), (int)value);
            return true;
        }

        int len = NumeralLength(text, 0);
        if (len > 0 && len < text.Length && ChineseNumerals.TryParse(text.Substring(0, len), out long number) && number > 0)
        {
            char after = text[len];
            if (after == '、')
            {
                marker = new HeadingMarker(SectionStyle.Dun, text.Substring(0, len + 1), (int)number);
                return true;
            }
            if (after == '是')
            {
                marker = new HeadingMarker(SectionStyle.Shi, text.Substring(0, len + 1), (int)number);
                return true;
            }
            return false;
        }

        int dashes = 0;
        while (dashes < text.Length && IsDash(text[dashes])) dashes++;
        if (dashes >= 2 && dashes < text.Length)
        {
            marker = new HeadingMarker(SectionStyle.Dash, text.Substring(0, dashes), 0);
            return true;
        }
        return false;
    }

    public static bool IsDash(char c) => c == '—' || c == '─' || c == '―' || c == '━';

    // Length of a run of Chinese numeral digits/units (一 … 十, 百) starting at index, up to three characters.
    private static int NumeralLength(string text, int start)
    {
        int i = start;
        while (i < text.Length && i - start < MaxNumeralLength + 1 && IsHeadingNumeral(text[i])) i++;
        int n = i - start;
        return n > MaxNumeralLength ? 0 : n;
    }

    private static bool IsHeadingNumeral(char c) => ChineseNumerals.Digit(c) > 0 || c == '十' || c == '〇' || c == '零';
}
