using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Reads a 名词解释 appendix: numbered entries <c>1.term:definition</c> (also 1．, 1、, full-width colon);
/// lines that do not start a new entry continue the previous one.
/// </summary>
internal static class GlossaryParser
{
    public static EquatableArray<GlossaryEntryModel> Parse(SourceLine[] lines, int from, int to, CancellationToken cancellationToken)
    {
        var entries = new List<GlossaryEntryModel>();
        int number = 0, line = 0;
        string term = "";
        StringBuilder? definition = null;
        for (int i = from; i < to; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].IsBlank || lines[i].Furniture != Furniture.None) continue;
            string clean = lines[i].Clean;
            if (TryReadEntry(clean, out int n, out string t, out string d))
            {
                Flush();
                number = n;
                term = t;
                definition = new StringBuilder(d);
                line = lines[i].Number;
            }
            else
            {
                definition?.Append(clean);
            }
        }
        Flush();
        return entries.ToEquatableArray();

        void Flush()
        {
            if (definition != null) entries.Add(new GlossaryEntryModel(number, term, definition.ToString(), line));
            definition = null;
        }
    }

    /// <summary>Reads <c>12.term:definition</c>.</summary>
    public static bool TryReadEntry(string text, out int number, out string term, out string definition)
    {
        number = 0;
        term = definition = "";
        int i = 0;
        while (i < text.Length && i < 4 && char.IsDigit(Normalizer.ToHalfWidth(text[i])))
        {
            number = number * 10 + (Normalizer.ToHalfWidth(text[i]) - '0');
            i++;
        }
        if (i == 0 || i >= text.Length) return false;
        char sep = text[i];
        if (sep != '.' && sep != '．' && sep != '、') return false;
        if (sep == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])) return false; // 2.5亿元 is a number, not an entry
        int colon = text.IndexOfAny(new[] { ':', '：' }, i + 1);
        if (colon < 0) return false;
        term = Normalizer.NormalizeSpaces(text.Substring(i + 1, colon - i - 1));
        definition = Normalizer.NormalizeSpaces(text.Substring(colon + 1));
        return term.Length > 0 && term.Length <= 40;
    }
}
