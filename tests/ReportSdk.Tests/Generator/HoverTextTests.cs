namespace ReportSdk.Tests.Generator;

using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Vocabulary;
using Xunit;

/// <summary>Hover text names the report as a reader would, and says what the figure is.</summary>
public class HoverTextTests
{
    [Theory]
    [InlineData("石景山区", 2023, "北京市石景山区 2023年政府工作报告")]
    [InlineData("北京市", 2024, "北京市 2024年政府工作报告")]
    [InlineData("广东省", 2026, "广东省 2026年政府工作报告")]
    [InlineData("全国", 2019, "国务院 2019年政府工作报告")]
    [InlineData("某某县", 2024, "某某县 2024年政府工作报告")]
    public void Reports_are_named_by_issuer_and_year(string region, int year, string expected)
        => Assert.Equal(expected, DocText.ReportName(Fixture.Shijingshan2023() with { Region = region, DeliveredYear = year }));

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
