using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Years of the sessions of the National People's Congress (全国人民代表大会): the first session of each term (届)
/// and, for the terms whose sessions do not follow one a year, the years of every session.
/// </summary>
internal static class CongressSessions
{
    // First-session year of terms 1–14; later terms follow every five years.
    private static readonly int[] FirstSessionYears = { 1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023 };

    // Terms whose sessions were not one a year (2nd: none in 1961; 3rd and 4th: one session each).
    private static readonly (int Term, int[] Years)[] Irregular =
    {
        (2, new[] { 1959, 1960, 1962, 1963 }),
        (3, new[] { 1964 }),
        (4, new[] { 1975 }),
    };

    private const int SessionsPerTerm = 5;

    /// <summary>The year of session <paramref name="session"/> (1-based) of term <paramref name="term"/>, or null.</summary>
    public static int? Year(int term, int session)
    {
        if (term < 1 || session < 1 || term > 100) return null;
        foreach (var (t, years) in Irregular)
        {
            if (t == term) return session <= years.Length ? years[session - 1] : null;
        }
        if (session > SessionsPerTerm) return null;
        int first = term <= FirstSessionYears.Length
            ? FirstSessionYears[term - 1]
            : FirstSessionYears[FirstSessionYears.Length - 1] + SessionsPerTerm * (term - FirstSessionYears.Length);
        return first + session - 1;
    }

    /// <summary>A session named in a text, where it starts, and the year it met.</summary>
    internal readonly struct Mention
    {
        public Mention(int start, int end, int term, int? session, bool isShort)
        {
            Start = start;
            End = end;
            Term = term;
            Session = session;
            Short = isShort;
        }

        /// <summary>True for the short form 五届人大四次会议.</summary>
        public bool Short { get; }

        public int Start { get; }
        public int End { get; }
        public int Term { get; }
        public int? Session { get; }
    }

    /// <summary>
    /// Every national session named in a (folded, space-free) text: 第十届全国人民代表大会第一次会议, 第四届全国人民代表大会
    /// (no session: its first), and the short form 五届人大四次会议.
    /// </summary>
    public static List<Mention> Find(string text)
    {
        var result = new List<Mention>();
        Scan(text, "全国人民代表大会", "第", result);
        Scan(text, "人大", "", result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static void Scan(string text, string body, string sessionPrefix, List<Mention> into)
    {
        for (int at = text.IndexOf(body, StringComparison.Ordinal); at >= 0; at = text.IndexOf(body, at + 1, StringComparison.Ordinal))
        {
            // The term before: 第十届 / 十届.
            if (at < 2 || text[at - 1] != '届') continue;
            int termStart = at - 1;
            while (termStart > 0 && IsNumeral(text[termStart - 1])) termStart--;
            if (termStart == at - 1 || !ChineseNumerals.TryParse(text.Substring(termStart, at - 1 - termStart), out long term)) continue;
            int start = termStart > 0 && text[termStart - 1] == '第' ? termStart - 1 : termStart;
            int end = at + body.Length;
            int? session = null;
            int s = end;
            if (sessionPrefix.Length > 0 && s < text.Length && text[s] == '第') s++;
            int numStart = s;
            while (s < text.Length && IsNumeral(text[s])) s++;
            if (s > numStart && string.CompareOrdinal(text, s, "次会议", 0, 3) == 0 &&
                ChineseNumerals.TryParse(text.Substring(numStart, s - numStart), out long n))
            {
                session = (int)n;
                end = s + 3;
            }
            if (sessionPrefix.Length == 0 && session == null) continue; // 人大 alone is too common
            into.Add(new Mention(start, end, (int)term, session, sessionPrefix.Length == 0));
        }
    }

    private static bool IsNumeral(char c) => ChineseNumerals.Digit(c) >= 0 || c == '十' || c == '百';
}
