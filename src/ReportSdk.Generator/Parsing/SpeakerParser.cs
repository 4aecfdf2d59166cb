using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Reads the speaker line: 北京市石景山区人民政府代区长 万 隆 → (北京市石景山区人民政府, 代区长, 万隆); also 省长 罗东川 (title
/// without a region), 国务院总理 李克强, 自治区主席 艾尔肯·吐尼亚孜, and the line ending a dateline (…会议上 陕西省省长 赵刚).
/// </summary>
internal static class SpeakerParser
{
    // Titles of the heads of government who deliver work reports.
    private static readonly string[] Titles = { "总理", "省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "主席" };

    private const int MaxName = 4;
    private const int MaxNameWithDot = 12;

    /// <summary>Parses a speaker line (spaces removed or not).</summary>
    /// <param name="line">The line.</param>
    /// <param name="issuer">What precedes the title (北京市石景山区人民政府, 北京市), possibly empty.</param>
    /// <param name="title">The title (区长, 代区长 …).</param>
    /// <param name="name">The name, without spaces.</param>
    public static bool TryParse(string line, out string issuer, out string title, out string name)
    {
        issuer = title = name = "";
        string t = Normalizer.RemoveSpaces(line);
        if (t.Length < 4 || t.Length > 60) return false;
        int best = LastTitle(t, out string bestTitle);
        if (best < 0) return false;
        string rest = t.Substring(best + bestTitle.Length);
        if (!IsName(rest)) return false;
        int start = best;
        if (start > 0 && t[start - 1] == '代') start--;
        string before = t.Substring(0, start);
        // A long prefix is a dateline (…会议上) or nothing: a sentence that ends in a title and two characters is not a speaker line.
        if (before.Length > 20 && DatelineEnd(before) < 0) return false;
        title = t.Substring(start, best + bestTitle.Length - start);
        issuer = before;
        name = rest;
        return true;
    }

    /// <summary>
    /// True for a short line that reads like a speaker line (a title followed by a few characters, no sentence
    /// punctuation) whatever follows the title: 区长 张"三\ is one, rejected by <see cref="TryParse"/>.
    /// </summary>
    public static bool LooksLikeSpeakerLine(string line)
    {
        string t = Normalizer.RemoveSpaces(line);
        if (t.Length < 3 || t.Length > 30 || t.IndexOf('。') >= 0 || t.IndexOf('，') >= 0) return false;
        int at = LastTitle(t, out string title);
        int rest = t.Length - at - title.Length;
        return at >= 0 && rest >= 1 && rest <= 8;
    }

    /// <summary>True for a line holding only an issuer and a title (国务院总理), the name following on the next line.</summary>
    public static bool IsTitleOnly(string line)
    {
        string t = Normalizer.RemoveSpaces(line);
        if (t.Length < 2 || t.Length > 20) return false;
        int at = LastTitle(t, out string title);
        return at >= 0 && at + title.Length == t.Length;
    }

    /// <summary>A name alone on a line (周恩来), as some datelines are followed: two to four Chinese characters.</summary>
    public static bool IsBareName(string line)
    {
        string t = Normalizer.RemoveSpaces(line);
        int at = LastTitle(t, out _);
        return at < 0 && t.Length <= MaxName && IsName(t);
    }

    /// <summary>
    /// True when <paramref name="line"/> says <paramref name="name"/> delivered the report (省长毛伟明作政府工作报告: a
    /// photo caption or news lead under the title block); <paramref name="title"/> is the title written before the
    /// name, or empty.
    /// </summary>
    public static bool Delivers(string line, string name, out string title)
    {
        title = "";
        string t = Normalizer.RemoveSpaces(line);
        int at = t.IndexOf(name + "作", StringComparison.Ordinal);
        if (at < 0 || t.IndexOf("工作报告", at, StringComparison.Ordinal) < 0) return false;
        foreach (string candidate in Titles)
        {
            if (at < candidate.Length || string.CompareOrdinal(t, at - candidate.Length, candidate, 0, candidate.Length) != 0) continue;
            int start = at - candidate.Length;
            if (start > 0 && t[start - 1] == '代') start--;
            title = t.Substring(start, at - start);
            break;
        }
        return true;
    }

    /// <summary>Where a dateline ends inside a speaker line's issuer (after 会议上), or −1.</summary>
    public static int DatelineEnd(string issuer)
    {
        int at = issuer.LastIndexOf("会议上", StringComparison.Ordinal);
        return at >= 0 ? at + 3 : -1;
    }

    private static int LastTitle(string t, out string bestTitle)
    {
        int best = -1;
        bestTitle = "";
        foreach (string candidate in Titles)
        {
            int at = t.LastIndexOf(candidate, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                bestTitle = candidate;
            }
        }
        return best;
    }

    // Two to four Chinese characters, or a transcribed name with a middle dot (艾尔肯·吐尼亚孜).
    private static bool IsName(string rest)
    {
        bool dot = rest.IndexOf('·') > 0 || rest.IndexOf('•') > 0;
        if (rest.Length < 2 || rest.Length > (dot ? MaxNameWithDot : MaxName)) return false;
        foreach (char c in rest)
        {
            if ((c < '\u4E00' || c > '\u9FFF') && c != '·' && c != '•') return false;
        }
        return true;
    }
}
