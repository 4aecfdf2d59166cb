using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>Quantities: multipliers, Chinese numerals, fractions, ranges, widths, units; and numbers that are not facts.</summary>
public sealed class NumberTests
{
    [Theory]
    [InlineData("地区生产总值完成 980 亿元", 980, "亿元")]
    [InlineData("全市地区生产总值增长5.2%、约4.4万亿元", 4.4, "万亿元")]
    [InlineData("居民人均可支配收入 86359 元", 86359, "元")]
    [InlineData("实际利用外资 3.2 亿美元", 3.2, "亿美元")]
    [InlineData("PM2.5年均浓度降至 30 微克/立方米", 30, "微克/立方米")]
    [InlineData("降尘量 3.3 吨/平方公里·月", 3.3, "吨/平方公里·月")]
    [InlineData("核酸检测能力达到 11.8 万管/日", 11.8, "万管/日")]
    [InlineData("新增及改造绿地面积15公顷", 15, "公顷")]
    [InlineData("城镇新增就业28.1万人", 28.1, "万人")]
    [InlineData("启动超智算一期3000P算力", 3000, "P")]
    [InlineData("高标准农田建设5.8万亩", 5.8, "万亩")]
    [InlineData("轨道交通运营总里程超过1200公里", 1200, "公里")]
    public void Reads_value_and_unit_as_written(string clause, double value, string unit)
    {
        var fact = Review(clause).Single(f => f.Unit == unit);
        Assert.Equal((decimal)value, fact.Value);
    }

