namespace ReportSdk.Generator.Parsing;

/// <summary>Reads Chinese numerals: 三 → 3, 十七 → 17, 二十一 → 21, 一千二百 → 1200, 二〇二四 → 2024 (digit by digit).</summary>
internal static class ChineseNumerals
{
    /// <summary>The value of one digit character (〇/零 0 … 九 9, 两 2), or -1.</summary>
    public static int Digit(char c) => c switch
    {
        '〇' or '零' or '○' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of one unit character (十 10, 百 100, 千 1000, 万 10⁴, 亿 10⁸), or 0.</summary>
    public static long Unit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    /// <summary>True for characters that can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c)
        => c >= CjkFirst && c <= CjkLast ? NumeralIdeographs[c - CjkFirst] : Digit(c) >= 0 || Unit(c) > 0;

    // The parser asks this of nearly every character of a report: for the CJK ideographs the answer of Digit and Unit
    // is looked up in a table made from them once.
    private const char CjkFirst = '\u4E00', CjkLast = '\u9FFF';
    private static readonly bool[] NumeralIdeographs = NumeralTable();

    private static bool[] NumeralTable()
    {
        var table = new bool[CjkLast - CjkFirst + 1];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(CjkFirst + i);
            table[i] = Digit(c) >= 0 || Unit(c) > 0;
        }
        return table;
    }

    /// <summary>
    /// The end of the numeral that starts at <paramref name="start"/>. A bare 十/百/千 right after 万 or 亿 starts the unit
    /// instead (一千九百五十万千瓦 is 1950 万千瓦): a numeral never puts a magnitude there without a digit.
    /// </summary>
    public static int NumeralEnd(string text, int start, int end)
    {
        int j = start;
        while (j < end && IsNumeralChar(text[j])) j++;
        if (j - start >= 2 && Unit(text[j - 1]) is > 1 and < 10_000 && text[j - 2] is '万' or '亿') j--;
        return j;
    }

    /// <summary>
    /// True when the numeral written at [<paramref name="start"/>, <paramref name="end"/>) is part of a vague count
    /// (几十亿元, 一百几十亿元, 百分之十几, 多耗煤几千万吨, 数千家, 数十万): it states no value, so it is no figure.
    /// 数 counts only before a lone 十/百/千/万/亿, so 人数/总数 before a numeral (职工人数二千四百万人) stay figures.
    /// </summary>
    public static bool IsVague(string text, int start, int end)
    {
        char before = start > 0 ? text[start - 1] : ' ';
        if (before == '几' || (end < text.Length && text[end] == '几')) return true;
        if (before != '数' || Unit(text[start]) == 0 || string.CompareOrdinal(text, end, "分之", 0, 2) == 0) return false; // 总数百分之三十
        return end == start + 1 || Unit(text[start + 1]) > 0;
    }

    /// <summary>
    /// Parses a whole string as a Chinese numeral. Positional forms (二〇二四) are read digit by digit;
    /// others by units (二十一, 一千二百万). Returns false when any character is not a numeral.
    /// </summary>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text)) return false;

        bool hasUnit = false;
        foreach (char c in text)
        {
            if (Digit(c) < 0 && Unit(c) == 0) return false;
            if (Unit(c) > 0) hasUnit = true;
        }

        if (!hasUnit)
        {
            // 二〇二四 or a single digit: positional.
            foreach (char c in text) value = value * 10 + Digit(c);
            return true;
        }

        long total = 0;   // completed 亿 groups
        long section = 0; // completed 万 groups within the current 亿 group
        long current = 0; // value below 万
        long digit = -1;
        foreach (char c in text)
        {
            int d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            long unit = Unit(c);
            if (unit == 100_000_000)
            {
                long group = total + section + current + (digit > 0 ? digit : 0);
                total = (group == 0 && digit < 0 ? 1 : group) * unit; // 亿 alone (万亿 handled below) is one 亿
                section = current = 0;
            }
            else if (unit == 10_000)
            {
                long group = section + current + (digit > 0 ? digit : 0);
                section = (group == 0 && digit < 0 ? 1 : group) * unit; // 万 alone, as in 万亿, is one 万
                current = 0;
            }
            else
            {
                // 十 alone at the start means 10 (十七 = 17).
                current += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        value = total + section + current + (digit > 0 ? digit : 0);
        return true;
    }

    /// <summary>
    /// The low end of a pair of neighbouring digits written 二、三百 (二、三百亿度 is 200 to 300 亿度, 四、五十亿元 is 40 to 50
    /// 亿元): <paramref name="high"/> is the value of the numeral at <paramref name="start"/>, and the digit before 、 takes
    /// the place of its leading digit. False when no such digit stands before the numeral (a list marker 一、 opens a line).
    /// </summary>
    public static bool TryPairedLow(string text, int start, decimal high, out decimal low)
    {
        low = 0m;
        if (start < 3 || text[start - 1] != '、' || start + 1 >= text.Length) return false;
        int lowDigit = Digit(text[start - 2]), highDigit = Digit(text[start]);
        char lead = text[start - 3];
        if (lowDigit <= 0 || highDigit <= lowDigit || Unit(text[start + 1]) == 0 || lead < 0x4E00 || IsNumeralChar(lead)) return false;
        low = high * lowDigit / highDigit;
        return true;
    }

    /// <summary>
    /// The low end of a range written 七十亿到一百亿元 or 二百八十万到三百万千瓦: the numeral before 到/至 is read and put in the
    /// unit of the high end (<paramref name="high"/>, which is <paramref name="highWhole"/> as written). False when nothing
    /// fits: no numeral there, an ordinal, or a low end not between a tenth of the high end and the high end (二十到三十亿元
    /// leaves its magnitude unwritten and stays 30 亿元).
    /// </summary>
    public static bool TryRangeLow(string text, int start, long highWhole, decimal high, out decimal low, out int lowStart)
    {
        low = 0m;
        lowStart = start;
        if (start < 2 || highWhole <= 0 || (text[start - 1] != '到' && text[start - 1] != '至')) return false;
        int s = start - 1;
        while (s > 0 && IsNumeralChar(text[s - 1])) s--;
        if (s == start - 1 || (s > 0 && text[s - 1] == '第') || !TryParse(text.Substring(s, start - 1 - s), out long lowWhole)) return false;
        low = lowWhole * high / highWhole;
        if (low <= 0m || low >= high || low * 10m <= high) return false;
        lowStart = s;
        return true;
    }
}
