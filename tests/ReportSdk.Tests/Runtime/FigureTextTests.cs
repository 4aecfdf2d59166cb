using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>ToString says what a figure is: level, growth or target, its year and its hedges (figures from the seeds).</summary>
public class FigureTextTests
{
    // One collection per test (xunit builds the class for each): every test builds the indexes it reads, so mutation
    // testing sees which tests run the index code (a shared collection builds them once, in whichever test runs first).
    private readonly ReportCollection Reports = SeedReports.All();

    [Fact]
    public void Indicators_print_name_direction_figure_year_and_hedges()
    {
        var shijingshan = SeedReports.Shijingshan2023.Indicators;
        Assert.Equal("地区生产总值 980 亿元 (2022年, 预计)", shijingshan[0].ToString());
        Assert.Equal("地区生产总值增长 2% 左右 (2022年, 预计)", shijingshan[1].ToString());
        Assert.Equal("地区生产总值增长 5% 左右 (2023年目标)", SeedReports.Shijingshan2023.Target(StandardIndicator.GdpGrowth)!.ToString());
        Assert.Equal("登记失业率 4% 左右 以内 (2023年目标)", SeedReports.Shijingshan2023.Target(StandardIndicator.RegisteredUnemploymentRate)!.ToString());
        Assert.Equal("社会消费品零售额下降 5% (2022年)", SeedReports.Mentougou2023.Actual(StandardIndicator.RetailSalesGrowth)!.ToString());
        Assert.Equal("一般公共预算收入 6000 亿元 以上 (2023年)", SeedReports.Beijing2024.Actual(StandardIndicator.GeneralBudgetRevenue)!.ToString());
        Assert.Equal("过去三年年均增速 6.2% (2021–2023年, 多年累计或年均)",
            SeedReports.Dongcheng2024.Indicators.Single(i => i.IsSpan).ToString());
    }

    [Fact]
    public void Series_points_and_comparison_rows_print_short_forms()
    {
        var gdp = Reports.Series(StandardIndicator.Gdp, "石景山区");
        Assert.Equal(new[] { "2022年 980 亿元 (预计)", "2024年 1200 亿元 以上 (预计)" }, gdp.Select(p => p.ToString()));
        var growth = Reports.Compare(StandardIndicator.GdpGrowth, 2023);
        Assert.Contains("北京市 增长 5.2%", growth.Select(r => r.ToString()));
        var targets = Reports.TargetSeries(StandardIndicator.GdpGrowth, "石景山区");
        Assert.Equal("2023年 增长 5% 左右 (目标)", targets.Single().ToString());
        Assert.Equal("北京市 地区生产总值增长 5.2% (2023年)", Reports.Growths(2023).First(f => f.Region == "北京市").ToString());
    }

    [Fact]
    public void Series_and_comparisons_print_region_or_year_query_and_count()
    {
        Assert.Equal("石景山区 Gdp (2 points)", Reports.Series(StandardIndicator.Gdp, "石景山区").ToString());
        Assert.Equal("石景山区 GdpGrowth (targets) (1 points)", Reports.TargetSeries(StandardIndicator.GdpGrowth, "石景山区").ToString());
        Assert.Equal("2022 停车位 (1 regions)", Reports.Compare("停车位", 2022).ToString());
        Assert.Equal("2024 停车位 (targets) (1 regions)", Reports.Compare("停车位", 2024, IndicatorKind.Target).ToString());
        Assert.Equal("?", new IndicatorQuery(null, null, null, false).ToString());
    }

    [Fact]
    public void Targets_beside_results_print_both_sides_and_their_difference()
    {
        // 东城区: the 2023 report's target for 2023 beside the 2024 report's result for 2023 (5% 左右, estimated).
        var dongcheng2023 = new TestReport("dongcheng-2023", "东城区", "Dongcheng", RegionLevel.District, 2023, "dongcheng-2023.txt", 1, 300)
            .Target("地区生产总值", StandardIndicator.GdpGrowth, 4.5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长4.5%", 120, direction: Direction.Up);
        var rows = new ReportCollection(new Report[] { dongcheng2023, SeedReports.Dongcheng2024 }).TargetsAndResults(StandardIndicator.GdpGrowth, "东城区");
        Assert.Equal(new[] { 2023, 2024 }, rows.Select(r => r.Year));
        Assert.Equal(0.5m, rows[0].Difference);
        Assert.Equal("2023年 目标 增长 4.5%, 结果 增长 5% 左右 (预计)", rows[0].ToString());
        Assert.Null(rows[1].Difference);
        Assert.Equal("2024年 目标 增长 4.5% 左右, 结果 -", rows[1].ToString());
        var resultOnly = SeedReports.All().TargetsAndResults(StandardIndicator.GdpGrowth, "石景山区")[0];
        Assert.Equal("2022年 目标 -, 结果 增长 2% 左右 (预计)", resultOnly.ToString());
    }

    [Fact]
    public void A_standard_name_asked_with_a_kind_the_standard_has_no_key_for_reads_facts_by_that_name()
    {
        // 地区生产总值 has an amount and a growth key, no share: a share query reads facts named so, and there are none.
        var shares = Reports.Series("地区生产总值", "石景山区", IndicatorKind.Share);
        Assert.Empty(shares);
        Assert.Null(shares.Query.Standard);
    }
}
