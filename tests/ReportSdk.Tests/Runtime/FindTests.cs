using System;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class FindTests
{
    private readonly ReportCollection _reports = SeedReports.All();

    [Theory]
    [InlineData("shijingshan-2025")]
    [InlineData("SHIJINGSHAN-2025")]
    [InlineData(" shijingshan-2025 ")]
    public void Find_by_id_ignores_case(string id) => Assert.Same(SeedReports.Shijingshan2025, _reports.Find(id));

    [Theory]
    [InlineData("石景山区")]
    [InlineData("石景山")]
    [InlineData("Shijingshan")]
    [InlineData("shijingshan")]
    [InlineData("SHIJINGSHAN")]
    [InlineData("北京市石景山区")]
    [InlineData("石景山 区")]
    [InlineData("shijingshan-2023")]
    public void Find_by_region_and_delivered_year_accepts_every_name(string region)
    {
        Assert.Same(SeedReports.Shijingshan2023, _reports.Find(region, 2023));
        Assert.Same(SeedReports.Shijingshan2025, _reports.Find(region, 2025));
        Assert.Null(_reports.Find(region, 2024));
    }

    [Fact]
    public void Unknown_regions_and_ids_give_null()
    {
        Assert.Null(_reports.Find("海淀区", 2024));
        Assert.Null(_reports.Find("haidian-2024"));
        Assert.Null(_reports.Find(""));
        Assert.Empty(_reports.ForRegion("Haidian"));
        Assert.Empty(_reports.ForRegion("   "));
    }

    [Fact]
    public void ForRegion_lists_a_regions_reports_oldest_first()
    {
        Assert.Equal(new[] { "xicheng-2020", "xicheng-2024" }, _reports.ForRegion("Xicheng").Select(r => r.Id));
        Assert.Equal(new[] { "beijing-2024" }, _reports.ForRegion("北京").Select(r => r.Id));
    }

    [Fact]
    public void Regions_are_listed_once_in_ordinal_order()
    {
        var expected = new[] { "东城区", "北京市", "石景山区", "西城区", "门头沟区" }.OrderBy(r => r, StringComparer.Ordinal);
        Assert.Equal(expected, _reports.Regions);
    }

    [Fact]
    public void A_short_name_shared_by_two_regions_resolves_to_neither()
    {
        // 朝阳区 (Beijing) and 朝阳市 (Liaoning) both shorten to 朝阳; their full names still work.
        var district = new TestReport("chaoyang-2024", "朝阳区", "Chaoyang", RegionLevel.District, 2024, "a.txt", 1, 10);
        var city = new TestReport("朝阳市-2024", "朝阳市", null, RegionLevel.City, 2024, "b.txt", 1, 10);
        var reports = new ReportCollection(new Report[] { district, city });
        Assert.Null(reports.Find("朝阳", 2024));
        Assert.Same(district, reports.Find("朝阳区", 2024));
        Assert.Same(district, reports.Find("chaoyang", 2024));
        Assert.Same(city, reports.Find("朝阳市", 2024));
        Assert.Same(city, reports.Find("朝阳市-2024"));
    }

    [Fact]
    public void The_first_of_two_reports_with_one_id_wins()
    {
        var first = new TestReport("shijingshan-2023", "石景山区", "Shijingshan", RegionLevel.District, 2023, "a.txt", 1, 10);
        var second = new TestReport("shijingshan-2023", "石景山区", "Shijingshan", RegionLevel.District, 2023, "b.txt", 1, 10);
        var reports = new ReportCollection(new Report[] { first, second });
        Assert.Same(first, reports.Find("shijingshan-2023"));
        Assert.Same(first, reports.Find("石景山区", 2023));
        Assert.Equal(2, reports.Count);
    }
}
