using System.Collections.Generic;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Where a body's 一、 and （一） headings stand, noted ahead of the section parser, so that it can tell a numbered
/// list nested in another from a stray number in running text:
/// <list type="bullet">
/// <item>一、二、三、 restarting under 四、 (national 1981) or under 二、 (national 1986): a list of at least two items
/// after which the enclosing list goes on with its next number;</item>
/// <item>一、…十、 under （二） of a report numbered （一）（二）（三） at the top (national 1981): a list after which the
/// （） list goes on with its next number before any new （一） starts.</item>
/// </list>
/// A 一、 that no such look-ahead confirms stays running text, as a number out of sequence always has.
/// </summary>
internal sealed class NumberedLists
{
    private readonly Numbers _dun = new();
    private readonly Numbers _paren = new();

    // One style's headings: the paragraph and the number of each, in paragraph order.
    private sealed class Numbers
    {
        public readonly List<int> Paragraphs = new();
        public readonly List<int> Ordinals = new();

        public void Add(int paragraph, int ordinal)
        {
            Paragraphs.Add(paragraph);
            Ordinals.Add(ordinal);
        }

        // Index of the first heading after the paragraph.
        public int FirstAfter(int paragraph)
        {
            int lo = 0, hi = Paragraphs.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (Paragraphs[mid] <= paragraph) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    /// <summary>Notes a heading the section parser could take (its title fits) at <paramref name="paragraph"/>.</summary>
    public void Add(int paragraph, HeadingMarker marker)
    {
        if (marker.Style == SectionStyle.Dun) _dun.Add(paragraph, marker.Ordinal);
        else if (marker.Style == SectionStyle.Paren) _paren.Add(paragraph, marker.Ordinal);
    }

    /// <summary>
    /// True when the 一、 at <paramref name="paragraph"/> opens a nested list: the 一、 headings after it count on
    /// (二、, 三、 …) to at least 二、, and the first one that does not is <paramref name="enclosingNext"/>, the next
    /// number of the list it sits in. A list that runs to the end of the body, or breaks off otherwise, is not one.
    /// </summary>
    public bool NestedListReturnsTo(int paragraph, int enclosingNext)
    {
        int expected = 2;
        var ordinals = _dun.Ordinals;
        for (int i = _dun.FirstAfter(paragraph); i < ordinals.Count; i++)
        {
            if (ordinals[i] == expected) { expected++; continue; }
            return expected > 2 && ordinals[i] == enclosingNext;
        }
        return false;
    }

    /// <summary>
    /// True when the 一、 at <paramref name="paragraph"/> starts the top list afresh: the 一、 headings after it count on
    /// (二、, 三、 …) past <paramref name="reached"/>, the number the top list had reached, so the number that would have
    /// gone on with that list belongs to the new one (national 1988: 一–五 on the past five years, then 一–十 on the
    /// tasks of the next five).
    /// </summary>
    public bool RestartsPast(int paragraph, int reached)
    {
        int expected = 2;
        var ordinals = _dun.Ordinals;
        for (int i = _dun.FirstAfter(paragraph); i < ordinals.Count && ordinals[i] == expected; i++)
        {
            if (expected == reached + 1) return true;
            expected++;
        }
        return false;
    }

    /// <summary>
    /// True when a （） heading numbered <paramref name="next"/> follows <paramref name="paragraph"/> before any new
    /// （一）: the （） list at the top goes on after what comes between.
    /// </summary>
    public bool ParenListResumes(int paragraph, int next)
    {
        var ordinals = _paren.Ordinals;
        for (int i = _paren.FirstAfter(paragraph); i < ordinals.Count; i++)
        {
            if (ordinals[i] == next) return true;
            if (ordinals[i] == 1) return false;
        }
        return false;
    }
}
