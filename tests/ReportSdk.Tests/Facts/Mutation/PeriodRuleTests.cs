using System.Linq;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;
using ReportPart = ReportSdk.Generator.Parsing.ReportPart;

/// <summary>
/// The periods <see cref="PeriodRules"/> gives figures, on sentences of the seeds (the harness's report is delivered
/// in 2024: review year 2023, plan year 2024, unless a test names the report's own year).
/// </summary>
public sealed class PeriodRuleTests
{
    [Theory]
    // national/2006: 两年来 (no 过去 or 近 before it) counts back two years.
    [InlineData("两年来新建、改建、扩建农村寄宿制学校2400多所，为16万个农村中小学校和教学点配备了远程教育设施。", 2400, "所", 2022, 2023)]
    // jilin/2026: 近3年, the count in Arabic digits.
    [InlineData("建设高标准农田910万亩，补齐历史欠账，建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点。", 21, "个百分点", 2021, 2023)]
    // shandong/2026: 5年增长, a bare count before a change word.
    [InlineData("京杭运河主航道基本达到二级航道标准，小清河复航实现“河海直达”，内河港口吞吐量5年增长1.6倍，铁路水路货运周转量实现翻番。", 1.6, "倍", 2019, 2023)]
    // national/1959: 一九五七年增加 is a year compared with, not a count of 57 years.
    [InlineData("我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多；一九五八年又比一九五七年增加百分之五十，达到六十六万人。", 50, "%", 1958, 1958)]
    // national/2010: 两年新增, two years.
    [InlineData("实施两年新增4万亿元的投资计划。", 4, "万亿元", 2022, 2023)]
    // national/2008: 比2002年增长 is a change over 2002's level (2003–2007), not a count of 2 years (02年增长).
    [InlineData("——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位；", 65.5, "%", 2003, 2007)]
    public void Past_years_are_counted_back_from_the_review_year(string sentence, double value, string unit, int start, int end)
    {
        var fact = Review(sentence).Single((decimal)value, unit);
        Assert.Equal((start, end), (fact.PeriodStart, fact.PeriodEnd));
        Assert.Equal(FactStatus.Actual, fact.Status);
    }

    [Fact]
    public void Years_written_as_a_range_are_the_period_and_a_range_of_over_fifteen_years_is_none()
    {
        // national/2007: the cumulative 年均 covers the range; 2006年年均 is not a count of six years.
        var deficit = Review("从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。");
        Assert.Equal((2003, 2006), deficit.PeriodOf(2040m, "亿元"));
        Assert.Equal((2023, 2023), deficit.PeriodOf(2573m, "亿元"));

        // national/1957 (delivered 1957, review year 1956): a level under a range is the range's last year.
        var school = Paragraphs(1957, ReportPart.Review, null,
            "从1949年到1956年，全国扫除文盲二千二百多万人。从1951年到1957年，国家用于普及教育的经费将近四十九亿元，占全部文教经费的24%强，占全部普通教育经费的54%强。");
        Assert.Equal((1956, 1956), school.PeriodOf(2200m, "万人"));
        Assert.Equal((1957, 1957), school.PeriodOf(49m, "亿元"));

        // 从1900年到1948年 spans 48 years: no period; 1948年 is before 1949, no year of a report; 五年合计 is 1952–1956.
        var steel = Paragraphs(1957, ReportPart.Review, null,
            "以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。");
        Assert.Equal((1952, 1956), steel.PeriodOf(1630m, "万吨"));
        Assert.Equal((1956, 1956), steel.PeriodOf(760m, "万吨"));
    }

    [Fact]
    public void A_year_from_1949_on_named_in_the_sentence_is_the_figures_year()
    {
        // national/1957: 1949年 is the earliest year a report names as its figures' year.
        var facts = Paragraphs(1957, ReportPart.Review, null, "1949年全国农业生产总值是三百二十六亿元，1956年上升到五百八十三亿元，比1949年增长了79%。");
        Assert.Equal(1949, facts.Single(326m, "亿元").Period);
        Assert.Equal(1956, facts.Single(583m, "亿元").Period);
        Assert.Equal(1956, facts.Single(79m, "%").Period);
    }

