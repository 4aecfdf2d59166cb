using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// Which fact is "the figure" when a report or a group states several: rule tests on hand-built reports whose names
/// and values follow the seeds (区级 and 地方级 revenue, restated growth rates).
/// </summary>
public class FigurePickTests
{
    private const string Local = "地方级一般公共预算收入";
    private const string District = "区级一般公共预算收入";

    // A district report delivered in 2024 stating its 2023 revenue under the given names, in this order.
    private static TestReport Revenues(string id, string region, params (string Name, decimal Value)[] revenues)
    {
        var report = new TestReport(id + "-2024", region, null, RegionLevel.District, 2024, id + "-2024.txt", 1, 200);
        int line = 10;
        foreach (var (name, value) in revenues) report.Actual(name, StandardIndicator.GeneralBudgetRevenue, value, "亿元", name + value + "亿元", line++);
        return report;
    }

    private static decimal[] Compared(params Report[] reports) =>
        new ReportCollection(reports).Compare(StandardIndicator.GeneralBudgetRevenue, 2023).Select(r => r.Value).ToArray();

    [Fact]
    public void Of_several_plan_year_figures_outside_the_main_targets_the_first_stated_is_the_target()
    {
        var report = new TestReport("dongcheng-2024", "东城区", "Dongcheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 230, 360)
            .Target("地区生产总值", StandardIndicator.GdpGrowth, 6m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长6%", 270, main: false)
            .Target("地区生产总值", StandardIndicator.GdpGrowth, 5.5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长5.5%", 275, main: false);
        Assert.Equal(6m, report.Target(StandardIndicator.GdpGrowth)!.Value);
    }

    [Fact]
    public void Ties_between_names_go_to_the_name_seen_first()
    {
        // 地方级 in two regions, 区级 in two: 地方级 came first, so the region stating both gives its 地方级 figure.
        var values = Compared(
            Revenues("a", "甲区", (Local, 50m)),
            Revenues("b", "乙区", (District, 30m)),
            Revenues("c", "丙区", (District, 20m), (Local, 40m)));
        Assert.Equal(new[] { 50m, 30m, 40m }, values);
    }

    [Fact]
    public void A_name_counts_once_per_region_however_often_its_report_repeats_it()
    {
        // 甲区 repeats 地方级 (overview and budget section): one region, so 区级 (three regions) still wins in 丁区.
        var values = Compared(
            Revenues("a", "甲区", (Local, 50m), (Local, 50m)),
            Revenues("b", "乙区", (District, 30m)),
            Revenues("c", "丙区", (District, 20m)),
            Revenues("d", "丁区", (District, 25m), (Local, 45m)));
        Assert.Equal(new[] { 50m, 30m, 20m, 25m }, values);
    }

    [Fact]
    public void For_results_the_main_target_mark_plays_no_part()
    {
        // A result restated in the 主要预期目标 paragraph carries its mark; the series still gives the first result stated.
        var report = new TestReport("xicheng-2024", "西城区", "Xicheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 362, 572)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.8m, "全年地区生产总值同比增长5.8%", 384)
            .Actual("地区生产总值", StandardIndicator.GdpGrowth, 5.2m, "%", "在去年增长5.2%的基础上", 470, kind: IndicatorKind.Growth, direction: Direction.Up, main: true);
        var reports = new ReportCollection(new Report[] { report });
        Assert.Equal(5.8m, Assert.Single(reports.Series(StandardIndicator.GdpGrowth, "西城区")).Value);
        Assert.Equal(5.8m, Assert.Single(reports.Compare(StandardIndicator.GdpGrowth, 2023)).Value);
        Assert.Equal(5.8m, report.Actual(StandardIndicator.GdpGrowth)!.Value);
    }
}
