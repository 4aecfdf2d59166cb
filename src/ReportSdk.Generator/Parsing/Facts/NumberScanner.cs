using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// A quantity found in normalised text: [Start, NumberEnd) is the number as written, the unit follows, and
/// [Start, End) also covers a range's second number and the qualifiers written after the unit (左右, 以上 …).
/// </summary>
internal sealed record NumberToken(
    int Start,
    int NumberEnd,
    int End,
    decimal Value,
    decimal? ValueHigh,
    string ValueText,
    string Unit,
    Qualifiers After);

/// <summary>
/// Finds quantities in one clause: Arabic numbers (full width already normalised), 万/亿/万亿 multipliers,
/// Chinese numerals that carry a quantity (近千家, 超千亿元, 三分之一), ranges (80-100 家, 5%-6%). Skips what is
/// not a quantity: years, dates, 1-11 月, ordinals (第十七届, 1 号线), codes (PM2.5, 5G, “1+3+1”), ratios (4.5:1),
/// list numbers (1.), numbers without a unit.
/// </summary>
internal static class NumberScanner
{
    /// <summary>Words that precede a lone 千/百/万 when it is a quantity (近千家, 超千亿元, 上万人).</summary>
    private const string LoneNumeralLeads = "近超逾约上破达数";

    public static List<NumberToken> Scan(string text, int start, int end)
    {
        var tokens = new List<NumberToken>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            NumberToken? token = null;
            int next = i + 1;
            if (IsDigit(c))
            {
                int numberEnd = ReadArabic(text, i, end);
                token = ReadArabicQuantity(text, i, numberEnd, end);
                next = token?.End ?? SkipNumberish(text, numberEnd, end);
            }
            else if (ChineseNumerals.IsNumeralChar(c))
            {
                token = ReadChinese(text, i, end, out int consumed);
                next = token?.End ?? i + consumed;
            }
            if (token is not null && !IsQuotedName(text, start, token) && !IsClassInName(text, token, end)) tokens.Add(token);
            i = next > i ? next : i + 1;
        }
        return tokens;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>A number inside quotation marks names something (“石科 26 条”, “二十条”, “1+3+1”).</summary>
    private static bool IsQuotedName(string text, int start, NumberToken token)
    {
        int quotes = 0;
        for (int i = start; i < token.Start; i++) if (text[i] == '"') quotes++;
        return quotes % 2 == 1 && text.IndexOf('"', token.End) >= 0;
    }

    /// <summary>Units that state the class of what follows (110 千伏变电站): the quantity is part of the name.</summary>
    private static readonly string[] ClassUnits = { "千伏", "伏", "千伏安" };

    private static bool IsClassInName(string text, NumberToken token, int end) =>
        System.Array.IndexOf(ClassUnits, token.Unit) >= 0 && token.End < end && text[token.End] >= 0x4E00;

    private static int ReadArabic(string text, int i, int end)
    {
        int j = i;
        while (j < end && IsDigit(text[j])) j++;
        if (j + 1 < end && text[j] == '.' && IsDigit(text[j + 1]))
        {
            j++;
            while (j < end && IsDigit(text[j])) j++;
        }
        return j;
    }

    private static int SkipNumberish(string text, int i, int end)
    {
        while (i < end && (IsDigit(text[i]) || text[i] == '.' || UnitLexicon.IsAsciiLetter(text[i]))) i++;
        return i;
    }