    [Fact]
    public void Keeps_the_scale_of_the_value_as_written()
    {
        var fact = Review("一般公共预算收入完成 74.05 亿元").Single();
        Assert.Equal("74.05", fact.ValueText);
        Assert.Equal("74.05", fact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Joins_a_number_and_its_unit_across_a_line_break()
    {
        var fact = Review("现代金融产业高质量发展，实现产业收入 1235 亿", "元。").Single();
        Assert.Equal(1235m, fact.Value);
        Assert.Equal("亿元", fact.Unit);
        Assert.Equal(1, fact.Line);
    }

    [Fact]
    public void Gives_the_line_of_the_number()
    {
        var facts = Review("固定资产投资完成 440 亿元，同比增", "长 7.1%；");
        Assert.Equal(1, facts.Single(440m, "亿元").Line);
        Assert.Equal(3, facts.Single(7.1m, "%").Line);
    }

    [Fact]
    public void Normalises_full_width_digits_and_percent()
    {
        var fact = Review("社会消费品零售总额同比增长５．５％").Single();
        Assert.Equal(5.5m, fact.Value);
        Assert.Equal("%", fact.Unit);
    }

    [Theory]
    [InlineData("国高新企业保有量近千家", 1000, "家", "千", Qualifiers.Nearly)]
    [InlineData("出口额超千亿元", 1000, "亿元", "千", Qualifiers.Over)]
    public void Reads_Chinese_numerals_that_carry_a_quantity(string clause, int value, string unit, string valueText, Qualifiers qualifier)
    {
        var fact = Review(clause).Single();
        Assert.Equal(value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(valueText, fact.ValueText);
        Assert.Equal(qualifier, fact.Qualifiers);
    }

    [Fact]
    public void Reads_fractions()
    {
        var fact = Review("服务业增加值占比近三分之一").Single();
        Assert.Equal("三分之一", fact.ValueText);
        Assert.Equal(0.3333m, fact.Value);
        Assert.True(fact.Qualifiers.HasFlag(Qualifiers.Nearly));
    }

    [Fact]
    public void Reads_ranges()
    {
        var count = Plan("新引进人工智能企业 80-100 家").Single();
        Assert.Equal(80m, count.Value);
        Assert.Equal(100m, count.ValueHigh);
        Assert.Equal("家", count.Unit);
        Assert.Equal(Qualifiers.Range, count.Qualifiers);

        var rate = Plan("地区生产总值增长5%-6%").Single();
        Assert.Equal(5m, rate.Value);
        Assert.Equal(6m, rate.ValueHigh);
        Assert.Equal("%", rate.Unit);
    }

    [Fact]
    public void Tells_percentage_points_from_percent()
    {
        var fact = Plan("可再生能源消费占比提高0.5个百分点").Single();
        Assert.Equal("个百分点", fact.Unit);
        Assert.Equal(0.5m, fact.Value);
    }

    [Fact]
    public void A_ge_listed_before_percentage_points_is_that_unit_written_once()
    {
        // seeds/shanxi/2026.txt line 30: 3.4个 is 3.4 percentage points, not 3.4 things.
        var gaps = Review("投资、消费增速分别快于全国3.4个、1个百分点。");
        Assert.Equal(new[] { (3.4m, "个百分点"), (1m, "个百分点") }, gaps.Select(f => (f.Value, f.Unit)).ToArray());
        var chain = Review("三项比重分别提高0.5个、0.3个和0.2个百分点");
        Assert.All(chain, f => Assert.Equal("个百分点", f.Unit));
        Assert.Equal(3, chain.Count);
        // A count listed before a rate in points of another figure keeps its unit.
        var counts = Review("新建学校12个，入学率提高1个百分点");
        Assert.Equal(new[] { "个", "个百分点" }, counts.Select(f => f.Unit).ToArray());
    }

    [Fact]
    public void Counts_of_occasions_keep_their_whole_unit()
    {
        // seeds/gansu/2026.txt line 34: 2.9万场次 is 29,000 events, not 29,000 场 with a stray 次.
        var events = Review("开展促消费活动2.9万场次，社会消费品零售总额增长2.5%。");
        Assert.Equal(("促消费活动", "万场次"), (events.Single(2.9m, "万场次").Name, events.Single(2.9m, "万场次").Unit));
        Assert.Equal("万户次", Review("惠及6.3万户次").Single().Unit);
    }

    [Fact]
    public void Reads_more_than_written_inside_a_unit()
    {
        var fact = Review("妥善办理群众诉求 15 万余件").Single();
        Assert.Equal(15m, fact.Value);
        Assert.Equal("万件", fact.Unit);
        Assert.Equal(Qualifiers.Over, fact.Qualifiers);
    }

    [Theory]
    [InlineData("2022 年是党的二十大胜利召开之年，是新一届政府开局之年")]
    [InlineData("2024年是中华人民共和国成立75周年,也是实现“十四五”规划目标任务的关键一年")]
    [InlineData("——2025年1月8日 在北京市石景山区第十七届人民代表大会第五次会议上")]
    [InlineData("二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上")]
    [InlineData("截至 11 月底，1-11 月累计接诉")]
    [InlineData("轨道交通 1 号线西延开通")]
    [InlineData("打造“1+3+1”高精尖产业体系")]
    [InlineData("职住比达到4.5:1")]
    [InlineData("一是深入落实首都城市战略定位")]
    [InlineData("千家万户")]
    [InlineData("PM2.5 浓度持续下降")]
    [InlineData("落实“石科 26 条”，加强重点应用场景示范项目建设")]
    [InlineData("完成苹果园、北辛安 110 千伏变电站和鲁谷北重供电工程")]
    [InlineData("用 3-5 年时间，连续 4 年稳定达标")]
    [InlineData("今年要着力做好以下十一个方面工作")]
    public void Finds_no_fact_in_years_dates_ordinals_codes_and_ratios(string clause)
    {
        Assert.Empty(Review(clause));
    }

    [Fact]
    public void Does_not_read_codes_inside_names_as_values()
    {
        var facts = Review("新增5G基站3万个");
        var fact = Assert.Single(facts);
        Assert.Equal("新增5G基站", fact.Name);
        Assert.Equal(3m, fact.Value);
        Assert.Equal("万个", fact.Unit);

        var growth = Assert.Single(Review("“1+3+1”高精尖产业收入同比增长8.3%"));
        Assert.Equal("高精尖产业收入", growth.Name);
        Assert.Equal(8.3m, growth.Value);
    }
}
