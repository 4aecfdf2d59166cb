using ReportSdk.Generator.Parsing;
using Xunit;
using static ReportSdk.Tests.Parsing.ParsingTestHelpers;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// The delivered, review and plan years of a report from each source in turn (dateline, title, part headings, what the
/// text says). The headings and sentences are modelled on the seeds' (过去五年工作回顾 in national 2008–2018, “十四五”
/// 时期工作回顾 in gansu 2026, 一九八二年预计 in national 1982, １９８６年是…取得显著成就的一年 in national 1987, ２００２年是
/// …非常重要的一年 in national 2002), each cut to the one clause a rule reads, with the year moved where a case needs
/// another one; the title cases walk the bounds of a year. The mutation baseline of ReportYears.cs asked for each.
/// </summary>
public sealed class ReportYearsTests
{
    private static YearSet Years(string title, int? dateYear, int dateMonth, params string[] lines)
    {
        var meta = new ReportMetadata { Title = title, DateYear = dateYear, DateMonth = dateMonth };
        var paragraphs = Reflow(Layout.Unwrapped, 1, lines);
        return ReportYears.Infer(meta, SectionParser.Parse(paragraphs, System.Threading.CancellationToken.None), paragraphs);
    }

    private static (int, int?, int?, int?) Of(YearSet y) => (y.Delivered, y.ReviewStart, y.Review, y.Plan);

    [Theory]
    [InlineData("一、过去五年工作回顾", 2023, 2018)]                     // national 2023
    [InlineData("一、“十四五”时期工作回顾", 2026, 2021)]                   // gansu 2026
    [InlineData("一、“十三五”时期取得的主要成就", 2021, 2016)]
    [InlineData("一、2025年工作回顾", 2026, null)]
    [InlineData("一、“十五五”时期的主要目标", 2026, null)]                  // 五” without 回顾 or 成就
    public void A_five_year_review_starts_four_years_before_the_review_year(string heading, int delivered, int? reviewStart)
    {
        var years = Years("政府工作报告", delivered, 1, heading, "过去一年，全省地区生产总值增长5.5%。");
        Assert.Equal((delivered, reviewStart, delivered - 1, delivered), Of(years));
    }

    [Fact]
    public void A_text_without_headings_has_no_five_year_start()
        => Assert.Equal((2024, (int?)null, (int?)2023, (int?)2024), Of(Years("政府工作报告", 2024, 1, "过去一年，全省地区生产总值增长5.5%。")));

    [Fact]
    public void The_dateline_wins_over_the_title_and_the_title_over_the_headings()
    {
        Assert.Equal(2024, Years("2023年政府工作报告", 2024, 1, "一、2022年工作回顾", "正文。", "二、2023年工作安排", "正文。").Delivered);
        var byTitle = Years("2025年政府工作报告", null, 0, "一、2023年工作回顾", "正文。", "二、2024年工作安排", "正文。");
        Assert.Equal((2025, (int?)null, (int?)2023, (int?)2024), Of(byTitle)); // the headings still name the parts' years
        Assert.Equal(2024, Years("政府工作报告", null, 0, "一、2022年工作回顾", "正文。", "二、2024年工作安排", "正文。").Delivered);
        Assert.Equal(2023, Years("政府工作报告", null, 0, "一、2022年工作回顾", "正文。").Delivered);
    }

    [Fact]
    public void A_report_delivered_at_the_end_of_its_year_reviews_that_year()
    {
        // A November or December dateline (1981, 1982), or a text that estimates its own year (一九八二年预计…).
        Assert.Equal((1981, (int?)null, (int?)1981, (int?)1982), Of(Years("政府工作报告", 1981, 11, "今年的国民经济计划执行得比较好。")));
        Assert.Equal((1981, (int?)null, (int?)1980, (int?)1981), Of(Years("政府工作报告", 1981, 10, "今年的国民经济计划执行得比较好。")));
        Assert.Equal(1982, Years("政府工作报告", 1982, 1, "一九八二年预计工农业总产值可以比去年增长百分之七左右。").Review);
        Assert.Equal(1982, Years("政府工作报告", 1982, 1, "今年全年预计工农业总产值可以达到计划。").Review);
        Assert.Equal(1981, Years("政府工作报告", 1982, 1, "今年，预计工农业总产值可以达到计划。").Review);    // 今年，… 预计: another clause
        Assert.Equal(1981, Years("政府工作报告", 1982, 1, "一九八一年预计工农业总产值可以达到计划。").Review);
    }

    [Fact]
    public void Without_a_dateline_or_headings_the_text_says_which_year_it_reviews()
    {
        // 刚刚过去的1987年 (national 1988).
        Assert.Equal((1988, (int?)null, (int?)1987, (int?)1988), Of(Years("政府工作报告", null, 0, "刚刚过去的1987年，是我国经济体制改革继续深化的一年。")));
        // With a dateline, 刚刚过去的 names the review year when it is the year before (or the same year).
        Assert.Equal(1987, Years("政府工作报告", 1988, 3, "刚刚过去的一九八七年，国民经济持续增长。").Review);
        Assert.Equal(1987, Years("政府工作报告", 1988, 3, "刚刚过去的1985年，国民经济持续增长。").Review);
        // 1986年是…取得显著成就的一年 (reviewed) or 2002年是…非常重要的一年 (planned), in the opening.
        Assert.Equal(1987, Years("政府工作报告", null, 0, "１９８６年是开始执行第七个五年计划并取得显著成就的一年。").Delivered);
        Assert.Equal(2002, Years("政府工作报告", null, 0, "2002年是我国加入世贸组织后非常重要的一年。").Delivered);
        Assert.Equal(1991, Years("政府工作报告", null, 0, "1989年国民经济继续发展。1990年工业生产回升。1990年农业丰收。").Delivered); // the year written most, plus one
        Assert.Equal(1991, Years("政府工作报告", null, 0, "1989年国民经济继续发展。1990年工业生产回升。").Delivered);               // a tie: the later
    }

    [Fact]
    public void A_year_is_four_digits_between_1949_and_2200_followed_by_nian()
    {
        Assert.Equal(1988, Years("一九八八年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(2008, Years("二○○八年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(2024, Years("２０２４年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(0, Years("一九四八年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(0, Years("二二○一年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(0, Years("两千零一年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(0, Years("年度政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(2200, Years("2200年政府工作报告", null, 0, "正文。").Delivered);
        Assert.Equal(1949, Years("1949年政府工作报告", null, 0, "正文。").Delivered);
    }
}