    private static NumberToken? ReadArabicQuantity(string text, int start, int numberEnd, int end)
    {
        char before = start > 0 ? text[start - 1] : ' ';
        char after = numberEnd < end ? text[numberEnd] : ' ';
        // Codes and names: PM2.5, 5G, 3D, “1+3+1”, 4.5:1, versions 2.0.
        if (UnitLexicon.IsAsciiLetter(before) || before == '.' || before == '+' || after == '+') return null;
        if (before == ':' && start >= 2 && IsDigit(text[start - 2])) return null;
        if (after == ':' && numberEnd + 1 < end && IsDigit(text[numberEnd + 1])) return null;
        if (after == '.' ) return null; // list number "1." or a dotted code
        if (UnitLexicon.IsAsciiLetter(after) && UnitLexicon.Match(text, numberEnd) == 0) return null;
        // Ordinals: 第17届, 第3名.
        if (before == '第') return null;
        // More digits than a decimal holds (hostile or garbled text): not a quantity.
        if (!TryParse(text, start, numberEnd, out decimal value)) return null;
        // Fractions written 1/4.
        if (after == '/' && numberEnd + 1 < end && IsDigit(text[numberEnd + 1]))
        {
            int denominatorEnd = ReadArabic(text, numberEnd + 1, end);
            return TryParse(text, numberEnd + 1, denominatorEnd, out decimal denominator)
                ? Fraction(text.Substring(start, denominatorEnd - start), value, denominator, start, numberEnd, denominatorEnd)
                : null;
        }

        string valueText = text.Substring(start, numberEnd - start);
        int j = numberEnd;
        var qualifiers = Qualifiers.None;
        if (j < end && (text[j] == '余' || text[j] == '多')) { qualifiers |= Qualifiers.Over; j++; }

        if (IsDateOrOrdinalAfter(text, j, end, value, valueText)) return null;

        int unitLength = UnitLexicon.Match(text, j);
        string unit = text.Substring(j, unitLength);
        if (UnitLexicon.HasOver(unit)) qualifiers |= Qualifiers.Over;
        unit = UnitLexicon.Clean(unit);
        j += unitLength;

        decimal? high = null;
        // Range: 80-100 家, 5%-6%, 3至5年.
        if (j + 1 < end && (text[j] == '-' || text[j] == '至' || text[j] == '到') && IsDigit(text[j + 1]))
        {
            int highEnd = ReadArabic(text, j + 1, end);
            if (!TryParse(text, j + 1, highEnd, out decimal highValue)) return null;
            if (IsDateOrOrdinalAfter(text, highEnd, end, highValue, text.Substring(j + 1, highEnd - j - 1))) return null;
            int highUnit = UnitLexicon.Match(text, highEnd);
            if (unitLength == 0 || highUnit == 0 || text.Substring(highEnd, highUnit) == unit)
            {
                high = highValue;
                if (unitLength == 0) unit = text.Substring(highEnd, highUnit);
                j = highEnd + highUnit;
                qualifiers |= Qualifiers.Range;
            }
        }

        if (unit.Length == 0) return null;
        // 连续 4 年, 用 3-5 年时间: durations in prose, not indicators.
        if (unit == "年") return null;
        j = ReadAfterQualifiers(text, j, end, ref qualifiers);
        return new NumberToken(start, numberEnd, j, value, high, valueText, unit, qualifiers);
    }

    /// <summary>2022 年, 11 月, 8 日, 1 号线, 75 周年, 3 时: a point in time or an ordinal, never a quantity.</summary>
    private static bool IsDateOrOrdinalAfter(string text, int j, int end, decimal value, string valueText)
    {
        if (j >= end) return false;
        char c = text[j];
        if (c is '月' or '日' or '号' or '时' or '点') return true;
        if (c == '周' && j + 1 < end && text[j + 1] == '年') return true;
        if (c == '年' && IsYear(value, valueText)) return true;
        if (c == '-' && j + 1 < end && IsDigit(text[j + 1]) && IsYear(value, valueText)) return true; // 2021-2023 年
        return false;
    }

    private static bool IsYear(decimal value, string valueText) =>
        valueText.Length == 4 && value >= 1900 && value <= 2100 && valueText.IndexOf('.') < 0;

