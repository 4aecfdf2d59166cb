using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// How a file lays out its text, measured from its own lines: PDF extractions wrap every line at a fixed
/// width (most lines within a few characters of one width), web pages put one paragraph on one line.
/// </summary>
internal sealed class Layout
{
    private Layout(int wrapWidth, bool blankLinesSeparateParagraphs)
    {
        WrapWidth = wrapWidth;
        BlankLinesSeparateParagraphs = blankLinesSeparateParagraphs;
    }

    /// <summary>One paragraph per line (web pages, Word exports).</summary>
    public static Layout Unwrapped { get; } = new(0, false);

    /// <summary>Lines hard-wrapped at <paramref name="width"/> display columns (CJK = 2).</summary>
    public static Layout Wrapped(int width, bool blankLinesSeparateParagraphs = false) => new(width, blankLinesSeparateParagraphs);

    /// <summary>The display width (CJK = 2) at which lines are hard-wrapped, or 0 when they are not.</summary>
    public int WrapWidth { get; }

    /// <summary>True when the file wraps lines without blank lines between them, so a blank line is a paragraph break.</summary>
    public bool BlankLinesSeparateParagraphs { get; }

    public bool IsWrapped => WrapWidth > 0;

    /// <summary>A wrapped line that reaches (nearly) the wrap width: the text went on to the next line.</summary>
    public bool IsFull(string cleanLine) => IsWrapped && Normalizer.Width(cleanLine) >= WrapWidth - Slack;

    // A line counts as full when it is at most three CJK characters (plus a paragraph indent) short of the width.
    private const int Slack = 7;

    /// <summary>Measures the layout of the given lines as written (furniture already excluded).</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static Layout Measure(IReadOnlyList<string> rawLines)
    {
        var clean = new List<string?>(rawLines.Count);
        foreach (string raw in rawLines) clean.Add(Normalizer.IsBlank(raw) ? null : Normalizer.CleanLine(raw));
        return MeasureClean(clean);
    }

    /// <summary>Measures the layout of lines already cleaned (<see cref="SourceLine.Clean"/>; null or empty: blank).</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static Layout MeasureClean(IReadOnlyList<string?> cleanLines)
    {
        var counts = new Dictionary<int, int>();
        int content = 0, transitions = 0, blankTransitions = 0;
        bool seenContent = false, blankSince = false;
        foreach (string? clean in cleanLines)
        {
            if (clean is null)
            {
                blankSince = true;
                continue;
            }
            if (FurnitureFilter.IsPageNumber(clean)) continue;
            int width = Normalizer.Width(clean);
            counts[width] = counts.TryGetValue(width, out int n) ? n + 1 : 1;
            content++;
            if (seenContent)
            {
                transitions++;
                if (blankSince) blankTransitions++;
            }
            seenContent = true;
            blankSince = false;
        }

        // The most common width, and how many lines lie within the band just below it.
        int mode = 0, modeCount = 0;
        foreach (var pair in counts)
        {
            if (pair.Value > modeCount || (pair.Value == modeCount && pair.Key > mode))
            {
                mode = pair.Key;
                modeCount = pair.Value;
            }
        }
        int band = 0;
        foreach (var pair in counts)
        {
            if (pair.Key >= mode - Slack - 1 && pair.Key <= mode + 6) band += pair.Value;
        }
        bool wrapped = content >= 8 && mode >= 20 && mode <= 160 && band * 2 >= content;
        bool blanksMatter = wrapped && transitions > 0 && blankTransitions * 2 < transitions;
        return new Layout(wrapped ? mode : 0, blanksMatter);
    }
}
