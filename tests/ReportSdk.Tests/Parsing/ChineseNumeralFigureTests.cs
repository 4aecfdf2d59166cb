using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Parsing;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>Figures written in Chinese numerals, on snippets copied from seeds/national (1954–1994).</summary>
public sealed class ChineseNumeralFigureTests
{
    /// <summary>The quantities the scanner finds in one clause, after the text is compacted as the extractor does.</summary>
    private static List<NumberToken> Scan(string snippet)
    {
        string text = CompactText.Create(snippet).Text;
        return NumberScanner.Scan(text, 0, text.Length).Where(t => t.Rejected is null).ToList();
    }

    private static NumberToken One(string snippet) => Assert.Single(Scan(snippet));

    [Theory]
    // 1957.txt line 30: 亿 and 千万 in one numeral are counted in 亿 (the key writes 2.3 亿亩, 8.6 亿元, 27.4 亿元).
    [InlineData("被灾田地約二亿三千万亩", "2.3", "亿亩", "二亿三千")]
    [InlineData("救济等項的支出和發放生产救灾貸款的款項共达八亿六千万元", "8.6", "亿元", "八亿六千")]
    [InlineData("总产值仍然增加了二十七亿四千万元", "27.4", "亿元", "二十七亿四千")]
    // 1957.txt: a numeral with 亿 and 万 that does not end in a magnitude is not split.
    [InlineData("全国现代运输工具前三年的货运量共增加了一亿一千二百万吨", "1.12", "亿吨", "一亿一千二百")]
    // 1959.txt, 1981.txt: 零 inside a numeral.
    [InlineData("达到了一千二百万人", "1200", "万人", "一千二百")]
    [InlineData("生铁成本由三百零三元", "303", "元", "三百零三")]
    // 1954.txt (traditional characters): 萬 and 餘 are folded before the numeral is read; 十 after 百 without 一.
    [InlineData("金屬切削機床一萬三千五百十三台", "13513", "台", "一万三千五百十三")]
    // 1986.txt: 千 after 万 starts the unit 千瓦.
    [InlineData("新增发电装机容量一千九百五十万千瓦", "1950", "万千瓦", "一千九百五十")]
    // 1957.txt line 86: percentages written out are % with the numeral as the value text.
    [InlineData("1957年的国家预算收入比1956年增长近百分之二", "2", "%", "百分之二")]
    [InlineData("1957年的工业总产值比1956年将增长百分之四点五", "4.5", "%", "百分之四点五")]
    // 1982.txt: 零点 inside a percentage.
    [InlineData("原煤增长百分之零点二", "0.2", "%", "百分之零点二")]
    public void Reads_a_chinese_numeral_figure(string snippet, string value, string unit, string valueText)
    {
        var token = One(snippet);
        Assert.Equal((decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, valueText), (token.Value, token.Unit, token.ValueText));
        Assert.Null(token.ValueHigh);
    }

    [Fact]
    public void More_than_before_the_last_magnitude_keeps_the_magnitude()
    {
        // 1954.txt: 二十一萬六千餘人 is over 216000 people; 1957.txt: 五百七十三万吨 stays in 万吨.
        var people = One("即達到二十一萬六千餘人");
        Assert.Equal((216000m, "人", Qualifiers.Over), (people.Value, people.Unit, people.After));
        // 1996.txt: 两万多亿元 is more than 2 万亿元.
        var money = One("比“七五”末增加两万多亿元");
        Assert.Equal((2m, "万亿元", Qualifiers.Over), (money.Value, money.Unit, money.After & Qualifiers.Over));
    }

