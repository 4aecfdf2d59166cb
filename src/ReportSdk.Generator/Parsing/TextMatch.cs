using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>Ordinal word tests at a position of a string, without cutting substrings.</summary>
internal static class TextMatch
{
    /// <summary>True when <paramref name="word"/> is written at <paramref name="index"/> (false outside the text).</summary>
    public static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    /// <summary>True when one of <paramref name="words"/> is written at <paramref name="index"/>.</summary>
    public static bool AtAny(string text, int index, params string[] words)
    {
        foreach (var word in words)
        {
            if (At(text, index, word)) return true;
        }
        return false;
    }

    /// <summary>The first of <paramref name="endings"/> that <paramref name="word"/> ends on with at least <paramref name="rest"/> characters before it, or null.</summary>
    public static string? EndingOf(string word, string[] endings, int rest = 0)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= rest && word.EndsWith(ending, StringComparison.Ordinal)) return ending;
        }
        return null;
    }

    /// <summary>True when <paramref name="word"/> is written inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Contains(string text, int start, int end, string word) =>
        end - start >= word.Length && text.IndexOf(word, start, end - start, StringComparison.Ordinal) >= 0;
}
