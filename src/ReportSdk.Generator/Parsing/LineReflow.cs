using System.Collections.Generic;
using System.Threading;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Joins hard-wrapped lines into paragraphs. A line ends its paragraph when it ends a sentence (。！？：；) and,
/// in a file wrapped at a fixed width, stops short of that width; a short wrapped line without punctuation
/// (a heading, a title) ends its paragraph too. A new heading starts a paragraph. Everything else is joined
/// again: words, names, numbers and their units broken across lines. Page numbers and furniture go; a fragment
/// repeated on both sides of a page break is kept once.
/// </summary>
internal static class LineReflow
{
    /// <summary>Reflows lines [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="lines"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static List<SourceParagraph> Reflow(SourceLine[] lines, int from, int to, Layout layout, CancellationToken cancellationToken)
    {
        var result = new List<SourceParagraph>();
        var current = new ParagraphBuilder();
        var headings = WrappedHeadings.Read(lines, from, to, layout);
        string? previous = null; // clean text of the previous content line in the current paragraph
        int previousLine = -1;
        bool blankSince = false;
        for (int i = from; i < to; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].IsBlank)
            {
                blankSince = true;
                continue;
            }
            if (lines[i].Furniture != Furniture.None) continue;
            string clean = lines[i].Clean;

            if (previous != null && EndsParagraph(previous, clean, blankSince, layout, headings, previousLine))
            {
                Flush(result, current);
                current = new ParagraphBuilder();
                previous = null;
            }

            int skip = previous == null ? 0 : RepeatedFragment(current, clean);
            current.Append(clean, skip, lines[i].Number);
            previous = clean;
            previousLine = i;
            blankSince = false;
        }
        Flush(result, current);
        return result;
    }

    /// <summary>
    /// True when the paragraph ends after line <paramref name="a"/>, given that <paramref name="b"/> follows;
    /// <paramref name="headings"/> tells whether the title of a full wrapped heading on line <paramref name="aLine"/> goes on.
    /// </summary>
    public static bool EndsParagraph(string a, string b, bool blankBetween, Layout layout, WrappedHeadings headings, int aLine)
    {
        if (layout.BlankLinesSeparateParagraphs && blankBetween) return true;
        bool sentenceEnd = Normalizer.EndsSentence(a);
        if (layout.IsWrapped)
        {
            if (!layout.IsFull(a)) return true;                       // short line: paragraph, heading or title ends
            if (HeadingMarkers.StartsWithNumberedHeading(a) && !HasSentenceEnd(a) && !sentenceEnd)
            {
                return !headings.TitleGoesOn(aLine);                  // a wrapped heading goes on to its title's end
            }
            return sentenceEnd && (HeadingMarkers.StartsWithNumberedHeading(b) || StartsWithBullet(b) || OpensOnTimeFrame(b));
        }
        if (sentenceEnd) return true;
        if (HeadingMarkers.StartsWithNumberedHeading(a) && !HasSentenceEnd(a)) return true; // a heading line on its own
        if (PartTitles.Unnumbered(a) != null) return true;                                 // 2026年重点工作 on its own
        return HeadingMarkers.StartsWithNumberedHeading(b);
    }

    private static bool HasSentenceEnd(string text) => text.IndexOf('。') >= 0;

    // 刚刚过去的2025年，… / 过去一年，… / 今年，… after a full line that ends a sentence: a paragraph that opens on its one
    // year (the line before ended its paragraph exactly at the width), whose figures must not take a span the paragraph
    // before opened on (过去五年，…).
    private static bool OpensOnTimeFrame(string text)
    {
        int at = text.StartsWith("刚刚过去的", System.StringComparison.Ordinal) ? 5 : 0;
        if (at + 5 < text.Length && IsYear(text, at) && text[at + 4] == '年') return text[at + 5] == '，';
        foreach (string frame in TimeFrames)
        {
            if (string.CompareOrdinal(text, at, frame, 0, frame.Length) == 0) return at + frame.Length < text.Length && text[at + frame.Length] == '，';
        }
        return false;
    }

    private static readonly string[] TimeFrames = { "过去一年", "过去的一年", "一年来", "今年", "去年" };

    private static bool IsYear(string text, int at) =>
        (text[at] == '1' || text[at] == '2') && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]);

    // ———城市功能持续提升。 (three dashes or more; a two-dash —— is punctuation and may wrap to a line start).
    private static bool StartsWithBullet(string text) =>
        text.Length > 3 && HeadingMarkers.IsDash(text[0]) && HeadingMarkers.IsDash(text[1]) && HeadingMarkers.IsDash(text[2]);

    // Length of a fragment that a page break printed twice: the end of the paragraph so far repeats at the
    // start of the next line (…野奢度假酒店“天 / “天花板”…). Only fragments that cannot be a real repetition
    // count: at least four characters, or a fragment that opens a quotation or bracket.
    private static int RepeatedFragment(ParagraphBuilder current, string next)
    {
        int max = System.Math.Min(8, System.Math.Min(current.Length, next.Length - 1));
        for (int k = max; k >= 2; k--)
        {
            if (!current.EndsWith(next, 0, k)) continue;
            if (k >= 4 && CountCjk(next, k) >= 2) return k;
            if (IsOpening(next[0])) return k;
        }
        return 0;
    }

    private static int CountCjk(string text, int length)
    {
        int n = 0;
        for (int i = 0; i < length; i++)
        {
            if (Normalizer.IsCjk(text[i])) n++;
        }
        return n;
    }

    private static bool IsOpening(char c) => c == '“' || c == '‘' || c == '《' || c == '「' || c == '『' || c == '（' || c == '(' || c == '【';

    private static void Flush(List<SourceParagraph> result, ParagraphBuilder builder)
    {
        var paragraph = builder.Build();
        if (paragraph != null) result.Add(paragraph);
    }
}
