namespace ReportSdk.Tests.Generator;

using System.Linq;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;
using Xunit;

/// <summary>Hover text names the report as a reader would, and says what the figure is.</summary>
public class HoverTextTests
{
    [Theory]
    [InlineData("石景山区", RegionLevel.District, "北京市", 2023, "北京市石景山区 2023年政府工作报告")]
    [InlineData("海拉尔区", RegionLevel.District, "呼伦贝尔市,内蒙古自治区", 2016, "内蒙古自治区呼伦贝尔市海拉尔区 2016年政府工作报告")]
    [InlineData("北京市", RegionLevel.Municipality, "", 2024, "北京市 2024年政府工作报告")]
    [InlineData("广东省", RegionLevel.Province, "", 2026, "广东省 2026年政府工作报告")]
    [InlineData("全国", RegionLevel.National, "", 2019, "国务院 2019年政府工作报告")]
    [InlineData("某某县", RegionLevel.County, "", 2024, "某某县 2024年政府工作报告")]
    public void Reports_are_named_by_issuer_and_year(string region, RegionLevel level, string parents, int year, string expected)
    {
        var chain = parents.Split(',', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new RegionRefModel(p, null, RegionLevel.Unknown, null)).ToEquatableArray();
        var report = Fixture.Shijingshan2023() with { Region = region, Level = level, Parents = chain, DeliveredYear = year };
        Assert.Equal(expected, DocText.ReportName(report));
    }

    [Fact]
    public void A_fact_hover_says_what_the_figure_is_and_where_it_is_stated()
    {
        var report = Fixture.Shijingshan2023();
        var fact = Fixture.Fact("收入", null, 1350m, "亿元", IndicatorKind.Target, 2023, "现代金融产业收入达到1350亿元", 64, Qualifiers.About, section: "2023年主要任务")
            with { Label = "现代金融产业收入" };
        Assert.Equal("收入（现代金融产业收入）：1350 亿元（2023 年，目标，约，主要预期目标）", DocText.FactHeadline(fact));
        Assert.Equal("北京市石景山区 2023年政府工作报告, line 64 · 2023年主要任务", DocText.Where(report, fact.Line, fact.Section));
    }
}
