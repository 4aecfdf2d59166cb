using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The queries over the reports bundled in ReportSdk.dll (generated from seeds/), against figures read from the
/// seed texts by hand. Queried through a collection of the bundled set only, so sets other tests register cannot
/// interfere.
/// </summary>
public class BundledQueryTests
{
    private static readonly ReportCollection Bundled = new(
        ReportCatalog.Sets.Where(s => s.GetType().Assembly == typeof(Report).Assembly).SelectMany(s => s.Reports));

    [Fact]
    public void Shijingshan_gdp_series_2022_to_2024()
    {
        // 000:22 地区生产总值完成 980 亿元 (初步预计); 001:21 预计全年地区生产总值突破1200亿元
        Assert.Equal(new[] { (2022, 980m, "亿元"), (2024, 1200m, "亿元") },
            Bundled.Series(StandardIndicator.Gdp, "石景山区").Select(p => (p.Year, p.Value, p.Unit)));
        // 000:24 同比增长 2%左右; 001:21 同比增长5.5%左右
        Assert.Equal(new[] { 2m, 5.5m }, Bundled.Series(StandardIndicator.GdpGrowth, "Shijingshan").Select(p => p.Value));
    }

    [Fact]
    public void Xicheng_series_keep_the_district_level_revenue()
    {
        // 003:31 地区生产总值预计达到4500亿元; 004:384 全年地区生产总值突破6000亿元大关
        Assert.Equal(new[] { (2019, 4500m), (2023, 6000m) }, Bundled.Series(StandardIndicator.Gdp, "西城").Select(p => (p.Year, p.Value)));
        // 003:33 区级一般公共预算收入完成431.1亿元; 004:384 区级…452.7亿元 (beside 地方级 1012.9 亿元)
        Assert.Equal(new[] { (2019, 431.1m), (2023, 452.7m) },
            Bundled.Series(StandardIndicator.GeneralBudgetRevenue, "Xicheng").Select(p => (p.Year, p.Value)));
    }

    [Fact]
    public void Gdp_growth_2023_across_regions()
    {
        // 东城 004:246 5%左右, 北京 004:56 5.2%, 西城 004:384 5.8%; no other seed reports 2023
        var rows = Bundled.Compare(StandardIndicator.GdpGrowth, 2023).ToDictionary(r => r.Region, r => r.Value);
        Assert.Equal(3, rows.Count);
        Assert.Equal((5m, 5.2m, 5.8m), (rows["东城区"], rows["北京市"], rows["西城区"]));

        var targets = Bundled.CompareTargets(StandardIndicator.GdpGrowth, 2024).ToDictionary(r => r.Region, r => r.Value);
        Assert.Equal((4.5m, 5m, 5m), (targets["东城区"], targets["北京市"], targets["西城区"]));
    }

    [Fact]
    public void Find_and_search_the_bundled_reports()
    {
        Assert.Equal("万隆", Bundled.Find("Shijingshan", 2025)!.Speaker);
        Assert.Equal("beijing-2024", Bundled.Find("北京", 2024)!.Id);
        var parking = Bundled.Search("停车位", SearchScope.Indicators);
        Assert.Contains(parking, h => h.Report.Id == "shijingshan-2023" && h.Line == 260 && h.Indicator!.Value == 5000m);
        Assert.All(parking, h => Assert.Contains("停车位", h.Indicator!.Name + h.Indicator.Quote.Replace(" ", "")));
    }
}
