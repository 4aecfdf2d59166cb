using System.Globalization;

namespace ReportSdk.Generator.Parsing;

/// <summary>Reads dates written 2024年1月9日 or 二〇二四年一月二十一日 (spaces already removed).</summary>
internal static class DateParser
{
    /// <summary>Finds the first valid date in <paramref name="text"/>; <paramref name="iso"/> is yyyy-MM-dd.</summary>
    public static bool TryFind(string text, out string iso, out int year) => TryFind(text, out iso, out year, out _);

    /// <summary>Finds the first valid date in <paramref name="text"/>, with its month.</summary>
    public static bool TryFind(string text, out string iso, out int year, out int month)
    {
        iso = "";
        year = 0;
        month = 0;
        for (int i = text.IndexOf('年'); i >= 0; i = text.IndexOf('年', i + 1))
        {
            int y = ReadBack(text, i, 4, out int yearLength);
            if (yearLength != 4 || y < 1949 || y > 2200) continue;
            int pos = i + 1;
            int m = ReadForward(text, ref pos, '月');
            if (m < 1 || m > 12) continue;
            int d = ReadForward(text, ref pos, '日');
            if (d < 1 || d > 31) continue;
            if (IsClockTime(text, pos)) continue; // 2026年02月10日 07时41分: a page's publication stamp
            year = y;
            month = m;
            iso = y.ToString("D4", CultureInfo.InvariantCulture) + "-" + m.ToString("D2", CultureInfo.InvariantCulture) + "-" +
                  d.ToString("D2", CultureInfo.InvariantCulture);
            return true;
        }
        return false;
    }

    // 07时41分 right after the date.
    private static bool IsClockTime(string text, int pos)
    {
        int start = pos;
        while (pos < text.Length && char.IsDigit(Normalizer.ToHalfWidth(text[pos]))) pos++;
        return pos > start && pos < text.Length && (text[pos] == '时' || text[pos] == ':' || text[pos] == '：');
    }

    // The number written just before index `end` (Arabic digits or Chinese numeral digits), at most `max` characters.
    private static int ReadBack(string text, int end, int max, out int length)
    {
        int start = end;
        while (start > 0 && end - start < max && IsNumberChar(text[start - 1])) start--;
        length = end - start;
        return length == 0 ? -1 : Parse(text.Substring(start, length));
    }

    // The number written from `pos` up to the terminator (月, 日); moves `pos` past the terminator.
    private static int ReadForward(string text, ref int pos, char terminator)
    {
        int start = pos;
        while (pos < text.Length && pos - start < 4 && IsNumberChar(text[pos])) pos++;
        if (pos == start || pos >= text.Length || text[pos] != terminator) return -1;
        int value = Parse(text.Substring(start, pos - start));
        pos++;
        return value;
    }

    private static bool IsNumberChar(char c)
    {
        char h = Normalizer.ToHalfWidth(c);
        return (h >= '0' && h <= '9') || ChineseNumerals.Digit(c) >= 0 || c == '十';
    }

    private static int Parse(string s)
    {
        int value = 0;
        bool arabic = true;
        foreach (char c in s)
        {
            char h = Normalizer.ToHalfWidth(c);
            if (h >= '0' && h <= '9') value = value * 10 + (h - '0');
            else arabic = false;
        }
        if (arabic) return value;
        return ChineseNumerals.TryParse(s, out long v) && v < int.MaxValue ? (int)v : -1;
    }
}
