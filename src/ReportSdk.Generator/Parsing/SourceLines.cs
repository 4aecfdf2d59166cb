using System.Collections.Generic;
using System.Threading;

namespace ReportSdk.Generator.Parsing;

/// <summary>One physical line of a file: 1-based number, start offset and text without the line break.</summary>
internal readonly struct SourceLine
{
    public SourceLine(int number, int start, string text)
    {
        Number = number;
        Start = start;
        Text = text;
        Clean = Normalizer.CleanLine(text);
        Furniture = FurnitureFilter.ClassifyClean(Clean);
    }

    private SourceLine(SourceLine line, Furniture furniture)
    {
        Number = line.Number;
        Start = line.Start;
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
/// line a reader finds. U+0085, U+2028 and U+2029 stay inside their line (the normalizer treats them as spaces).
/// </summary>
internal static class SourceLines
{
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static SourceLine[] Split(string text, CancellationToken cancellationToken = default)
    {
        var lines = new List<SourceLine>();
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                if ((lines.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                lines.Add(new SourceLine(lines.Count + 1, start, text.Substring(start, i - start)));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }
            i++;
        }
        if (start < text.Length) lines.Add(new SourceLine(lines.Count + 1, start, text.Substring(start)));
        KeepSubscripts(lines);
        return lines.ToArray();
    }

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
