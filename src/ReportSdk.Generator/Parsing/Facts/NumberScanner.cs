using System;
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
    Qualifiers After)
{
    /// <summary>Why a number as written cannot be a fact (more precision than a decimal holds, or a base-unit value that overflows), or null.</summary>
    public string? Rejected { get; init; }
}

/// <summary>
/// Finds quantities in one clause: Arabic numbers (full width already normalised), 万/亿/万亿 multipliers,
/// Chinese numerals that carry a quantity (近千家, 超千亿元, 三分之一), ranges (80-100 家, 5%-6%). Skips what is
/// not a quantity: years, dates, 1-11 月, ordinals (第十七届, 1 号线), codes (PM2.5, 5G, “1+3+1”), ratios (4.5:1),
/// list numbers (1.), numbers without a unit.
/// </summary>
internal static class NumberScanner
{
    /// <summary>Words that precede a lone 千/百/万 when it is a quantity (近千家, 超千亿元, 上万人).</summary>
    private const string LoneNumeralLeads = "近超逾约上破达";

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
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
                // 新增岗位 -5 个: a minus after a word (not after a number, as in a range) is the value's sign.
                if (token is not null && i - 1 >= start && text[i - 1] == '-' && (i - 1 == start || IsSignContext(text[i - 2])))
                    token = token with { Start = i - 1, Value = -token.Value, ValueText = "-" + token.ValueText };
                next = token?.End ?? SkipNumberish(text, numberEnd, end);
            }
            else if (ChineseNumerals.IsNumeralChar(c))
            {
                token = ReadChinese(text, i, end, out int consumed);
                next = token?.End ?? i + consumed;
            }
            if (token is not null && !IsQuotedName(text, start, token) && !IsClassInName(text, token, end) && !IsRankBracket(text, start, token) && !IsRun(text, start, token, end) && !IsOutline(text, start, token)) tokens.Add(Checked(token));
            i = next > i ? next : i + 1;
        }
        SharePercentagePoints(text, tokens);
        return tokens;
    }

    /// <summary>
    /// 分别快于全国3.4个、1个百分点: a 个 listed right before a value in 个百分点 is that unit written once for both
    /// (through a chain: 0.5个、0.3个和0.2个百分点).
    /// </summary>
    private static void SharePercentagePoints(string text, List<NumberToken> tokens)
    {
        for (int k = tokens.Count - 2; k >= 0; k--)
        {
            NumberToken item = tokens[k], next = tokens[k + 1];
            if (item.Unit == "个" && next.Unit == PercentagePoints && ValueRoles.IsJoined(text, item, next) && text[item.End] != ',')
                tokens[k] = item with { Unit = PercentagePoints };
        }
    }

    private const string PercentagePoints = "个百分点";

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsSignContext(char c) => c >= 0x4E00 || c is ',' or ':' or ';' or '(' or '"';

    /// <summary>
    /// A value must keep the precision it is written with (decimal holds 28 digits) and stay a decimal in its base unit
    /// (Quantity.ToBase multiplies by the unit's factor): otherwise the token is rejected, never rounded or left to overflow.
    /// </summary>
    private static NumberToken Checked(NumberToken token)
    {
        Vocabulary.Units.TrySplit(token.Unit, out decimal factor, out _);
        decimal limit = decimal.MaxValue / factor;
        if (Math.Abs(token.Value) > limit || (token.ValueHigh is decimal high && Math.Abs(high) > limit))
            return token with { Rejected = "its value in the base unit exceeds what a decimal holds" };
        return token;
    }

    /// <summary>True when the decimal parsed from <paramref name="written"/> keeps every digit written (no rounding to 0).</summary>
    private static bool KeepsPrecision(string written, decimal value)
    {
        string digits = written.TrimStart('0');
        if (digits.Length == 0 || digits[0] == '.') digits = "0" + digits;
        return string.Equals(digits, value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A number inside quotation marks names something (“石科 26 条”, “二十条”, “1+3+1”).</summary>
    private static bool IsQuotedName(string text, int start, NumberToken token)
    {
        int quotes = 0;
        for (int i = start; i < token.Start; i++) if (text[i] == '"') quotes++;
        return quotes % 2 == 1 && text.IndexOf('"', token.End) >= 0;
    }

    /// <summary>进入全国前8位, 居全国前10名: a bracket of ranks, no rank and no figure.</summary>
    private static bool IsRankBracket(string text, int start, NumberToken token) =>
        token.Start - 1 >= start && text[token.Start - 1] == '前' && token.Unit is "位" or "名" or "强";

    /// <summary>重点抓好以下14个方面的工作, 如下3项: a number that announces a list, no figure.</summary>
    private static bool IsOutline(string text, int start, NumberToken token) =>
        token.Start - 2 >= start && TextMatch.AtAny(text, token.Start - 2, AnnouncingWords);

    /// <summary>Words before a number that announces a list (以下十一个方面, 如下三项).</summary>
    private static readonly string[] AnnouncingWords = { "以下", "如下" };

    /// <summary>Words before a numeral written out that recalls a list (上述三项, 以上十项; 上述2万亿元 in digits is a figure).</summary>
    private static readonly string[] RecallingWords = { "上述", "以上" };

    /// <summary>连续30个月, 连续11个季度, 连续6年: how long a run lasted, no figure.</summary>
    private static bool IsRun(string text, int start, NumberToken token, int end)
    {
        if (token.Start - 2 < start || !TextMatch.At(text, token.Start - 2, "连续")) return false;
        if (token.Unit is "年" or "个月" or "月" or "季度" or "个季度" or "天" or "日" or "周" or "届" or "期" or "次") return true;
        return token.Unit == "个" && (TextMatch.At(text, token.End, "月") || TextMatch.At(text, token.End, "季度"));
    }

    /// <summary>
    /// 单笔50万元以下拖欠企业账款, 年运量150万吨以上的物流园区, 30万千瓦以下煤电机组: a bracket of a size (money,
    /// power, weight, length, area) before a noun names a class of things, no figure (增长5%以上, 100个以上应用场景 and
    /// 完成投资2000亿元以上的目标 stay figures).
    /// </summary>
    private static bool IsSizeBracket(string text, NumberToken token, int end)
    {
        if (!Vocabulary.Units.TrySplit(token.Unit, out _, out string baseUnit) || System.Array.IndexOf(SizeBases, baseUnit) < 0) return false;
        int i = token.End;
        bool bracket = false;
        foreach (var word in BracketWords)
        {
            if (TextMatch.At(text, i, word)) { i += word.Length; bracket = true; break; }
            if (i - word.Length >= token.Start && TextMatch.At(text, i - word.Length, word)) { bracket = true; break; }
        }
        if (!bracket) return false;
        if (i < end && text[i] == '的') i++;
        return i < end && text[i] >= 0x4E00 && !FactLexicon.StartsWithLink(text, i, end, minLength: 2) && !TextMatch.AtAny(text, i, BracketFigures);
    }

    /// <summary>Base units of sizes that bracket a class of things (<see cref="IsSizeBracket"/>).</summary>
    private static readonly string[] SizeBases = { "元", "美元", "千瓦", "瓦", "兆瓦", "吨", "米", "亩", "公顷", "平方米", "公里" };

    /// <summary>Nouns after 以上 that make the value a figure set or reached (…以上的目标, …以上的水平).</summary>
    private static readonly string[] BracketFigures = { "目标", "水平", "规模", "任务" };

    /// <summary>Units that state the class of what follows (110 千伏变电站): the quantity is part of the name.</summary>
    private static readonly string[] ClassUnits = { "千伏", "伏", "千伏安" };

    /// <summary>Words after an age or a size that make it a bracket (65岁以上老年人, 3岁以下婴幼儿, 50万元以下拖欠企业账款).</summary>
    private static readonly string[] BracketWords = { "及以上", "及以下", "以上", "以下" };

    private static bool IsClassInName(string text, NumberToken token, int end)
    {
        if (token.End >= end) return false;
        if (System.Array.IndexOf(ClassUnits, token.Unit) >= 0) return text[token.End] >= 0x4E00;
        // 30万吨级航道, 5万吨级泊位: a quantity followed by 级 states a class.
        if (text[token.End] == '级' && token.Unit.Length > 0) return true;
        if (IsSizeBracket(text, token, end)) return true;
        // 65岁以上老年人免费体检: an age bracket names a group; 人均预期寿命达80岁以上 is a figure.
        if (token.Unit != "岁") return false;
        int i = token.End;
        foreach (var bracket in BracketWords)
        {
            if (TextMatch.At(text, i, bracket)) { i += bracket.Length; break; }
        }
        // (在籍老人: a one-character link word opens a noun here; 比上年提高 is a figure's own link.)
        return i < end && text[i] >= 0x4E00 && !FactLexicon.StartsWithLink(text, i, end, minLength: 2);
    }

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

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
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
        bool exact = KeepsPrecision(text.Substring(start, numberEnd - start), value);
        // Fractions written 1/4.
        if (after == '/' && numberEnd + 1 < end && IsDigit(text[numberEnd + 1]))
        {
            int denominatorEnd = ReadArabic(text, numberEnd + 1, end);
            // 1994/1995 年: a pair of years, no fraction.
            if (!TryParse(text, numberEnd + 1, denominatorEnd, out decimal denominator)
                || IsDateOrOrdinalAfter(text, denominatorEnd, end, denominator, text.Substring(numberEnd + 1, denominatorEnd - numberEnd - 1))) return null;
            var fraction = Fraction(text.Substring(start, denominatorEnd - start), value, denominator, start, denominatorEnd);
            if (fraction is null) return null;
            var fq = Qualifiers.None; // 占全国 1/3 以上
            int fractionEnd = ReadAfterQualifiers(text, denominatorEnd, end, ref fq);
            return fraction with { End = fractionEnd, After = fq };
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
        // 连续 4 年, 用 3-5 年时间: durations in prose, not indicators; 平均受教育年限提高到11.3年 is a measure in years
        // (a fraction of a year, or a 年限 just before); PM2.5年均浓度: 年均 after a code, no years.
        if (unit == "年")
        {
            bool measure = valueText.IndexOf('.') >= 0 || TextMatch.Contains(text, System.Math.Max(0, start - 8), start, "年限");
            if (!measure || (j < end && text[j] == '均')) return null;
        }
        j = ReadAfterQualifiers(text, j, end, ref qualifiers);
        return new NumberToken(start, numberEnd, j, value, high, valueText, unit, qualifiers)
        {
            Rejected = exact ? null : "it has more decimal places than a decimal holds",
        };
    }

    /// <summary>2022 年, 11 月, 8 日, 1 号线, 75 周年, 70 周岁, 3 时: a point in time, an age or an ordinal, never a quantity.</summary>
    private static bool IsDateOrOrdinalAfter(string text, int j, int end, decimal value, string valueText)
    {
        if (j >= end) return false;
        char c = text[j];
        if (c is '月' or '日' or '号' or '时' or '点') return true;
        if (c == '周' && j + 1 < end && (text[j + 1] == '年' || text[j + 1] == '岁')) return true; // 75 周年, 70 周岁
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
            int length = FactLexicon.QualifierAfterValue(text, j, out var qualifier);
            if (length == 0) break;
            qualifiers |= qualifier;
            j += length;
        }
        return j;
    }

    private static bool TryParse(string text, int start, int end, out decimal value) =>
        decimal.TryParse(text.Substring(start, end - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static NumberToken? Fraction(string valueText, decimal numerator, decimal denominator, int start, int end)
    {
        if (denominator == 0 || numerator >= denominator) return null;
        decimal value = decimal.Round(numerator / denominator, 4);
        return new NumberToken(start, end, end, value, null, valueText, string.Empty, Qualifiers.None);
    }

    /// <summary>Chinese numerals: a run with a unit character (千, 二十, 三亿) followed by a unit, or a fraction 三分之一.</summary>
    private static NumberToken? ReadChinese(string text, int start, int end, out int consumed)
    {
        int j = ChineseNumerals.NumeralEnd(text, start, end);
        consumed = j - start;
        char before = start > 0 ? text[start - 1] : ' ';
        if (before == '第' || ChineseNumerals.IsNumeralChar(before) || ChineseNumerals.IsVague(text, start, j)) return null;
        // 以下十一个方面, 如下三项, 以上十项: a numeral that announces or recalls a list.
        if (start >= 2 && (TextMatch.AtAny(text, start - 2, AnnouncingWords) || TextMatch.AtAny(text, start - 2, RecallingWords))) return null;

        // 百分之三点四 → 3.4 %, 千分之五 → 5 ‰: percentages written out, as texts of the 1950s–1990s do.
        if ((Run(text, start, j) is "百" or "千") && TextMatch.At(text, j, "分之"))
        {
            int k = j + 2;
            int numeralStart = k;
            while (k < end && ChineseNumerals.IsNumeralChar(text[k])) k++;
            if (k == numeralStart || ChineseNumerals.IsVague(text, numeralStart, k)
                || !ChineseNumerals.TryParse(text.Substring(numeralStart, k - numeralStart), out long units)) return null;
            decimal percent = units + Fraction(text, ref k, end);
            var pq = Qualifiers.None;
            decimal? percentHigh = PercentRangeHigh(text, ref k, end, Run(text, start, j), percent);
            if (percentHigh is not null) pq |= Qualifiers.Range;
            int percentEnd = ReadAfterQualifiers(text, k, end, ref pq);
            consumed = percentEnd - start;
            return new NumberToken(start, k, percentEnd, percent, percentHigh, text.Substring(start, k - start), text[start] == '百' ? "%" : "‰", pq);
        }

        // 三分之一
        if (TextMatch.At(text, j, "分之"))
        {
            int k = j + 2;
            while (k < end && ChineseNumerals.IsNumeralChar(text[k])) k++;
            consumed = k - start;
            if (k > j + 2
                && ChineseNumerals.TryParse(text.Substring(start, j - start), out long denominator)
                && ChineseNumerals.TryParse(text.Substring(j + 2, k - j - 2), out long numerator)
                && denominator > 0 && numerator < denominator)
            {
                var fq = Qualifiers.None; // 约占四分之一以上
                int fractionEnd = ReadAfterQualifiers(text, k, end, ref fq);
                return new NumberToken(start, k, fractionEnd, decimal.Round((decimal)numerator / denominator, 4), null,
                    text.Substring(start, k - start), string.Empty, fq);
            }
            return null;
        }

        var qualifiers = Qualifiers.None;
        string run = text.Substring(start, j - start);
        // 四亿零七百多万吨: a 多/余 before the last magnitude means more than; the magnitude still belongs to the numeral.
        if (j + 1 < end && (text[j] == '多' || text[j] == '余') && (text[j + 1] == '万' || text[j + 1] == '亿') && HasUnitChar(run))
        {
            int k = j + 1;
            while (k < end && (text[k] == '万' || text[k] == '亿')) k++;
            run += text.Substring(j + 1, k - j - 1);
            qualifiers |= Qualifiers.Over;
            j = k;
        }
        // 增长一点五倍: a decimal written out.
        int fractionAt = j;
        decimal fraction = Fraction(text, ref j, end);
        bool hasFraction = j > fractionAt;
        int numeralEnd = j;
        // A lone 十/百/千/万/亿 is a round figure, unless a decimal follows it (电视机增长十点四倍 is 10.4 倍).
        bool lone = run.Length == 1 && ChineseNumerals.Unit(run[0]) > 0 && !hasFraction;
        // 增长两倍, 一倍以上: a lone digit counts only as a multiple.
        bool multiple = run.Length == 1 && TextMatch.At(text, numeralEnd, "倍");
        // 比重稳定在八成左右, 九成以上: tenths written out are a percentage (80 %), as 百分之八十 is.
        if (run.Length == 1 && !hasFraction && "二两三四五六七八九".IndexOf(run[0]) >= 0 && TextMatch.At(text, numeralEnd, "成")
            && (numeralEnd + 1 >= end || text[numeralEnd + 1] < 0x4E00 || TextMatch.AtAny(text, numeralEnd + 1, TenthsFollowers))
            && ChineseNumerals.TryParse(run, out long tenths))
        {
            var tq = Qualifiers.None;
            int tenthsEnd = ReadAfterQualifiers(text, numeralEnd + 1, end, ref tq);
            consumed = tenthsEnd - start;
            return new NumberToken(start, numeralEnd, tenthsEnd, tenths * 10m, null, run, "%", tq);
        }
        if (!HasUnitChar(run) && !hasFraction && !multiple) return null;
        // 近千家, 超万亿斤 are round figures; 成千万人 (like 千千万万) is a manner of speaking. A leading 十 is ten (十万个).
        if ((lone || (run[0] != '十' && AllMagnitudes(run))) && LoneNumeralLeads.IndexOf(before) < 0) return null;
        // 跨上万亿元台阶, 迈上千亿级: 上 ends the verb; it is no "upwards of".
        if (before == '上' && start >= 2 && "跨迈站登走".IndexOf(text[start - 2]) >= 0 && AllMagnitudes(run)) return null;
        if (!ChineseNumerals.TryParse(run, out long whole) || whole <= 0) return null;
        if (numeralEnd < end && text[numeralEnd] is '月' or '日' or '号' or '时' or '点') return null; // 一月二十一日
        // 一万二千二百多台: 多/余 between the numeral and its unit.
        int unitAt = numeralEnd;
        if (unitAt < end && (text[unitAt] == '多' || text[unitAt] == '余'))
        {
            qualifiers |= Qualifiers.Over;
            unitAt++;
        }
        int unitLength = UnitLexicon.Match(text, unitAt);
        if (unitLength == 0) return null;
        string unit = UnitLexicon.Clean(text.Substring(unitAt, unitLength));
        if (unit is "年" or "天" or "周" or "期" or "届" or "轮" or "次" or "成") return null; // 十年, 三天: durations in prose, not facts
        // A numeral that ends in a magnitude is counted in the largest magnitude it holds (二十七亿四千万元 → 27.4 亿元,
        // 三千六百五十亿斤 → 3650 亿斤); one written out to the units stays in the base unit (三亿二千三百八十万九千六百八十四人).
        string magnitude = lone ? string.Empty : TrailingMagnitude(run);
        string valueText = text.Substring(start, numeralEnd - start);
        decimal value = whole + fraction;
        if (hasFraction && magnitude.Length > 0) return null;
        if (magnitude.Length > 0 && Vocabulary.Units.TrySplit(magnitude + unit, out decimal factor, out _) && factor > 1m)
        {
            value = whole / factor;
            unit = magnitude + unit;
            valueText = valueText.TrimEnd('万', '亿'); // 超千亿元: 千 of 亿元
        }
        int after = ReadAfterQualifiers(text, unitAt + unitLength, end, ref qualifiers);
        consumed = after - start;
        // 二、三百亿度: two neighbouring digits give a range.
        if (!hasFraction && ChineseNumerals.TryPairedLow(text, start, value, out decimal low))
            return new NumberToken(start - 2, numeralEnd, after, low, value, text.Substring(start - 2, 2) + valueText, unit, qualifiers | Qualifiers.Range);
        // 七十亿到一百亿元: a range written out.
        if (!hasFraction && ChineseNumerals.TryRangeLow(text, start, whole, value, out decimal rangeLow, out int lowStart))
            return new NumberToken(lowStart, numeralEnd, after, rangeLow, value, Run(text, lowStart, start) + valueText, unit, qualifiers | Qualifiers.Range);
        // 上万支参赛队伍, 赋能上千家: 上 before a round figure says "upwards of"; it belongs to the figure, not the name.
        if (before == '上' && (lone || AllMagnitudes(run))) return new NumberToken(start - 1, numeralEnd, after, value, null, valueText, unit, qualifiers | Qualifiers.Over);
        return new NumberToken(start, numeralEnd, after, value, null, valueText, unit, qualifiers);
    }

    private static string Run(string text, int start, int end) => text.Substring(start, end - start);

    /// <summary>Words after 八成 that make it tenths of a whole (八成左右, 九成以上, 七成的), not a word (三成员).</summary>
    private static readonly string[] TenthsFollowers = { "左右", "以上", "以下", "多", "的", "上下" };

    /// <summary>
    /// The upper end of a percentage range written out (百分之十到二十, 百分之五至百分之六, 百分之八到百分之八点五);
    /// advances <paramref name="k"/> past it, or returns null and leaves <paramref name="k"/> where it was.
    /// </summary>
    private static decimal? PercentRangeHigh(string text, ref int k, int end, string run, decimal low)
    {
        if (k >= end || (text[k] != '到' && text[k] != '至' && text[k] != '-')) return null;
        int m = k + 1;
        if (TextMatch.At(text, m, run + "分之")) m += run.Length + 2;
        int highStart = m;
        while (m < end && ChineseNumerals.IsNumeralChar(text[m])) m++;
        if (m == highStart || ChineseNumerals.IsVague(text, highStart, m)
            || !ChineseNumerals.TryParse(text.Substring(highStart, m - highStart), out long high)) return null;
        decimal value = high + Fraction(text, ref m, end);
        if (value <= low) return null;
        k = m;
        return value;
    }

    /// <summary>点 and digits written out (三点四 → .4); advances <paramref name="j"/> past them, or returns 0.</summary>
    private static decimal Fraction(string text, ref int j, int end)
    {
        if (j + 1 >= end || text[j] != '点' || ChineseNumerals.Digit(text[j + 1]) < 0) return 0m;
        int k = j + 1;
        decimal fraction = 0m, scale = 0.1m;
        while (k < end && ChineseNumerals.Digit(text[k]) >= 0 && scale >= 0.0000001m)
        {
            fraction += ChineseNumerals.Digit(text[k]) * scale;
            scale /= 10m;
            k++;
        }
        j = k;
        return fraction;
    }

    /// <summary>A numeral of magnitudes only, with no digit (万亿, 千): a round threshold.</summary>
    private static bool AllMagnitudes(string numeral)
    {
        foreach (char ch in numeral) if (ChineseNumerals.Unit(ch) == 0) return false;
        return true;
    }

    private static bool HasUnitChar(string numeral)
    {
        foreach (char ch in numeral) if (ChineseNumerals.Unit(ch) > 0) return true;
        return false;
    }

    /// <summary>The largest magnitude (万亿, 亿, 万) of a numeral that ends in one, or "".</summary>
    private static string TrailingMagnitude(string numeral)
    {
        char last = numeral[numeral.Length - 1];
        if (last != '万' && last != '亿') return string.Empty;
        if (numeral.IndexOf("万亿", StringComparison.Ordinal) >= 0) return "万亿";
        return numeral.IndexOf('亿') >= 0 ? "亿" : "万";
    }
}
