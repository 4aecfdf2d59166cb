using System.Collections.Generic;
using System.Threading;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// One line of a file: 1-based number, start offset and text without the line break. Mostly a physical line; a line
/// that holds a whole text's paragraphs is read as one line per paragraph, all with its number (see
/// <see cref="SourceLines"/>).
/// </summary>
internal readonly struct SourceLine
{
    public SourceLine(int number, int start, string text, int column = 0)
    {
        Number = number;
        Start = start;
        Column = column;
        Text = text;
        Clean = Normalizer.CleanLine(text);
        Furniture = FurnitureFilter.ClassifyClean(Clean);
    }

    private SourceLine(SourceLine line, Furniture furniture)
    {
        Number = line.Number;
        Start = line.Start;
        Column = line.Column;
        Text = line.Text;
        Clean = line.Clean;
        Furniture = furniture;
    }

    /// <summary>The same line read as report text (a subscript the page-number rule took for furniture).</summary>
    public SourceLine AsText() => new(this, Furniture.None);

    /// <summary>1-based line number, as <c>cat -n</c> counts.</summary>
    public int Number { get; }

    /// <summary>Offset of the first character in the file text.</summary>
    public int Start { get; }

    /// <summary>0-based column of the first character in its physical line (0 but for a paragraph of a line that holds many).</summary>
    public int Column { get; }

    /// <summary>The line without its terminator.</summary>
    public string Text { get; }

    /// <summary>The line trimmed of every kind of space (see <see cref="Normalizer.CleanLine"/>).</summary>
    public string Clean { get; }

    /// <summary>True when the line holds nothing but spaces.</summary>
    public bool IsBlank => Clean.Length == 0;

    /// <summary>Whether the line is web or print furniture rather than report text.</summary>
    public Furniture Furniture { get; }
}

/// <summary>
/// Splits a text into lines at \n, \r\n and \r only, as text editors and <c>cat -n</c> count them, so a fact's line is the
/// line a reader finds. U+0085, U+2028 and U+2029 stay inside their line (the normalizer treats them as spaces). A
/// physical line that holds a whole text, its paragraphs set off by indents (a page whose paragraph breaks were lost:
/// 　　政府工作报告　　——2026年1月27日在…会议上　　各位代表：　　…), is read as one line per paragraph, each with the
/// physical line's number.
/// </summary>
internal static class SourceLines
{
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static SourceLine[] Split(string text, CancellationToken cancellationToken = default)
    {
        var lines = new List<SourceLine>();
        int number = 0;
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                if ((number & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                Add(lines, ++number, text, start, i);
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }
            i++;
        }
        if (start < text.Length) Add(lines, ++number, text, start, text.Length);
        KeepSubscripts(lines);
        return lines.ToArray();
    }

    // A line this long that sets off this many paragraphs by indents holds a whole text.
    private const int LongLine = 2000;
    private const int MinIndents = 8;

    private static void Add(List<SourceLine> lines, int number, string text, int start, int end)
    {
        if (end - start < LongLine || CountIndents(text, start, end, MinIndents) < MinIndents)
        {
            lines.Add(new SourceLine(number, start, text.Substring(start, end - start)));
            return;
        }
        int from = start;
        for (int i = start + 1; i < end; i++)
        {
            if (!IndentAt(text, i, end, out int length) || IsIndent(text[i - 1])) continue;
            lines.Add(new SourceLine(number, from, text.Substring(from, i - from), from - start));
            from = i;
            i += length - 1;
        }
        lines.Add(new SourceLine(number, from, text.Substring(from, end - from), from - start));
    }

    // Indents in [start, end), counted up to `enough`.
    private static int CountIndents(string text, int start, int end, int enough)
    {
        int count = 0;
        for (int i = start + 1; i < end && count < enough; i++)
        {
            if (IndentAt(text, i, end, out int length) && !IsIndent(text[i - 1]))
            {
                count++;
                i += length - 1;
            }
        }
        return count;
    }

    // A paragraph's indent: two ideographic spaces (　　), or four spaces of another kind (&nbsp; or ASCII), before text;
    // a double ASCII space inside a sentence is none.
    private static bool IndentAt(string text, int i, int end, out int length)
    {
        length = 0;
        int columns = 0;
        while (i + length < end && IsIndent(text[i + length])) columns += text[i + length++] == '\u3000' ? 2 : 1;
        return columns >= 4 && i + length < end;
    }

    private static bool IsIndent(char c) => c == '\u3000' || c == ' ' || c == '\u00A0' || c == '\t';

    /// <summary>
    /// 广义货币M / 2 / 增长13.6%: a lone digit between a line ending in a Latin letter and the text that goes on is the
    /// letter's subscript (M2), set on a line of its own when the page was copied, not a page number.
    /// </summary>
    private static void KeepSubscripts(List<SourceLine> lines)
    {
        for (int i = 1; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Furniture != Furniture.Drop || line.Clean.Length != 1 || line.Clean[0] < '0' || line.Clean[0] > '9') continue;
            string before = lines[i - 1].Clean;
            if (before.Length == 0 || lines[i + 1].IsBlank || !IsLatinLetter(before[before.Length - 1])) continue;
            lines[i] = line.AsText();
        }
    }

    private static bool IsLatinLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    /// <summary>Whether <paramref name="c"/> ends a line (\r\n counts once).</summary>
    public static bool IsLineBreak(char c) => c == '\r' || c == '\n';

    /// <summary>0-based line and column of an offset, counting line breaks as <see cref="Split"/> does.</summary>
    public static (int Line, int Column) PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (IsLineBreak(c))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
