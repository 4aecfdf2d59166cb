using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>Lookups by parent region and by the Chinese name variants of a standard indicator (figures from the seeds).</summary>
public class LookupTests
{
    // One collection per test (xunit builds the class for each): every test builds the indexes it reads, so mutation
    // testing sees which tests run the index code (a shared collection builds them once, in whichever test runs first).
    private readonly ReportCollection Reports = SeedReports.All();

    [Fact]
    public void Within_lists_the_reports_of_the_regions_inside_a_region()
    {
        var districts = Reports.Within("北京市");
        Assert.Equal(new[] { "dongcheng-2024", "shijingshan-2023", "shijingshan-2025", "xicheng-2020", "xicheng-2024", "mentougou-2023" },
            districts.Select(r => r.Id));
        Assert.Equal(districts.Select(r => r.Id), Reports.Within("Beijing").Select(r => r.Id));
        Assert.Equal(districts.Select(r => r.Id), Reports.Within("北京").Select(r => r.Id));
        Assert.Empty(Reports.Within("石景山区"));
        Assert.Empty(Reports.Within("上海市"));
        Assert.Empty(Reports.Within("不存在的地方"));
    }

    [Theory]
    [InlineData("地区生产总值")]
    [InlineData("生产总值")]
    [InlineData("国内生产总值")]
    [InlineData("GDP")]
    public void Chinese_name_variants_of_gdp_ask_for_the_same_standard_indicator(string name)
    {
        var amounts = Reports.Series(name, "石景山区");
        Assert.Equal(new[] { (2022, 980m), (2024, 1200m) }, amounts.Select(p => (p.Year, p.Value)));
        Assert.Equal(StandardIndicator.Gdp, amounts.Query.Standard);
        Assert.Equal(new[] { 2m, 5.5m }, Reports.Series(name, "石景山区", IndicatorKind.Growth).Select(p => p.Value));
        Assert.Equal(new[] { 5m }, Reports.Series(name, "石景山区", IndicatorKind.TargetGrowth).Select(p => p.Value));
        Assert.Contains(Reports.Compare(name, 2023, IndicatorKind.Growth), r => r.Region == "北京市" && r.Value == 5.2m);
    }

    [Fact]
    public void Other_names_still_match_as_written()
    {
        Assert.Equal(new[] { 5000m, 3136m }, Reports.Series("停车位", "石景山区").Select(p => p.Value));
        Assert.Null(Reports.Series("停车位", "石景山区").Query.Standard);
    }

    [Fact]
    public void Targets_and_results_pair_the_plan_year_target_with_the_next_reports_result()
    {
        // 石景山区: the 2023 report sets 2023's target (5% 左右) and reports 2022 (2%); the 2025 report reports 2024 (5.5%).
        var rows = Reports.TargetsAndResults(StandardIndicator.GdpGrowth, "石景山区");
        Assert.Equal(new[] { 2022, 2023, 2024 }, rows.Select(r => r.Year));
        Assert.Equal((null, 2m), (rows[0].Target?.Value, rows[0].Result?.Value));
        Assert.Equal((5m, (decimal?)null), (rows[1].Target?.Value, rows[1].Result?.Value));
        Assert.Equal("shijingshan-2023", rows[1].Target!.Report.Id);
        Assert.Equal(5.5m, rows[2].Result!.Value);
        Assert.Null(rows[2].Difference);
        Assert.Equal("2023年 目标 增长 5% 左右, 结果 -", rows[1].ToString());

        // 北京市 2024 sets 2024's target and reports 2023; 西城区 has a 2020 target and 2019 and 2023 results.
        var xicheng = Reports.TargetsAndResults(StandardIndicator.GdpGrowth, "西城区");
        Assert.Contains(xicheng, r => r.Year == 2020 && r.Target?.Value == 6m);
    }
}
