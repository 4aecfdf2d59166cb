using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>Lookups by division code and by parent over the bundled reports (codes from the GB/T 2260 table).</summary>
public class BundledLookupTests
{
    [Fact]
    public void A_report_is_found_by_its_division_code()
    {
        Assert.Equal("shijingshan-2023", ReportCatalog.Find("110107", 2023)?.Id);   // 北京市石景山区
        Assert.Equal("xicheng-2024", ReportCatalog.Find("110102", 2024)?.Id);       // 北京市西城区
        Assert.Equal(new[] { "xicheng-2020", "xicheng-2024" }, ReportCatalog.ForRegion("110102").Select(r => r.Id).Where(id => id.StartsWith("xicheng")));
        Assert.Null(ReportCatalog.Find("110107", 1999));
    }

    [Fact]
    public void Within_beijing_lists_every_bundled_district_report_and_not_beijings_own()
    {
        var districts = ReportCatalog.Within("北京市");
        foreach (var id in new[] { "dongcheng-2024", "xicheng-2020", "xicheng-2024", "shijingshan-2023", "shijingshan-2025", "mentougou-2023" })
        {
            Assert.Contains(districts, r => r.Id == id);
        }
        Assert.DoesNotContain(districts, r => r.Region == "北京市");
        Assert.All(districts, r => Assert.Equal("北京市", r.Parent?.Name));
        Assert.Equal(districts.Select(r => r.Id), ReportCatalog.Within("Beijing").Select(r => r.Id));
    }

    [Fact]
    public void A_report_is_found_by_its_short_name()
    {
        Assert.Equal("guangxi-2026", ReportCatalog.Find("广西", 2026)?.Id);         // 广西壮族自治区: the ethnic name goes too
        Assert.Equal("xinjiang-2026", ReportCatalog.Find("新疆", 2026)?.Id);        // 新疆维吾尔自治区
        Assert.Equal("guangdong-2026", ReportCatalog.Find("广东", 2026)?.Id);       // 广东省
        Assert.Equal("shijingshan-2023", ReportCatalog.Find("石景山", 2023)?.Id);   // 石景山区
        Assert.Equal("hulunbuir-hailaer-2016", ReportCatalog.Find("海拉尔", 2016)?.Id);
        Assert.Null(ReportCatalog.Find("广西壮族", 2026));
    }
}
