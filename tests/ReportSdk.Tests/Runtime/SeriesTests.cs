using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class SeriesTests
{
    private readonly ReportCollection _reports = SeedReports.All();

    [Fact]
    public void Gdp_series_has_one_review_year_actual_per_report()
    {
        var series = _reports.Series(StandardIndicator.Gdp, "石景山区");
        Assert.Equal("石景山区", series.Region);
        Assert.Equal(new[] { 2022, 2024 }, series.Select(p => p.Year));
        Assert.Equal(new[] { 980m, 1200m }, series.Select(p => p.Value));
        Assert.All(series, p => Assert.Equal("亿元", p.Unit));
        Assert.Equal(new[] { "shijingshan-2023", "shijingshan-2025" }, series.Select(p => p.Report.Id));
        Assert.Equal(Qualifiers.Estimated | Qualifiers.Over, series[1].Indicator.Qualifiers);
    }

    [Fact]
    public void Growth_key_gives_the_review_year_growth_not_the_amount()
    {
        var series = _reports.Series(StandardIndicator.GdpGrowth, "Shijingshan");
        Assert.Equal(new[] { (2022, 2m), (2024, 5.5m) }, series.Select(p => (p.Year, p.Value)));
        Assert.All(series, p => Assert.Equal(IndicatorKind.Growth, p.Indicator.Kind));
    }

    [Fact]
    public void Targets_are_a_separate_series_of_plan_years()
    {
        var targets = _reports.TargetSeries(StandardIndicator.GdpGrowth, "石景山");
        var point = Assert.Single(targets);
        Assert.Equal(2023, point.Year);
        Assert.Equal(5m, point.Value);
        Assert.Equal(IndicatorKind.TargetGrowth, point.Indicator.Kind);
        Assert.True(targets.Query.Targets);

        // The plan-year target never leaks into the results series.
        Assert.DoesNotContain(_reports.Series(StandardIndicator.GdpGrowth, "石景山"), p => p.Year == 2023);
    }

    [Fact]
    public void Cumulative_spans_are_not_yearly_figures()
    {
        // 东城区 2024: 地区生产总值同比增长5%左右 (line 246) beside 过去三年年均增速达6.2% (a span).
        var point = Assert.Single(_reports.Series(StandardIndicator.GdpGrowth, "东城区"));
        Assert.Equal(5m, point.Value);

        // Alone, the span gives no yearly figure at all.
        var spanOnly = new TestReport("dongcheng-2024", "东城区", "Dongcheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 230, 360)
            .Actual("地区生产总值", StandardIndicator.GdpGrowth, 6.2m, "%", "过去三年年均增速达6.2%", 246, kind: IndicatorKind.Growth, direction: Direction.Up, span: true);
        Assert.Empty(new ReportCollection(new Report[] { spanOnly }).Series(StandardIndicator.GdpGrowth, "东城区"));
        Assert.Null(spanOnly.Actual(StandardIndicator.GdpGrowth));
    }

    [Fact]
    public void The_variant_named_in_most_years_is_kept_across_the_series()
    {
        // 西城区 states 区级 revenue in 2019 and both 地方级 (first) and 区级 in 2023: the series stays 区级.
        var series = _reports.Series(StandardIndicator.GeneralBudgetRevenue, "西城区");
        Assert.Equal(new[] { (2019, 431.1m), (2023, 452.7m) }, series.Select(p => (p.Year, p.Value)));
        Assert.All(series, p => Assert.Equal("区级一般公共预算收入", p.Indicator.Name));
    }

    [Fact]
    public void Series_by_chinese_name_uses_the_kind_to_tell_amount_from_rate()
    {
        Assert.Equal(new[] { 980m, 1200m }, _reports.Series("地区生产总值", "石景山区").Select(p => p.Value));
        Assert.Equal(new[] { 2m, 5.5m }, _reports.Series("地区生产总值", "石景山区", IndicatorKind.Growth).Select(p => p.Value));
        Assert.Equal(new[] { 5m }, _reports.Series("地区生产总值", "石景山区", IndicatorKind.TargetGrowth).Select(p => p.Value));
        Assert.Equal(new[] { (2022, 5000m), (2024, 3136m) }, _reports.Series("停 车 位", "石景山区").Select(p => (p.Year, p.Value)));
        Assert.Equal("停 车 位", _reports.Series("停 车 位", "石景山区").Query.Name);
    }

    [Fact]
    public void Unknown_region_or_indicator_gives_an_empty_series()
    {
        var series = _reports.Series(StandardIndicator.Gdp, "海淀区");
        Assert.Empty(series);
        Assert.Equal("海淀区", series.Region);
        Assert.Empty(_reports.Series(StandardIndicator.GoodAirDays, "石景山区"));
        Assert.Empty(_reports.Series("不存在的指标", "石景山区"));
    }
}
