using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The sample's queries over the bundled catalog (all of seeds/), against figures read by hand from the texts (quotes
/// in the comments). Test reports other tests register use invented regions, so they cannot disturb these.
/// </summary>
public class BundledCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void National_gdp_growth_target_beside_the_result()
    {
        var national = ReportCatalog.All.First(r => r.Level == RegionLevel.National).Region;
        var rows = ReportCatalog.TargetsAndResults(StandardIndicator.GdpGrowth, national);
        foreach (var row in rows) output.WriteLine(row.ToString());
        // 2017 report: 国内生产总值增长6.5%左右; 2018 report: 国内生产总值增长6.9% … 6.5%左右; 2019: 增长6.6% … 6%－6.5%;
        // 2020: 增长6.1% (no target); 2021: 增长2.3％ … 6%以上; 2022: 增长8.1% … 5.5%左右; 2023: 增长3% … 5%左右.
        var expected = new (int, decimal?, decimal?)[] { (2017, 6.5m, 6.9m), (2018, 6.5m, 6.6m), (2019, 6m, 6.1m), (2020, null, 2.3m), (2021, 6m, 8.1m), (2022, 5.5m, 3m) };
        Assert.Equal(expected, rows.Where(r => r.Year is >= 2017 and <= 2022).Select(r => (r.Year, r.Target?.Value, r.Result?.Value)));
        Assert.Equal(0.4m, rows.Single(r => r.Year == 2017).Difference);
        Assert.Equal(5m, rows.Single(r => r.Year == 2025).Target?.Value);   // 2025 report: 国内生产总值增长5%左右
    }

    [Fact]
    public void Provincial_2026_gdp_growth_targets_ranked()
    {
        var rows = ReportCatalog.CompareTargets(StandardIndicator.GdpGrowth, planYear: 2026)
            .Where(r => r.Report.Level is RegionLevel.Province or RegionLevel.Municipality)
            .OrderByDescending(r => r.Quantity)
            .ToArray();
        foreach (var row in rows) output.WriteLine(row.ToString());
        // 西藏 主要预期目标是：地区生产总值增长7%以上 ranks first; 河北 增长5%以上; 重庆 增长5%以上; 广东 增长4.5%—5%.
        Assert.Equal(("西藏自治区", 7m), (rows[0].Region, rows[0].Value));
        Assert.Contains(rows, r => r.Region == "河北省" && r.Value == 5m && r.Indicator.Qualifiers.HasFlag(Qualifiers.Over));
        Assert.Contains(rows, r => r.Region == "重庆市" && r.Value == 5m);
        Assert.Contains(rows, r => r.Region == "广东省" && r.Value == 4.5m && r.Indicator.ValueHigh == 5m);
        Assert.True(rows.Length >= 15, $"{rows.Length} provinces");
        Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.True(pair.First.Quantity >= pair.Second.Quantity));
    }

    [Fact]
    public void Lookups_by_division_code_parent_and_name_variant()
    {
        // 海拉尔区 (150702) lies in 呼伦贝尔市, which has no report of its own, in 内蒙古自治区.
        var hailaer = ReportCatalog.Within("呼伦贝尔市");
        Assert.Equal(6, hailaer.Count);
        Assert.All(hailaer, r => Assert.Equal("海拉尔区", r.Region));
        Assert.Equal(hailaer.Select(r => r.Id), ReportCatalog.Within("内蒙古自治区").Select(r => r.Id));
        Assert.Equal(hailaer.Select(r => r.Id), ReportCatalog.ForRegion("150702").Select(r => r.Id));
        Assert.Equal("guangdong-2026", ReportCatalog.Find("广东", deliveredYear: 2026)?.Id);

        // 河南 writes 生产总值 (全省生产总值增长5.6%): any Chinese variant of GDP finds it.
        foreach (var name in new[] { "地区生产总值", "生产总值", "国内生产总值" })
        {
            Assert.Contains(ReportCatalog.Series(name, "河南省", IndicatorKind.Growth), p => p.Year == 2025 && p.Value == 5.6m);
        }
    }
}