    private static int ReadAfterQualifiers(string text, int j, int end, ref Qualifiers qualifiers)
    {
        while (j < end)
        {
            if (At(text, j, "左右")) { qualifiers |= Qualifiers.About; j += 2; }
            else if (At(text, j, "以上") || At(text, j, "之上")) { qualifiers |= Qualifiers.Over; j += 2; }
            else if (At(text, j, "以内") || At(text, j, "以下") || At(text, j, "之内")) { qualifiers |= Qualifiers.Within; j += 2; }
            else if (text[j] == '余' || text[j] == '多') { qualifiers |= Qualifiers.Over; j++; }
            else break;
        }
        return j;
    }

    public static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    private static bool TryParse(string text, int start, int end, out decimal value) =>
        decimal.TryParse(text.Substring(start, end - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static NumberToken? Fraction(string valueText, decimal numerator, decimal denominator, int start, int numberEnd, int end)
    {
        if (denominator == 0 || numerator >= denominator) return null;
        decimal value = decimal.Round(numerator / denominator, 4);
        return new NumberToken(start, end, end, value, null, valueText, string.Empty, Qualifiers.None);
    }

    /// <summary>Chinese numerals: a run with a unit character (千, 二十, 三亿) followed by a unit, or a fraction 三分之一.</summary>
    private static NumberToken? ReadChinese(string text, int start, int end, out int consumed)
    {
        int j = start;
        while (j < end && ChineseNumerals.IsNumeralChar(text[j])) j++;
        consumed = j - start;
        char before = start > 0 ? text[start - 1] : ' ';
        if (before == '第' || ChineseNumerals.IsNumeralChar(before)) return null;
        // 以下十一个方面, 如下三项: a numeral that announces a list.
        if (start >= 2 && (At(text, start - 2, "以下") || At(text, start - 2, "如下") || At(text, start - 2, "上述"))) return null;

        // 三分之一
        if (At(text, j, "分之"))
        {
            int k = j + 2;
            while (k < end && ChineseNumerals.IsNumeralChar(text[k])) k++;
            consumed = k - start;
            if (k > j + 2
                && ChineseNumerals.TryParse(text.Substring(start, j - start), out long denominator)
                && ChineseNumerals.TryParse(text.Substring(j + 2, k - j - 2), out long numerator)
                && denominator > 0 && numerator < denominator)
            {
                return new NumberToken(start, k, k, decimal.Round((decimal)numerator / denominator, 4), null,
                    text.Substring(start, k - start), string.Empty, Qualifiers.None);
            }
            return null;
        }

        string run = text.Substring(start, j - start);
        // Trailing 万/亿/万亿 are the magnitude of the unit (三亿人 → 三 + 亿人; 千亿元 → 千 + 亿元).
        int numeralEnd = j;
        while (numeralEnd > start + 1 && (text[numeralEnd - 1] == '万' || text[numeralEnd - 1] == '亿')) numeralEnd--;
        string numeral = text.Substring(start, numeralEnd - start);
        bool hasUnitChar = false;
        foreach (char ch in numeral) if (ChineseNumerals.Unit(ch) > 0) hasUnitChar = true;
        bool lone = numeral.Length == 1 && ChineseNumerals.Unit(numeral[0]) > 0;
        if (!hasUnitChar) return null;
        if (lone && LoneNumeralLeads.IndexOf(before) < 0) return null;
        if (!ChineseNumerals.TryParse(numeral, out long value) || value <= 0) return null;

        if (numeralEnd < end && text[numeralEnd] is '月' or '日' or '号' or '时' or '点') return null; // 一月二十一日
        int unitLength = UnitLexicon.Match(text, numeralEnd);
        if (unitLength == 0 || unitLength < j - numeralEnd) return null;
        string unit = UnitLexicon.Clean(text.Substring(numeralEnd, unitLength));
        if (unit is "年" or "天" or "周" or "期" or "届" or "轮" or "次" or "成") return null; // 十年, 三天: durations in prose, not facts
        var qualifiers = Qualifiers.None;
        int after = ReadAfterQualifiers(text, numeralEnd + unitLength, end, ref qualifiers);
        consumed = after - start;
        return new NumberToken(start, numeralEnd, after, value, null, numeral, unit, qualifiers);
    }
}
