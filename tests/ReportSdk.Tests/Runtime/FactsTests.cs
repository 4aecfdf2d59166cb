using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class FactsTests
{
    private readonly ReportCollection _reports = SeedReports.All();

    // The answer a linear scan gives, to check the indexes against.
    private ReportFact[] Scan(System.Func<Report, Indicator, bool> predicate) =>
        _reports.SelectMany(r => r.Indicators.Where(i => predicate(r, i)).Select(i => new ReportFact(r, i))).ToArray();

    [Fact]
    public void Targets_of_a_plan_year_are_every_target_and_target_growth()
    {
        var targets = _reports.Targets(2024);
        Assert.Equal(Scan((r, i) => i.Period == 2024 && i.Kind is IndicatorKind.Target or IndicatorKind.TargetGrowth), targets);
        Assert.Contains(targets, f => f.Region == "北京市" && f.Indicator.Standard == StandardIndicator.SurveyedUnemploymentRate && f.Value == 5m);
        Assert.Contains(targets, f => f.Region == "东城区" && f.Indicator.Standard == StandardIndicator.GdpGrowth && f.Value == 4.5m);
        Assert.Empty(_reports.Targets(1999));
    }

    [Fact]
    public void Growths_and_facts_by_kind_follow_the_period()
    {
        var growths = _reports.Growths(2023);
        Assert.Equal(Scan((r, i) => i.Period == 2023 && i.Kind == IndicatorKind.Growth), growths);
        Assert.Contains(growths, f => f.Region == "西城区" && f.Value == 5.8m);

        var share = Assert.Single(_reports.Facts(IndicatorKind.Share, 2024));
        Assert.Equal(("石景山区", 90m, "%"), (share.Region, share.Value, share.Unit));
    }

    [Fact]
    public void Facts_by_standard_indicator_come_in_catalog_order()
    {
        var turnover = _reports.Facts(StandardIndicator.TechContractTurnover);
        Assert.Equal(new[] { ("shijingshan-2023", 205.6m), ("shijingshan-2025", 196.5m) }, turnover.Select(f => (f.Report.Id, f.Value)));
        Assert.Equal(Scan((r, i) => i.Standard == StandardIndicator.Gdp), _reports.Facts(StandardIndicator.Gdp));
    }

    [Fact]
    public void Report_extensions_pick_headline_figures()
    {
        Assert.Equal(980m, SeedReports.Shijingshan2023.Actual(StandardIndicator.Gdp)!.Value);
        Assert.Equal(2m, SeedReports.Shijingshan2023.Actual(StandardIndicator.GdpGrowth)!.Value);
        Assert.Equal(5m, SeedReports.Shijingshan2023.Target(StandardIndicator.GdpGrowth)!.Value);
        Assert.Null(SeedReports.Shijingshan2023.Target(StandardIndicator.Gdp));
        Assert.Equal(5m, SeedReports.Dongcheng2024.Actual(StandardIndicator.GdpGrowth)!.Value); // not the 6.2% span
        Assert.Null(SeedReports.Shijingshan2025.Target(StandardIndicator.GdpGrowth));          // text cut off before the plan part
        Assert.Equal(new[] { 5m, 3m, 4m }, SeedReports.Shijingshan2023.MainTargets().Select(i => i.Value));
    }

    [Fact]
    public void AllSections_walks_the_tree_depth_first()
    {
        Assert.Equal(new[] { 4, 220, 436 }, SeedReports.Shijingshan2023.AllSections().Select(s => s.Line));
        Assert.Equal(new[] { 1, 2, 1 }, SeedReports.Shijingshan2023.AllSections().Select(s => s.Level));
    }
}
