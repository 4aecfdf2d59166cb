namespace ReportSdk.Generator.Parsing;

/// <summary>
/// HTML tags a saved page leaves around its text (&lt;p&gt;, &lt;/p&gt;, &lt;strong&gt;, &lt;br/&gt;,
/// &lt;span style="…"&gt;): an element name of ASCII letters and digits, its attributes, no other angle bracket.
/// Scrapers' escapes (&lt;U+00A0&gt;) and the text's own brackets (&lt;&lt;纲要&gt;&gt;) are no tags.
/// </summary>
internal static class HtmlTags
{
    private const int MaxTagLength = 200;

    /// <summary>Length of the tag that starts at <paramref name="start"/>, or 0.</summary>
    public static int OpeningLength(string line, int start, int end)
    {
        if (start >= end || line[start] != '<') return 0;
        int close = line.IndexOf('>', start, System.Math.Min(MaxTagLength, end - start));
        return close > start && IsTag(line, start, close) ? close - start + 1 : 0;
    }

    /// <summary>Length of the tag that ends right before <paramref name="end"/>, or 0.</summary>
    public static int ClosingLength(string line, int start, int end)
    {
        if (end <= start || line[end - 1] != '>') return 0;
        int from = System.Math.Max(start, end - MaxTagLength);
        int open = line.LastIndexOf('<', end - 1, end - from);
        return open >= start && IsTag(line, open, end - 1) ? end - open : 0;
    }

    // <p>, </p>, <br/>, <span class="x">: '<', an optional '/', a letter, then letters and digits up to a space, '/' or '>'.
    private static bool IsTag(string line, int open, int close)
    {
        int i = open + 1;
        if (i < close && line[i] == '/') i++;
        if (i >= close || !IsAsciiLetter(line[i])) return false;
        while (i < close && (IsAsciiLetter(line[i]) || (line[i] >= '0' && line[i] <= '9'))) i++;
        if (i < close && line[i] != ' ' && line[i] != '/') return false;
        for (int k = i; k < close; k++)
        {
            if (line[k] == '<') return false;
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
