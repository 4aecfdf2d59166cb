using System;
using System.Text;

namespace ReportSdk.Generator.Parsing;

/// <summary>Character-level clean-up of one line: spaces, stray spaces inside CJK text, widths.</summary>
internal static class Normalizer
{
    /// <summary>True for whitespace the texts use: ASCII space/tab, NBSP, ideographic space, zero-width characters.</summary>
    /// <summary>A character of the CJK Unified Ideographs block (the words of a report).</summary>
    public static bool IsCjk(char c) => c >= '\u4E00' && c <= '\u9FFF';

    public static bool IsSpace(char c) =>
        c > '\u3000' ? c == '\uFEFF' : // CJK text (above U+3000) holds only one of them
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009' ||
        c == '\u200B' || c == '\uFEFF' || c == '\u202F' || c == '\f' || c == '\v' ||
        c == '\u0085' || c == '\u2028' || c == '\u2029'; // separators that do not end a line (see SourceLines)

    /// <summary>True when the line holds nothing but spaces.</summary>
    public static bool IsBlank(string line)
    {
        foreach (char c in line)
        {
            if (!IsSpace(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Trims every kind of space (ASCII, NBSP, ideographic, zero-width) from both ends of a line, the marker of a
    /// Markdown heading before the text (## 一、2025年工作回顾, # 政府工作报告) and HTML tags a saved page left around it
    /// (&lt;p&gt;&lt;strong&gt;一、2025年工作回顾&lt;/strong&gt;&lt;/p&gt;). Inner text stays exactly as written, so a
    /// quote taken from one line is a substring of the file (spaces inside names are removed only where names are read:
    /// titles, speaker lines, datelines; see <see cref="RemoveSpaces"/>).
    /// </summary>
    public static string CleanLine(string line)
    {
        int start = 0, end = line.Length;
        while (true)
        {
            while (start < end && IsSpace(line[start])) start++;
            int skip = EscapeLength(line, start, end);
            if (skip == 0) skip = MarkdownHeadingLength(line, start, end);
            if (skip == 0) skip = HtmlTags.OpeningLength(line, start, end);
            if (skip == 0) break;
            start += skip;
        }
        while (true)
        {
            while (end > start && IsSpace(line[end - 1])) end--;
            int tag = HtmlTags.ClosingLength(line, start, end);
            if (tag == 0 && end > start && line[end - 1] == ';') tag = SpaceEntityLength(line, start, end, atEnd: true);
            if (tag == 0) break;
            end -= tag;
        }
        return start == 0 && end == line.Length ? line : line.Substring(start, end - start);
    }

    // A Markdown heading's marker at `start`: one to six # and a space.
    private static int MarkdownHeadingLength(string line, int start, int end)
    {
        int hashes = 0;
        while (start + hashes < end && line[start + hashes] == '#') hashes++;
        return hashes >= 1 && hashes <= 6 && start + hashes < end && IsSpace(line[start + hashes]) ? hashes : 0;
    }

    // A scraper's literal escape for a space at `start`: <U+00A0>, <U+3000>, and the HTML entities of spaces a saved
    // page indents with (&nbsp;&nbsp;, &#160;, &emsp;).
    private static int EscapeLength(string line, int start, int end)
    {
        if (start < end && line[start] == '&') return SpaceEntityLength(line, start, end, atEnd: false);
        const string Escape = "<U+";
        if (end - start < 8 || string.CompareOrdinal(line, start, Escape, 0, Escape.Length) != 0) return 0;
        int close = line.IndexOf('>', start, Math.Min(10, end - start));
        return close > start && IsSpace((char)HexValue(line, start + 3, close)) ? close - start + 1 : 0;
    }

    private static readonly string[] SpaceEntities = { "&nbsp;", "&#160;", "&#12288;", "&emsp;", "&ensp;" };

    // Length of the space entity that opens (or, atEnd, closes) [start, end), or 0.
    private static int SpaceEntityLength(string line, int start, int end, bool atEnd)
    {
        foreach (string entity in SpaceEntities)
        {
            int at = atEnd ? end - entity.Length : start;
            if (end - start >= entity.Length && string.CompareOrdinal(line, at, entity, 0, entity.Length) == 0) return entity.Length;
        }
        return 0;
    }

    private static int HexValue(string text, int from, int to)
    {
        int value = 0;
        for (int i = from; i < to; i++)
        {
            int digit = Uri.IsHexDigit(text[i]) ? Convert.ToInt32(text[i].ToString(), 16) : -1;
            if (digit < 0 || value > 0xFFFF) return 0;
            value = value * 16 + digit;
        }
        return value;
    }

    /// <summary>Turns every kind of space (NBSP, ideographic …) into one ASCII space and trims: for titles and terms.</summary>
    public static string NormalizeSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsSpace(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[sb.Length - 1] != ' ') sb.Append(' ');
        }
        while (sb.Length > 0 && sb[sb.Length - 1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Removes every kind of space (for matching titles, names and datelines).</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static string RemoveSpaces(string text)
    {
        int first = 0;
        while (first < text.Length && !IsSpace(text[first])) first++;
        if (first == text.Length) return text; // no space: the same string
        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, first);
        int length = first;
        for (int i = first + 1; i < text.Length; i++)
        {
            if (!IsSpace(text[i])) chars[length++] = text[i];
        }
        return new string(chars, 0, length);
    }

    /// <summary>True when <paramref name="text"/> holds more than <paramref name="limit"/> characters besides spaces.</summary>
    public static bool LongerThan(string text, int limit)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (!IsSpace(c) && ++n > limit) return true;
        }
        return false;
    }

    /// <summary>Display width: 2 for wide (CJK, full-width) characters, 1 otherwise.</summary>
    public static int Width(string text)
    {
        int w = 0;
        foreach (char c in text) w += IsWide(c) ? 2 : 1;
        return w;
    }

    // The CJK range first: it holds nearly every character of a report.
    private static bool IsWide(char c) =>
        (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\u1100' && c <= '\u115F') || (c >= '\uAC00' && c <= '\uD7A3') ||
        (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') ||
        (c >= '\uFFE0' && c <= '\uFFE6') || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';

    /// <summary>Half-width form of a full-width ASCII variant (（ → (, ： → :, ０ → 0), else the character itself.</summary>
    public static char ToHalfWidth(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>True for punctuation that ends a paragraph: 。！？：； (either width), also …</summary>
    public static bool IsTerminal(char c)
    {
        switch (ToHalfWidth(c))
        {
            case '!':
            case '?':
            case ':':
            case ';':
                return true;
        }
        return c == '。' || c == '…';
    }

    /// <summary>True for closing quotes and brackets that may follow terminal punctuation (。” or ！）).</summary>
    public static bool IsClosing(char c) =>
        c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '】' || c == '》' || c == '"' || c == '\'';

    /// <summary>True when the text ends a sentence: terminal punctuation, possibly followed by closing quotes or ** markup.</summary>
    public static bool EndsSentence(string text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (IsClosing(text[i]) || text[i] == '*' || IsSpace(text[i]))) i--;
        return i >= 0 && IsTerminal(text[i]);
    }
}
