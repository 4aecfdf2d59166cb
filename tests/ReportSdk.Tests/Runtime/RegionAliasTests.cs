using System;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// Every alias a region answers to, on small collections built in each test: division codes, id prefixes, the regions
/// above a report when none of them has a report of its own, names two regions share, and null arguments.
/// </summary>
public class RegionAliasTests
{
    private static readonly RegionRef Hulunbuir = new("呼伦贝尔市", "Hulunbuir", RegionLevel.City, "150700");
    private static readonly RegionRef InnerMongolia = new("内蒙古自治区", "Nei Mongol", RegionLevel.Province, "150000");

    // 海拉尔区 (seeds/inner-mongolia/hulunbuir-hailaer-YYYY.txt): its id prefix is not its English name.
    private static TestReport Hailaer(int year) =>
        new($"hulunbuir-hailaer-{year}", "海拉尔区", "Hailaer", RegionLevel.District, year, $"hulunbuir-hailaer-{year}.txt", 1, 100,
            code: "150702", parents: new[] { Hulunbuir, InnerMongolia });

    [Fact]
    public void A_report_is_found_by_its_division_code_and_by_its_id_prefix()
    {
        var reports = new ReportCollection(new Report[] { Hailaer(2016), Hailaer(2017) });
        Assert.Equal("hulunbuir-hailaer-2016", reports.Find("150702", 2016)?.Id);
        Assert.Equal("hulunbuir-hailaer-2017", reports.Find("hulunbuir-hailaer", 2017)?.Id);
        Assert.Equal("hulunbuir-hailaer-2017", reports.Find("HULUNBUIR-HAILAER", 2017)?.Id);
        Assert.Equal(new[] { 2016, 2017 }, reports.ForRegion("150702").Select(r => r.DeliveredYear));
        Assert.Equal("hulunbuir-hailaer-2016", reports.Find("呼伦贝尔市海拉尔区", 2016)?.Id);
        Assert.Null(reports.Find("hulunbuir", 2016));
    }

    [Fact]
    public void A_regions_reports_come_oldest_first_whatever_order_they_were_registered_in()
    {
        var reports = new ReportCollection(new Report[] { Hailaer(2017), Hailaer(2015), Hailaer(2016) });
        Assert.Equal(new[] { 2015, 2016, 2017 }, reports.ForRegion("海拉尔区").Select(r => r.DeliveredYear));
    }

    [Theory]
    [InlineData("呼伦贝尔市")]
    [InlineData("Hulunbuir")]
    [InlineData("150700")]
    [InlineData("呼伦贝尔")]
    [InlineData("内蒙古自治区")]
    [InlineData("内蒙古")]
    [InlineData("150000")]
    public void Regions_above_a_report_without_a_report_of_their_own_answer_to_every_alias(string alias)
    {
        var reports = new ReportCollection(new Report[] { Hailaer(2016), Hailaer(2017) });
        Assert.Equal(new[] { "hulunbuir-hailaer-2016", "hulunbuir-hailaer-2017" }, reports.Within(alias).Select(r => r.Id));
        Assert.Empty(reports.ForRegion(alias));
    }

    [Fact]
    public void A_district_above_a_report_answers_to_its_short_name_as_report_regions_do()
    {
        var street = new TestReport("zhengyang-2017", "正阳街道", null, RegionLevel.Unknown, 2017, "zhengyang-2017.txt", 1, 50,
            parents: new[] { new RegionRef("海拉尔区", "Hailaer", RegionLevel.District, "150702"), Hulunbuir, InnerMongolia });
        var reports = new ReportCollection(new Report[] { street });
        Assert.Equal("zhengyang-2017", Assert.Single(reports.Within("海拉尔")).Id);
        Assert.Equal("zhengyang-2017", Assert.Single(reports.Within("呼伦贝尔")).Id);
        Assert.Empty(reports.Within("正阳街道"));
    }

    [Fact]
    public void A_name_two_regions_share_on_the_same_rank_finds_neither()
    {
        // 河北省 and 天津市河北区 are both Hebei in English, and both 河北 without their suffix.
        var province = new TestReport("hebei-2026", "河北省", "Hebei", RegionLevel.Province, 2026, "hebei/2026.txt", 1, 400, code: "130000");
        var district = new TestReport("tianjin-hebei-2026", "河北区", "Hebei", RegionLevel.District, 2026, "tianjin-hebei-2026.txt", 1, 300,
            code: "120105", parents: new[] { new RegionRef("天津市", "Tianjin", RegionLevel.Municipality, "120000") });
        var reports = new ReportCollection(new Report[] { province, district });
        Assert.Null(reports.Find("Hebei", 2026));
        Assert.Null(reports.Find("河北", 2026));
        // The id prefix hebei is the province's alone, but it ranks below the shared English name.
        Assert.Null(reports.Find("hebei", 2026));
        Assert.Equal("hebei-2026", reports.Find("河北省", 2026)?.Id);
        Assert.Equal("hebei-2026", reports.Find("130000", 2026)?.Id);
        Assert.Equal("tianjin-hebei-2026", reports.Find("河北区", 2026)?.Id);
        Assert.Equal("tianjin-hebei-2026", reports.Find("tianjin-hebei", 2026)?.Id);
    }

    [Fact]
    public void Null_arguments_find_nothing_or_throw_where_a_name_is_required()
    {
        var reports = SeedReports.All();
        Assert.Null(reports.Find(null!));
        Assert.Null(reports.Find(null!, 2023));
        Assert.Empty(reports.ForRegion(null!));
        Assert.Empty(reports.Within(null!));
        var series = reports.Series(StandardIndicator.Gdp, null!);
        Assert.Empty(series);
        Assert.Equal(string.Empty, series.Region);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => reports.Series((string)null!, "石景山区")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => reports.Compare((string)null!, 2023)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => new ReportCollection(null!)).ParamName);
        var withNull = Assert.Throws<ArgumentException>(() => new ReportCollection(new Report[] { SeedReports.Beijing2024, null! }));
        Assert.StartsWith("A report is null.", withNull.Message);
    }
}
