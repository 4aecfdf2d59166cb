using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// A list of words looked up by their first character: the parser asks at nearly every position of a clause which word
/// of a list starts there, and most characters start none. The words keep their order (the first that matches wins).
/// </summary>
internal sealed class WordIndex
{
    private readonly Dictionary<char, string[]> _byFirst = new();

    public WordIndex(IEnumerable<string> words)
    {
        var lists = new Dictionary<char, List<string>>();
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            if (!lists.TryGetValue(word[0], out var list)) lists.Add(word[0], list = new List<string>());
            list.Add(word);
        }
        foreach (var pair in lists) _byFirst.Add(pair.Key, pair.Value.ToArray());
    }

    /// <summary>The first word of the list written at <paramref name="index"/> and ending by <paramref name="end"/>, or null.</summary>
    public string? At(string text, int index, int end)
    {
        if (index < 0 || index >= end || !_byFirst.TryGetValue(text[index], out var words)) return null;
        foreach (var word in words)
        {
            if (index + word.Length <= end && string.CompareOrdinal(text, index, word, 0, word.Length) == 0) return word;
        }
        return null;
    }
}
