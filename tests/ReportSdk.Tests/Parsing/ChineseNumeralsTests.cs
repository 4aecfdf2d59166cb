using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十七", 17)]
    [InlineData("二十一", 21)]
    [InlineData("一百零五", 105)]
    [InlineData("一千二百", 1200)]
    [InlineData("两千", 2000)]
    [InlineData("千", 1000)]
    [InlineData("一千二百万", 12_000_000)]
    [InlineData("三亿", 300_000_000)]
    [InlineData("一亿五千万", 150_000_000)]
    [InlineData("千亿", 100_000_000_000)]
    [InlineData("万亿", 1_000_000_000_000)]
    [InlineData("二〇二四", 2024)]
    [InlineData("二零二零", 2020)]
    [InlineData("十一", 11)]
    [InlineData("一九九○", 1990)]             // 1990.txt: 一九九○年, with a white circle for zero
    [InlineData("三亿零五百三十万", 305_300_000)] // 1986.txt: 三亿零五百三十万吨
    [InlineData("一亿零六百万", 106_000_000)]   // 1986.txt: 原油由一亿零六百万吨
    [InlineData("两万亿", 2_000_000_000_000)]
    [InlineData("十万", 100_000)]
    [InlineData("万", 10_000)]
    [InlineData("亿", 100_000_000)]
    [InlineData("一万零五", 10_005)]
    public void Reads_numerals(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("三个")]
    [InlineData("12")]
    public void Rejects_non_numerals(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));

    [Theory]
    // 1986.txt: 一千九百五十万千瓦 is 1950 万千瓦: the 千 after 万 starts the unit.
    [InlineData("一千九百五十万千瓦", 0, 7)]
    [InlineData("万千瓦", 0, 1)]
    [InlineData("万千瓦", 1, 2)]          // the magnitude check looks inside the numeral only
    [InlineData("千瓦", 0, 1)]
    [InlineData("二十七亿四千万元", 0, 7)]
    [InlineData("增加了三十", 3, 5)]
    public void A_numeral_ends_before_a_unit_that_starts_with_a_magnitude(string text, int start, int end) =>
        Assert.Equal(end, ChineseNumerals.NumeralEnd(text, start, text.Length));

    [Theory]
    // 1990.txt 一百几十亿元, 2014.txt 十几亿人口, 1988.txt 数百万, 1992.txt 数千项, 1995.txt 数十个.
    [InlineData("违纪金额一百几十亿元", "十")]
    [InlineData("释放十几亿人口", "十")]
    [InlineData("看到数百万阿富汗难民", "百万")]
    [InlineData("重大科技成果数千项", "千")]
    [InlineData("出访了数十个国家", "十")]
    [InlineData("有的增长了百分之几十", "十")]
    public void A_vague_count_is_vague(string text, string numeral) =>
        Assert.True(ChineseNumerals.IsVague(text, text.IndexOf(numeral, System.StringComparison.Ordinal), text.IndexOf(numeral, System.StringComparison.Ordinal) + numeral.Length));

    [Theory]
    [InlineData("职工人数二千四百万人", "二千四百万")]  // 数 ends 人数, before a digit
    [InlineData("职工人数十三万人", "十三万")]          // before 十 and a digit: 十三万 is a figure
    [InlineData("占总数百分之三十", "百")]             // 总数 before 百分之
    [InlineData("数增加了三十", "三十")]               // a numeral at the very end of the text
    [InlineData("十万个", "十万")]                     // a numeral at the very start
    public void A_numeral_after_a_count_word_is_a_figure(string text, string numeral) =>
        Assert.False(ChineseNumerals.IsVague(text, text.IndexOf(numeral, System.StringComparison.Ordinal), text.IndexOf(numeral, System.StringComparison.Ordinal) + numeral.Length));

    [Theory]
    // 1979.txt 多耗电二、三百亿度 and 1983.txt 减少国家财政收入四、五十亿元.
    [InlineData("多耗电二、三百亿度", 300, 200)]
    [InlineData("减少国家财政收入四、五十亿元", 50, 40)]
    [InlineData("约二、三百亿", 300, 200)] // the shortest: one character before, the magnitude last
    public void Neighbouring_digits_give_the_low_end(string text, int high, int low)
    {
        Assert.True(ChineseNumerals.TryPairedLow(text, text.IndexOf('、') + 1, high, out decimal value));
        Assert.Equal(low, value);
    }

    [Theory]
    [InlineData("二、三百亿度")]   // the pair opens the text: a list marker
    [InlineData("一、一年接着一年干")]
    [InlineData("约三、二百亿度")] // the second digit is not the larger
    [InlineData("约三、三百亿度")]
    [InlineData("约〇、二百亿度")] // no digit of zero starts a pair
    [InlineData("约二、三个")]     // no magnitude after the second digit
    [InlineData("约二、三")]       // the text ends on the second digit
    [InlineData("A二、三百亿度")]  // not after a Chinese character
    [InlineData("十二、三百亿度")] // after another numeral
    [InlineData("约二，三百亿度")]
    public void Other_digit_pairs_give_no_low_end(string text) =>
        Assert.False(ChineseNumerals.TryPairedLow(text, text.IndexOfAny(new[] { '、', '，' }) + 1, 300, out _));

    [Theory]
    // 1981.txt 七十亿到一百亿元, 1959.txt 二百八十万到三百万千瓦: the high end as written (一百亿, 三百万) and in its unit (100 亿元, 300 万千瓦).
    [InlineData("以节省出七十亿到一百亿元的资金", "七十亿", "一百亿", 100, 70)]
    [InlineData("生产二百八十万到三百万千瓦", "二百八十万", "三百万", 300, 280)]
    [InlineData("增长二十至三十", "二十", "三十", 30, 20)]
    [InlineData("九到十", "九", "十", 10, 9)] // the low end opens the text
    public void A_range_gives_its_low_end_in_the_unit_of_the_high_end(string text, string lowText, string highText, int high, int low)
    {
        Assert.True(ChineseNumerals.TryParse(highText, out long highWhole));
        Assert.True(ChineseNumerals.TryRangeLow(text, text.IndexOf(highText, System.StringComparison.Ordinal), highWhole, high, out decimal value, out int lowStart));
        Assert.Equal((low, text.IndexOf(lowText, System.StringComparison.Ordinal)), ((int)value, lowStart));
    }

    [Theory]
    [InlineData("由第三到第五", "五", 5)]         // ordinals
    [InlineData("居第三到五位", "五", 5)]
    [InlineData("从七十到〇", "〇", 0)]          // a high end of nothing
    [InlineData("从〇到一百", "一百", 100)]      // a low end of nothing
    [InlineData("从十到一百", "一百", 100)]      // a tenth of the high end or less: no range
    [InlineData("从一百到一百", "一百", 100)]    // not below the high end
    [InlineData("到一百", "一百", 100)]          // nothing before 到
    [InlineData("从A到一百", "一百", 100)]
    [InlineData("从十和一百", "一百", 100)]
    public void Other_numerals_before_a_high_end_give_no_range(string text, string high, int highWhole) =>
        Assert.False(ChineseNumerals.TryRangeLow(text, text.LastIndexOf(high, System.StringComparison.Ordinal), highWhole, highWhole, out _, out _));
}
