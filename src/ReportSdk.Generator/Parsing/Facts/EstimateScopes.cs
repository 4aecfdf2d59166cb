using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Where a 预计 makes the figures it covers estimates.</summary>
internal static class EstimateScopes
{
    /// <summary>
    /// Where 预计 holds: a sentence-level 初步预计，/预计， covers the sentence; a 预计 that opens its clause covers the
    /// clause (up to ；); a 预计 after a subject covers that subject's piece (up to ，) with the rate joined by 、
    /// and a following 其中 sub-item.
    /// </summary>
    public static List<(int Start, int End)> Find(string text, List<Clause> clauses)
    {
        var scopes = new List<(int, int)>();
        foreach (var clause in clauses)
        {
            for (int p = text.IndexOf("预计", clause.Start, clause.End - clause.Start, StringComparison.Ordinal);
                 p >= 0;
                 p = p + 2 < clause.End ? text.IndexOf("预计", p + 2, clause.End - p - 2, StringComparison.Ordinal) : -1)
            {
                int after = p + 2;
                if (after < clause.End && (text[after] == ',' || text[after] == ':'))
                {
                    scopes.Add((p, clause.SentenceEnd));
                    continue;
                }
                int segmentStart = ClauseSplitter.SegmentStart(text, clause.Start, p);
                if (IsOnlyLeadWords(text, segmentStart, p))
                {
                    scopes.Add((p, clause.End));
                    continue;
                }
                int end = ClauseSplitter.SegmentEnd(text, p, clause.End);
                if (end < clause.End && TextMatch.At(text, end + 1, "其中")) end = ClauseSplitter.SegmentEnd(text, end + 1, clause.End);
                scopes.Add((p, end));
            }
        }
        return scopes;
    }

    private static bool IsOnlyLeadWords(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int n = FactLexicon.LeadWordLength(text, i, end);
            if (n == 0) return false;
            i += n;
        }
        return true;
    }
}
