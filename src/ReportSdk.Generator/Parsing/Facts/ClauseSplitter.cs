using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>A clause (up to ；) inside its sentence (up to 。！？), as index ranges of a <see cref="CompactText"/>.</summary>
internal readonly record struct Clause(int Start, int End, int SentenceStart, int SentenceEnd);

/// <summary>Splits normalised text into sentences (。！？) and clauses (；). No pattern ever crosses a clause.</summary>
internal static class ClauseSplitter
{
    public static bool IsSentenceEnd(char c) => c is '。' or '!' or '?';

    public static bool IsClauseEnd(char c) => c == ';' || IsSentenceEnd(c);

    /// <summary>Delimiters between the pieces of a clause (，：and the clause ends).</summary>
    public static bool IsSegmentEnd(char c) => c is ',' or ':' || IsClauseEnd(c);

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static List<Clause> Split(string text)
    {
        var clauses = new List<Clause>();
        int sentenceStart = 0;
        int clauseStart = 0;
        var pending = new List<(int Start, int End)>();
        for (int i = 0; i <= text.Length; i++)
        {
            bool atEnd = i == text.Length;
            if (!atEnd && !IsClauseEnd(text[i])) continue;
            if (i > clauseStart) pending.Add((clauseStart, i));
            clauseStart = i + 1;
            if (atEnd || IsSentenceEnd(text[i]))
            {
                int sentenceEnd = i;
                foreach (var (s, e) in pending) clauses.Add(new Clause(s, e, sentenceStart, sentenceEnd));
                pending.Clear();
                sentenceStart = i + 1;
            }
        }
        return clauses;
    }

    /// <summary>Where the piece (up to ，：；。) holding <paramref name="index"/> starts, not before <paramref name="min"/>.</summary>
    public static int SegmentStart(string text, int min, int index)
    {
        int i = index;
        while (i > min && !IsSegmentEnd(text[i - 1])) i--;
        return i;
    }

    /// <summary>Where the piece holding <paramref name="index"/> ends (exclusive), not after <paramref name="max"/>.</summary>
    public static int SegmentEnd(string text, int index, int max)
    {
        int i = index;
        while (i < max && !IsSegmentEnd(text[i])) i++;
        return i;
    }
}
