using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// Cross-report queries by standard indicator read each report's <see cref="Report.FactsOf"/> only, so a report with a
/// compact index of its standard facts never builds the rest (here: a report whose full fact list throws).
/// </summary>
public class StandardFactsTests
{
    [Fact]
    public void Compare_and_series_by_standard_indicator_never_read_the_full_fact_list()
    {
        var growth = new Indicator("样本壬区-2024", "地区生产总值", StandardIndicator.GdpGrowth, Quantity.Of(4.4m, "%"), null, Measure.Change,
            FactStatus.Actual, Direction.Up, Qualifiers.None, 2023, 2023, false, "地区生产总值增长4.4%", 3, null);
        var reports = new ReportCollection(new Report[] { new IndexedOnlyReport(growth), SeedReports.Beijing2024 });

        Assert.Contains(reports.Compare(StandardIndicator.GdpGrowth, 2023), r => r.Region == "样本壬区" && r.Value == 4.4m);
        Assert.Equal(new[] { 4.4m }, reports.Series(StandardIndicator.GdpGrowth, "样本壬区").Select(p => p.Value));
        Assert.Equal(new[] { 4.4m }, reports.Series("生产总值", "样本壬区", IndicatorKind.Growth).Select(p => p.Value));
        Assert.DoesNotContain(reports.Compare(StandardIndicator.Gdp, 2023), r => r.Region == "样本壬区");
    }

    [Fact]
    public void The_default_FactsOf_filters_the_fact_list_in_text_order()
    {
        var report = SeedReports.Mentougou2023;
        Assert.Equal(new[] { "地方级一般公共预算收入", "区级一般公共预算收入" }, report.FactsOf(StandardIndicator.GeneralBudgetRevenue).Select(f => f.Name));
        Assert.Empty(report.FactsOf(StandardIndicator.Pm25));
    }

    [Fact]
    public void A_generated_report_builds_only_the_facts_of_the_key_asked_for()
    {
        var report = CompiledCorpus.Compile("beijing/shijingshan-2023.txt").Single();
        var gdp = report.FactsOf(StandardIndicator.Gdp);
        Assert.Contains(gdp, f => f.Value == 980m && f.Unit == "亿元");   // 地区生产总值完成 980 亿元 (line 22)
        // The report's fact cache holds the facts asked for and no other (of more than 100).
        var data = Assert.IsType<ReportSdk.Generated.TableReport>(report).Data;
        Assert.Equal(gdp.Count, data.DecodedFacts);
        Assert.True(report.Indicators.Count > 100);

        Assert.Equal(report.Indicators.Where(i => i.Standard == StandardIndicator.Gdp), gdp);
        Assert.Empty(report.FactsOf((StandardIndicator)999));
    }

    private sealed class IndexedOnlyReport : Report
    {
        private readonly Indicator _growth;

        public IndexedOnlyReport(Indicator growth)
            : base(new ReportInfo("样本壬区-2024", "样本壬区", null, RegionLevel.District, 2024, 2023, 2024, null, null, null, null, "样本壬区政府工作报告",
                new SourceRef("ren.txt", 1, 5, new string('0', 64), "test"), true)) => _growth = growth;

        public override IReadOnlyList<Section> Sections => throw new InvalidOperationException("sections built");
        public override IReadOnlyList<Indicator> Indicators => throw new InvalidOperationException("every fact built");
        public override IReadOnlyList<GlossaryEntry> Glossary => throw new InvalidOperationException("glossary built");

        public override IReadOnlyList<Indicator> FactsOf(StandardIndicator indicator) =>
            indicator == StandardIndicator.GdpGrowth ? new[] { _growth } : Array.Empty<Indicator>();
    }
}
