using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;
using ReportPart = ReportSdk.Generator.Parsing.ReportPart;

/// <summary>
/// Period words that <see cref="ReportSdk.Generator.Parsing.Facts.PeriodRules"/> must read at their bounds: the third
/// plan, a paragraph opening on 五 or 年, a range of exactly fifteen years, 今后两年, a count of 9 in digits, the year
/// fifteen after the report, and a one-year word ending where a range ends. No sentence of seeds/ decides these, so
/// the sentences are seed sentences with a word or figure changed; each says which one and why the real one does not.
/// </summary>
public sealed class PeriodRuleWordTests
{
    private static void AssertPeriod(ReportSdk.Generator.Model.FactModel fact, int start, int end, FactStatus status) =>
        Assert.Equal((start, end, status), (fact.PeriodStart, fact.PeriodEnd, fact.Status));

    [Fact]
    public void The_third_plan_named_before_a_figure_gives_its_years()
    {
        // national/1975 writes 我们超额完成了第三个五年计划，第四个五年计划一九七五年也将胜利完成。: the third plan is named with
        // its frame (，) but no figure follows it in the sentence. Here a figure follows.
        var facts = Paragraphs(1975, ReportPart.Review, null, "我们超额完成了第三个五年计划，工业总产值增长百分之六十。");
        AssertPeriod(facts.Single(60m, "%"), 1966, 1970, FactStatus.Actual);
    }

    [Theory]
    // jilin/2026 opens a paragraph on 五是全面深化改革开放。 and states 资产资源规模增长3.8万亿元 in a later sentence; here the
    // figure, under “十四五”以来, joins the first sentence, so the paragraph's first character 五 is the plan's only hint.
    [InlineData("五是全面深化改革开放，“十四五”以来资产资源规模增长3.8万亿元。", 3.8, "万亿元")]
    // guangdong/2026 opens a paragraph on 年平均浓度 (the line before ends on PM2.5) and states 提高到94.6%, a level; here a
    // change over 5年 replaces it, so the paragraph's first character 年 comes before the count's.
    [InlineData("年平均浓度保持在20微克/立方米左右，国考断面水质优良率5年提高6.2个百分点。", 6.2, "个百分点")]
    public void A_paragraph_opening_on_wu_or_nian_reads_the_periods_of_its_first_sentence(string paragraph, double value, string unit)
    {
        var facts = Paragraphs(2026, ReportPart.Review, null, paragraph);
        AssertPeriod(facts.Single((decimal)value, unit), 2021, 2025, FactStatus.Actual);
    }

    [Fact]
    public void A_range_of_fifteen_years_is_the_period()
    {
        // national/2007 writes 从2003年到2006年年均超收2040亿元 (four years); seeds/ state no figure under a range of exactly
        // fifteen years (they name 2035年 alone, as guangxi/2026 比2020年翻一番). Here the range runs from 2020 to 2035.
        var facts = Paragraphs(2021, ReportPart.Plan, null, "从2020年到2035年年均增长4.7%。");
        AssertPeriod(facts.Single(4.7m, "%"), 2020, 2035, FactStatus.Target);
    }

    [Fact]
    public void The_next_two_years_are_the_plan_year_and_the_one_after()
    {
        // national/2010 writes 实施两年新增4万亿元的投资计划 (a bare count) and national/1979 明后两年还将适当增加 (no figure);
        // here 今后两年 stands before the figure of the first.
        AssertPeriod(Plan("今后两年新增4万亿元的投资。").Single(4m, "万亿元"), 2024, 2025, FactStatus.Target);
    }

    [Fact]
    public void A_count_of_nine_years_in_digits_counts_back_nine_years()
    {
        // jilin/2026 writes 近3年提升21个百分点; no seed counts 9 years in digits before a figure.
        AssertPeriod(Review("建成面积占永久基本农田比例达到66.25%，近9年提升21个百分点。").Single(21m, "个百分点"), 2015, 2023, FactStatus.Actual);
    }

    [Fact]
    public void The_year_fifteen_after_the_report_is_a_year_and_the_sixteenth_is_none()
    {
        // guizhou/2026 writes 到2025年，工业投资占固定资产投资比重从17.9%提升到35.5% of a year already past; a 2020 report
        // naming 2035年 before a figure is a target of that year, one naming 2036年 names no year of a report.
        AssertPeriod(Paragraphs(2020, ReportPart.Plan, null, "到2035年，工业投资比重达到35.5%。").Single(35.5m, "%"), 2035, 2035, FactStatus.Target);
        AssertPeriod(Paragraphs(2020, ReportPart.Plan, null, "到2036年，工业投资比重达到35.5%。").Single(35.5m, "%"), 2020, 2020, FactStatus.Target);
    }

    [Fact]
    public void A_range_wins_over_the_one_year_that_ends_it_among_four_period_words()
    {
        // national/2007 writes 从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。: three period words (the range, its
        // 2006年, 去年), which .NET sorts by an exchange network. 过去四年 before it makes four, sorted by insertion.
        var facts = Paragraphs(2007, ReportPart.Review, null, "过去四年，从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。");
        AssertPeriod(facts.Single(2040m, "亿元"), 2003, 2006, FactStatus.Actual);
        AssertPeriod(facts.Single(2573m, "亿元"), 2006, 2006, FactStatus.Actual);
    }

    [Theory]
    // national/1957 writes 从1900年到1948年，49年合计的钢产量不过七百六十万吨: 48 years, no range, and the range stands in
    // another clause. Here a range of thirteen years up to 1948 (a year before any report: no year) frames the figure in
    // its clause; with 第一个五年合计 before it there are three period words, with 第一个五年 again after it four.
    [InlineData("以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国从1936年到1948年合计的钢产量不过七百六十万吨。")]
    [InlineData("以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国从1936年到1948年合计的钢产量不过七百六十万吨，不到第一个五年合计的一半。")]
    public void A_range_wins_over_a_year_before_1949_that_ends_it(string sentence)
    {
        var facts = Paragraphs(1957, ReportPart.Review, null, sentence);
        AssertPeriod(facts.Single(760m, "万吨"), 1936, 1948, FactStatus.Actual);
    }
}
