using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace ReportSdk;

/// <summary>
/// Full-text index over fact names and quotes, section titles, paragraphs and glossary entries. Chinese text has
/// no word breaks, so it indexes every pair of adjacent characters (bigram); a query intersects the posting lists
/// of its bigrams (rarest first) and confirms the few candidates with a substring check. A one-character query has
/// no bigram and scans the normalised texts instead. Matching ignores whitespace and letter case and treats
/// full-width ASCII (％, ＰＭ) like half-width.
/// </summary>
internal sealed class TextIndex
{
    private readonly SearchHit[] _hits;
    private readonly string[] _texts;
    private readonly FrozenDictionary<int, int[]> _bigrams;

    public TextIndex(IReadOnlyList<Report> reports)
    {
        var hits = new List<SearchHit>();
        var texts = new List<string>();
        foreach (var report in reports)
        {
            foreach (var indicator in report.Indicators)
            {
                hits.Add(new SearchHit(SearchHitKind.Indicator, report, indicator.Quote, indicator.Line, Indicator: indicator));
                texts.Add(Normalize(indicator.Name) + "\n" + Normalize(indicator.Quote));
            }
            AddSections(report, report.Sections, hits, texts);
            foreach (var entry in report.Glossary)
            {
                hits.Add(new SearchHit(SearchHitKind.Glossary, report, entry.Term + "：" + entry.Definition, entry.Line, GlossaryEntry: entry));
                texts.Add(Normalize(entry.Term) + "\n" + Normalize(entry.Definition));
            }
        }
        _hits = hits.ToArray();
        _texts = texts.ToArray();

        var bigrams = new Dictionary<int, List<int>>();
        for (var doc = 0; doc < _texts.Length; doc++)
        {
            var text = _texts[doc];
            for (var i = 0; i + 1 < text.Length; i++)
            {
                ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(bigrams, Pair(text[i], text[i + 1]), out _);
                postings ??= new List<int>();
                if (postings.Count == 0 || postings[postings.Count - 1] != doc) postings.Add(doc);
            }
        }
        _bigrams = IndexBuilder.Freeze(bigrams);
    }

    public IReadOnlyList<SearchHit> Search(string query, SearchScope scope)
    {
        var q = Normalize(query ?? string.Empty);
        if (q.Length == 0) return Array.Empty<SearchHit>();
        int[] candidates;
        if (q.Length == 1)
        {
            candidates = Scan(q[0]);
        }
        else
        {
            var lists = new List<int[]>(q.Length - 1);
            for (var i = 0; i + 1 < q.Length; i++)
            {
                if (!_bigrams.TryGetValue(Pair(q[i], q[i + 1]), out var postings)) return Array.Empty<SearchHit>();
                lists.Add(postings);
            }
            lists.Sort((a, b) => a.Length.CompareTo(b.Length));
            candidates = lists[0];
            for (var i = 1; i < lists.Count && candidates.Length > 0; i++) candidates = Intersect(candidates, lists[i]);
        }

        var result = new List<SearchHit>();
        foreach (var doc in candidates)
        {
            var hit = _hits[doc];
            if ((scope & ScopeOf(hit.Kind)) == 0) continue;
            if (q.Length > 2 && _texts[doc].IndexOf(q, StringComparison.Ordinal) < 0) continue;
            result.Add(hit);
        }
        return result;
    }

    /// <summary>Drops whitespace and control characters, maps full-width ASCII to half-width, lower-cases.</summary>
    internal static string Normalize(string text)
    {
        var chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || char.IsControl(raw)) continue;
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            chars[n++] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
        }
        return new string(chars.Slice(0, n));
    }

    private static void AddSections(Report report, IReadOnlyList<Section> sections, List<SearchHit> hits, List<string> texts)
    {
        foreach (var section in sections)
        {
            hits.Add(new SearchHit(SearchHitKind.Section, report, section.Title, section.Line, Section: section));
            texts.Add(Normalize(section.Title));
            foreach (var paragraph in section.Paragraphs)
            {
                hits.Add(new SearchHit(SearchHitKind.Paragraph, report, paragraph.Text, paragraph.Line, Section: section));
                texts.Add(Normalize(paragraph.Text));
            }
            AddSections(report, section.Sections, hits, texts);
        }
    }

    private static SearchScope ScopeOf(SearchHitKind kind) => kind switch
    {
        SearchHitKind.Indicator => SearchScope.Indicators,
        SearchHitKind.Section => SearchScope.Sections,
        SearchHitKind.Paragraph => SearchScope.Paragraphs,
        _ => SearchScope.Glossary,
    };

    private static int Pair(char a, char b) => (a << 16) | b;

    private int[] Scan(char c)
    {
        var docs = new List<int>();
        for (var doc = 0; doc < _texts.Length; doc++)
        {
            if (_texts[doc].IndexOf(c) >= 0) docs.Add(doc);
        }
        return docs.ToArray();
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>(Math.Min(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return result.ToArray();
    }
}