    [Fact]
    public void Future_years_and_plans_named_before_a_figure_give_their_years()
    {
        // national/2006, plan part: 今后五年 is the plan year and four more; “十一五”年均 is 2006–2010, though the
        // sentence named 2005年 before it (the last words before the figure win, wherever each pattern found them).
        var facts = Plan("一是关于经济增长速度问题。《", "纲要（草案）",
            "》提出，今后五年国内生产总值年均增长7.5%，这是综合考虑各方面因素，根据需要和可能提出的。按照新近公布的第一次全国经济普查数据和2005年经济增长实际结果，“十五”期间国内生产总值增长速度比原来预计的高一些，“十一五”年均增长7.5%，将会超过中央《",
            "建议", "》提出的2010年人均国内生产总值比2000年翻一番的要求。");
        var spans = facts.Where(f => f.Value == 7.5m).Select(f => (f.PeriodStart, f.PeriodEnd, f.Status)).ToArray();
        Assert.Equal(new[] { (2024, 2028, FactStatus.Target), (2006, 2010, FactStatus.Actual) }, spans);

        // national/1982, plan part: 六五计划期间 without quotes is the sixth plan, 1981–1985.
        var sixth = Plan("从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求每年递增百分之四到五，这是不低的，是要经过很大的努力才能实现的。");
        var target = sixth.Single(4m, "%");
        Assert.Equal((1981, 1985, 5m), (target.PeriodStart, target.PeriodEnd, target.ValueHigh));

        // national/1975 (the report of 1975, reviewing 1974): 百分之八十五， ends in 十五 and a comma, but it is a number,
        // not the tenth plan (2001–2005).
        var tenth = Paragraphs(1975, ReportPart.Review, null, "工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍，化肥增长三点三倍，拖拉机增长五点二倍，棉纱增长百分之八十五，化学纤维增长三点三倍。");
        var fibre = tenth.Single(f => f.Name == "化学纤维");
        Assert.Equal((1974, 1974), (fibre.PeriodStart, fibre.PeriodEnd));

        // national/1993, plan part: 五年平均 in the plan part is the plan year and four more.
        var average = Plan("既要切实加强领导，实行目标管理责任制，又要深入进行宣传教育，改进工作方法，提高技术服务水平，实行优生优育，五年平均人口自然增长率控制在千分之十三左右。").Single();
        Assert.Equal((13m, 2024, 2028, FactStatus.Target), (average.Value, average.PeriodStart, average.PeriodEnd, average.Status));
    }

    [Fact]
    public void Since_a_plan_began_runs_from_its_first_year_to_the_review_year()
    {
        // tianjin/2026: “十四五”以来 opens the paragraph; a 2024 report reads 2021–2023.
        const string Opening = "各位代表！“十四五”以来，面对疫情冲击、经济承压、竞争加剧的严峻复杂形势，在市委坚强领导下，我们迎难而上、砥砺前行，高质量发展稳的态势有所巩固、进的支撑持续积累、好的预期不断释放，GDP年均增长4.4%，";
        var gdp = Review(Opening).Single(4.4m, "%");
        Assert.Equal((2021, 2023), (gdp.PeriodStart, gdp.PeriodEnd));

        // In a 2022 report the plan's first year is the review year: one year, no span.
        var early = Paragraphs(2022, ReportPart.Review, null, Opening).Single(4.4m, "%");
        Assert.Equal((2021, 2021), (early.PeriodStart, early.PeriodEnd));
    }

    [Fact]
    public void Last_year_and_the_whole_year_in_the_plan_part()
    {
        // national/1999, plan part: 去年 is the review year (a result); 今年 the plan year.
        var budget = Plan("去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款，但全年货币发行还比年初计划少了近500亿元；社会商品零售价格和消费价格的总水平都比上年下降。今年中央财政预算赤字 1503亿元，比去年增加了，但发债规模并没有扩大。");
        var bonds = budget.Single(1000m, "亿元");
        Assert.Equal((2023, FactStatus.Actual), (bonds.Period, bonds.Status));
        var deficit = budget.Single(1503m, "亿元");
        Assert.Equal((2024, FactStatus.Target), (deficit.Period, deficit.Status));

        // hulunbuir-hailaer-2012, plan part: 全年 is the part's own year, the plan year.
        var investment = Plan("全年计划投资12.7亿元，实施重点商贸流通项目17个。").Single(12.7m, "亿元");
        Assert.Equal((2024, FactStatus.Target), (investment.Period, investment.Status));
    }

    [Fact]
    public void This_year_is_the_plan_year_also_in_the_review_part_and_a_year_past_in_the_plan_part_is_the_review_year()
    {
        // national/1954, review part: 今年 is the plan year, ahead of the review year.
        var road = Review("全國公路的通車里程今年將達十四萬多公里。").Single();
        Assert.Equal((14m, "万公里", 2024, FactStatus.Target), (road.Value, road.Unit, road.Period, road.Status));

        // national/1984, plan part: 一年来 is the review year.
        var visits = Plan("一年来，我国领导人出访了许多国家，有二十多位外国元首和政府首脑先后来我国访问。").Single();
        Assert.Equal((20m, 2023, FactStatus.Actual), (visits.Value, visits.Period, visits.Status));
    }

    [Fact]
    public void A_sentence_opening_on_this_year_leaves_the_next_sentences_in_the_plan_year()
    {
        // hubei/2026, plan part: only a sentence opening on the past year (过去一年, 去年) makes the next ones results.
        var facts = Plan("今年是“十五五”开局之年，做好今年工作意义重大。经济社会发展主要预期目标是：经济增长5.5%左右，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右，城镇新增就业70万人以上；居民消费价格涨幅2%左右；");
        Assert.Equal(4, facts.Count);
        Assert.All(facts, f => Assert.Equal((2024, FactStatus.Target), (f.Period, f.Status)));
    }

    [Theory]
    // national/2007 and national/2009: whole paragraphs shorter than the twelve characters the opener looks at.
    [InlineData("一年来的主要工作是：", 0, true)]
    [InlineData("今年重点抓好五件事：", 0, false)]
    // national/2008: the last sentence of a paragraph, eleven characters from its start to the paragraph's end.
    [InlineData("必须继续坚定不移地推进改革开放。今年着重抓好以下方面：", 16, false)]
    public void A_sentence_opening_on_a_year_near_the_paragraphs_end_is_read_to_its_end(string text, int start, bool past)
    {
        Assert.Equal(past, PeriodRules.OpensOnPastYear(text, start));
        Assert.True(PeriodRules.OpensOnOneYear(text, start));
    }
}
