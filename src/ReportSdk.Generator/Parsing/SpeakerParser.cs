using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>Reads the speaker line: 北京市石景山区人民政府代区长 万 隆 → (北京市石景山区, 代区长, 万隆).</summary>
internal static class SpeakerParser
{
    // Titles of the heads of government who deliver work reports, longest first where one contains another.
    private static readonly string[] Titles = { "省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "主席" };

    /// <summary>Parses a speaker line (spaces removed or not).</summary>
    /// <param name="line">The line.</param>
    /// <param name="issuer">What precedes the title (北京市石景山区人民政府, 北京市), possibly empty.</param>
    /// <param name="title">The title (区长, 代区长 …).</param>
    /// <param name="name">The name, without spaces.</param>
    public static bool TryParse(string line, out string issuer, out string title, out string name)
    {
        issuer = title = name = "";
        string t = Normalizer.RemoveSpaces(line);
        if (t.Length < 4 || t.Length > 40) return false;
        int best = -1;
        string bestTitle = "";
        foreach (string candidate in Titles)
        {
            int at = t.LastIndexOf(candidate, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                bestTitle = candidate;
            }
        }
        if (best < 0) return false;
        string rest = t.Substring(best + bestTitle.Length);
        if (rest.Length < 2 || rest.Length > 4) return false;
        foreach (char c in rest)
        {
            if (c < '\u4E00' || c > '\u9FFF') return false;
        }
        int start = best;
        if (start > 0 && t[start - 1] == '代') start--;
        title = t.Substring(start, best + bestTitle.Length - start);
        issuer = t.Substring(0, start);
        name = rest;
        return true;
    }
}
