using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class CompareTests
{
    private readonly ReportCollection _reports = SeedReports.All();

    [Fact]
    public void Compare_gives_one_row_per_region_by_period_year()
    {
        // 2023 growth is stated in the reports delivered in 2024.
        var rows = _reports.Compare(StandardIndicator.GdpGrowth, 2023);
        Assert.Equal(2023, rows.Year);
        Assert.Equal(new[] { ("东城区", 5m), ("北京市", 5.2m), ("西城区", 5.8m) }, rows.Select(r => (r.Region, r.Value)));
        Assert.All(rows, r => Assert.Equal(2024, r.Report.DeliveredYear));

        var earlier = _reports.Compare(StandardIndicator.GdpGrowth, 2022);
        Assert.Equal(new[] { ("石景山区", 2m), ("门头沟区", 1.5m) }, earlier.Select(r => (r.Region, r.Value)));
    }

    [Fact]
    public void Rows_compare_across_units_through_their_quantities()
    {
        var gdp = _reports.Compare(StandardIndicator.Gdp, 2023);
        var largest = gdp.OrderByDescending(r => r.Quantity).First();
        Assert.Equal("北京市", largest.Region);                 // 4.4 万亿元 > 6000 亿元
        Assert.Equal(44_000m, largest.Quantity.ConvertTo("亿元").Value);
    }

    [Fact]
    public void Compare_prefers_the_variant_most_regions_state()
    {
        // 2023 revenue: 北京市 plain, 东城区 区级, 西城区 地方级 and 区级 → 西城区 gives its 区级 figure.
        var rows = _reports.Compare(StandardIndicator.GeneralBudgetRevenue, 2023);
        Assert.Equal(new[] { ("东城区", 200.5m), ("北京市", 6000m), ("西城区", 452.7m) }, rows.Select(r => (r.Region, r.Value)));
    }

    [Fact]
    public void CompareTargets_reads_plan_year_targets()
    {
        var rows = _reports.CompareTargets(StandardIndicator.GdpGrowth, 2024);
        Assert.Equal(new[] { ("东城区", 4.5m), ("北京市", 5m) }, rows.Select(r => (r.Region, r.Value)));
        Assert.True(rows.Query.Targets);

        // Results for 2024 come from the 2025 report only; the 2024 targets do not mix in.
        Assert.Equal(new[] { ("石景山区", 5.5m) }, _reports.Compare(StandardIndicator.GdpGrowth, 2024).Select(r => (r.Region, r.Value)));
    }

    [Fact]
    public void Main_targets_win_over_other_plan_year_figures()
    {
        // Rule test: a plan-year figure outside the 主要预期目标 sentence, stated first, loses to the main target.
        var report = new TestReport("dongcheng-2024", "东城区", "Dongcheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 230, 360)
            .Target("地区生产总值", StandardIndicator.GdpGrowth, 6m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长6%", 270, main: false)
            .Target("地区生产总值", StandardIndicator.GdpGrowth, 4.5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长4.5%左右", 280);
        var reports = new ReportCollection(new Report[] { report });
        Assert.Equal(4.5m, Assert.Single(reports.CompareTargets(StandardIndicator.GdpGrowth, 2024)).Value);
        Assert.Equal(4.5m, Assert.Single(reports.TargetSeries(StandardIndicator.GdpGrowth, "东城区")).Value);
        Assert.Equal(4.5m, report.Target(StandardIndicator.GdpGrowth)!.Value);
    }

    [Fact]
    public void Compare_by_chinese_name_and_kind()
    {
        Assert.Equal(new[] { ("石景山区", 5000m) }, _reports.Compare("停车位", 2022).Select(r => (r.Region, r.Value)));
        var planned = Assert.Single(_reports.Compare("停车位", 2024, IndicatorKind.Target));
        Assert.Equal(("北京市", 1.5m, "万个"), (planned.Region, planned.Value, planned.Unit));
        Assert.Empty(_reports.Compare("停车位", 1999));
    }

    [Fact]
    public void A_standard_key_past_every_known_one_finds_nothing_and_breaks_nothing()
    {
        // A key a newer package may define (the per-report cache has slots for the keys of today only).
        foreach (var key in new[] { (StandardIndicator)127, (StandardIndicator)128, (StandardIndicator)1000 })
        {
            Assert.Empty(_reports.Compare(key, 2023));
            Assert.Empty(_reports.Series(key, "北京市"));
        }
        Assert.Equal(new[] { 5m, 5.2m, 5.8m }, _reports.Compare(StandardIndicator.GdpGrowth, 2023).Select(r => r.Value));
    }
}