    [Theory]
    // 1959.txt, 1957.txt: 百分之十到二十 is 10 % to 20 %.
    [InlineData("即使每年增产百分之十到二十，就已经算得是跃进了", "10", "20", "%")]
    [InlineData("目前我国农民大体上有百分之二十到三十过着略有积余的生活", "20", "30", "%")]
    // 1993.txt, 1994.txt: the second 百分之 may be written again.
    [InlineData("农村居民人均纯收入平均每年实际增长百分之四至百分之五", "4", "5", "%")]
    [InlineData("只要我们能够再连续若干年保持百分之八至百分之九的增长率", "8", "9", "%")]
    // 1979.txt, 1983.txt: two neighbouring digits (二、三百) give a range.
    [InlineData("工业交通企业目前一年大约多耗电二、三百亿度", "200", "300", "亿度")]
    [InlineData("只这一项每年就减少国家财政收入四、五十亿元", "40", "50", "亿元")]
    // 1981.txt, 1959.txt: the low end before 到 is put in the unit of the high end.
    [InlineData("以节省出七十亿到一百亿元的资金", "70", "100", "亿元")]
    [InlineData("生产二百八十万到三百万千瓦", "280", "300", "万千瓦")]
    public void Reads_a_range_written_out(string snippet, string low, string high, string unit)
    {
        var token = One(snippet);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal((decimal.Parse(low, culture), (decimal?)decimal.Parse(high, culture), unit), (token.Value, token.ValueHigh, token.Unit));
        Assert.True(token.After.HasFlag(Qualifiers.Range));
    }

    [Theory]
    // Vague counts state no value (1981.txt, 1990.txt, 1979.txt, 1992.txt).
    [InlineData("１９８１年还会有一百几十亿元的赤字")]
    [InlineData("共查出各类违纪金额一百几十亿元")]
    [InlineData("原来估计今年要动用商品库存几十亿元")]
    [InlineData("有的增长了百分之几十")]
    [InlineData("多耗煤几千万吨")]
    [InlineData("其中国家级的重大科技成果数千项")]
    // 1959.txt: 成千万人 is a manner of speaking; only 近/超/上… make a bare magnitude a round figure.
    [InlineData("建立一支成千万人的工人阶级知识分子队伍")]
    // Ranks, doublings, durations and decades are not quantities (2004.txt, 1981.txt, 1990.txt, 1957.txt, 1990.txt).
    [InlineData("由上年居世界第五位上升到第四位")]
    [InlineData("力争用二十年的时间使工农业总产值翻两番")]
    [InlineData("我们要实现国民生产总值再翻一番")]
    [InlineData("也是几十年以来我国最大的一次灾荒")]
    [InlineData("今年是九十年代的第一年")]
    // 1981.txt, 1979.txt: 以上十项 recalls a list.
    [InlineData("国务院提出的以上十项经济建设方针")]
    [InlineData("除以上十项工作以外")]
    // 1957.txt: 六万万人民 names the people, with no unit.
    [InlineData("就可以了解在涉及六万万人民生活的历史大变革后的第一年")]
    // seeds/tianjin/2026.txt: a round figure after 跨上 (跨上万亿元台阶) is the threshold crossed.
    [InlineData("服务业增加值跨上万亿元台阶")]
    // A list marker before a numeral is not the low end of a range (seeds/fujian/2026.txt: 一、一年接着一年干).
    [InlineData("一、一年接着一年干")]
    [InlineData("三、一鼓作气勇争先")]
    public void Finds_no_figure(string snippet) => Assert.Empty(Scan(snippet));

    [Theory]
    // Round figures after 上/近 are figures with the numeral as written (seeds/national/1981.txt, 1982.txt).
    [InlineData("门试制的新产品和试验的新工艺有上万种", "10000", "种", "万")]
    [InlineData("研制成功的新材料有上千种", "1000", "种", "千")]
    // 1954.txt: a leading 十 is ten, no round figure.
    [InlineData("年八月已經發展到十萬個", "10", "万个", "十")]
    public void Reads_a_round_figure(string snippet, string value, string unit, string valueText)
    {
        var token = One(snippet);
        Assert.Equal((decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, valueText), (token.Value, token.Unit, token.ValueText));
    }

    [Fact]
    public void A_chinese_numeral_figure_becomes_a_fact_with_its_value_text()
    {
        // seeds/national/1957.txt line 86 (two of its sentences).
        var facts = Paragraphs(1957, ReportPart.Plan, null,
            "1957年的国家预算收入比1956年增长近百分之二；为了避免象去年那样在财政上出现赤字的现象，国家预算支出比1956年减少百分之四。1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。");
        Assert.Equal("百分之二", facts.Single(2m, "%").ValueText);
        Assert.Equal("百分之四点五", facts.Single(4.5m, "%").ValueText);
        Assert.Equal("六百零三", facts.Single(603m, "亿元").ValueText);
        Assert.DoesNotContain(facts, f => f.Unit.Length == 0 || f.Value == 0.02m || f.Value == 0.045m);
    }
}
