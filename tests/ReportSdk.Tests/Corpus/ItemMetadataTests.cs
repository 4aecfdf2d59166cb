using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Generator;
using Xunit;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// <c>&lt;ReportSource Include="…" Region="…" Year="…" Date="…" Speaker="…" /&gt;</c>: the item supplies what a text
/// lacks and corrects an inference, with RSDK020 when the text says otherwise.
/// </summary>
public class ItemMetadataTests
{
    // The opening of a report with no title block and no region (the start of a national report, the address changed).
    private const string NoRegion =
        "各位代表：\n现在，我向大会报告工作，请予审议。\n一、2018年工作回顾\n过去一年，地区生产总值增长6.6%。\n" +
        "二、2019年工作安排\n今年地区生产总值增长6%左右。\n";

    private const string Titled =
        "石景山区政府工作报告\n——2023年1月5日在北京市石景山区第十七届人民代表大会第二次会议上\n区长　李新\n各位代表：\n" +
        "一、2022年工作回顾\n过去一年，地区生产总值完成980亿元。\n二、2023年主要任务\n今年地区生产总值增长5%左右。\n";

    [Fact]
    public void A_text_without_a_region_is_a_report_when_the_item_names_one()
    {
        Assert.Empty(ReportParser.Parse("/r/a.txt", NoRegion).Reports);

        var parsed = ReportParser.Parse("/r/a.txt", NoRegion, new ItemMetadata("延庆区", null, "2019-01-08", "于波"), default);
        var report = Assert.Single(parsed.Reports);
        Assert.Equal(("延庆区", "110119", "北京市", 2019, 2018), (report.Region, report.DivisionCode, report.Parents[0].Name, report.DeliveredYear, report.ReviewYear));
        Assert.Equal(("2019-01-08", "于波"), (report.Date, report.Speaker));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "RSDK020");
    }

    [Fact]
    public void Where_the_text_says_otherwise_the_item_wins_with_RSDK020_naming_both()
    {
        var parsed = ReportParser.Parse("/r/b.txt", Titled, new ItemMetadata("门头沟区", "2024", null, "李 新"), default);
        var report = Assert.Single(parsed.Reports);
        Assert.Equal(("门头沟区", 2024, "mentougou-2024"), (report.Region, report.DeliveredYear, report.Id));
        var messages = parsed.Diagnostics.Where(d => d.Id == "RSDK020").Select(d => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, m => m.Contains("Region=\"门头沟区\"") && m.Contains("'石景山区'"));
        Assert.Contains(messages, m => m.Contains("Year=\"2024\"") && m.Contains("'2023'"));
        Assert.Contains(messages, m => m.Contains("Speaker=\"李 新\"") && m.Contains("'李新'"));
        Assert.Equal(1, parsed.Diagnostics.Single(d => d.Id == "RSDK020" && d.MessageArgs[0] == "Region").Location!.StartLine + 1);
    }

    [Fact]
    public void The_same_values_as_the_text_say_nothing()
    {
        var parsed = ReportParser.Parse("/r/c.txt", Titled, new ItemMetadata("石景山区", "2023", "2023-01-05", "李新"), default);
        Assert.Single(parsed.Reports);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "RSDK020");
    }

    [Fact]
    public void The_generator_reads_the_item_metadata_of_each_file()
    {
        var run = DriverRun.Start(new[]
        {
            GeneratorHarness.Text("/r/a.txt", NoRegion, new Dictionary<string, string> { ["Region"] = "延庆区", ["Year"] = "2019" }),
            GeneratorHarness.Text("/r/b.txt", Titled),
        });
        Assert.Contains(run.Sources.Values, s => s.Contains("\"yanqing-2019\"", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources.Values, s => s.Contains("\"shijingshan-2023\"", System.StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "RSDK002" or "RSDK020");
        GeneratorHarness.AssertCompiles(run.Output);
    }
}
