using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>ToString says what a figure is: level, growth or target, its year and its hedges (figures from the seeds).</summary>
public class FigureTextTests
{
    private static readonly ReportCollection Reports = SeedReports.All();

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
}
