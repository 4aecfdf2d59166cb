using ReportSdk.Generator.Parsing;
using Xunit;
using GenLevel = ReportSdk.Generator.Vocabulary.RegionLevel;

namespace ReportSdk.Tests.Parsing;

/// <summary>Title blocks, datelines, speaker lines and regions, on real lines from the seeds.</summary>
public sealed class MetadataParserTests
{
    [Fact]
    public void Spaced_title_with_no_break_spaces_and_wrapped_dateline_004_230()
    {
        var meta = MetadataParser.Parse("政\u00A0府\u00A0工\u00A0作\u00A0报\u00A0告", new[]
        {
            "", "——2024年1月9日在北京市东城区第十七届", "", "人民代表大会第四次会议上", "", "北京市东城区人民政府区长\u00A0\u00A0周金星",
        });
        Assert.Equal("政府工作报告", meta.Title);
        Assert.Equal("东城区", meta.Region!.Value.Name);
        Assert.Equal("2024-01-09", meta.Date);
        Assert.Equal("北京市东城区第十七届人民代表大会第四次会议", meta.Congress);
        Assert.Equal(("周金星", "区长"), (meta.Speaker, meta.SpeakerTitle));
    }

    [Fact]
    public void Chinese_numeral_dateline_and_nbsp_speaker_line_004_44_46()
    {
        var meta = MetadataParser.Parse("政府工作报告", new[] { "", "二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上", "", "北京市市长\u00A0殷勇" });
        Assert.Equal("2024-01-21", meta.Date);
        Assert.Equal(2024, meta.DateYear);
        Assert.Equal("北京市第十六届人民代表大会第二次会议", meta.Congress);
        Assert.Equal(("殷勇", "市长"), (meta.Speaker, meta.SpeakerTitle));
        Assert.Equal(("北京市", GenLevel.Municipality), (meta.Region!.Value.Name, meta.Region!.Value.Level));
    }

    [Fact]
    public void Page_title_with_brackets_and_spaced_name_of_an_acting_head_001_3_9()
    {
        var meta = MetadataParser.Parse("(北京市)北京市石景山区人民政府工作报告(2025年1月8日)", new[]
        {
            "", "  ——2025年1月8日 在北京市石景山区第十七届", "", "  人民代表大会第五次会议上", "", "  北京市石景山区人民政府代区长 万 隆",
        });
        Assert.Equal(("石景山区", GenLevel.District), (meta.Region!.Value.Name, meta.Region!.Value.Level));
        Assert.Equal("Shijingshan", meta.Region!.Value.English);
        Assert.Equal("2025-01-08", meta.Date);
        Assert.Equal(("万隆", "代区长"), (meta.Speaker, meta.SpeakerTitle));
        Assert.Equal("北京市石景山区第十七届人民代表大会第五次会议", meta.Congress);
    }

    [Fact]
    public void Bare_title_states_only_the_region_000_2()
    {
        var meta = MetadataParser.Parse("石景山区政府工作报告", new string[0]);
        Assert.Equal("石景山区", meta.Region!.Value.Name);
        Assert.Null(meta.Date);
        Assert.Null(meta.Speaker);
        Assert.Null(meta.Congress);
    }

    [Theory]
    [InlineData("某某县政府工作报告", "某某县", GenLevel.County)]
    [InlineData("河北省保定市某某区人民政府工作报告", "某某区", GenLevel.District)]
    [InlineData("湖北省人民政府工作报告", "湖北省", GenLevel.Province)]
    public void Unknown_regions_still_resolve(string title, string region, GenLevel level)
    {
        var meta = MetadataParser.Parse(title, new[] { "某某县人民政府县长 张三" });
        Assert.Equal((region, level), (meta.Region!.Value.Name, meta.Region!.Value.Level));
    }

    [Theory]
    [InlineData("——2024年1月9日在北京市西城区第十七届", "2024-01-09")]
    [InlineData("二〇二四年一月二十一日", "2024-01-21")]
    [InlineData("(2025年1月8日)", "2025-01-08")]
    [InlineData("二〇二〇年十二月三十一日", "2020-12-31")]
    public void Dates_in_arabic_and_chinese_numerals(string text, string iso)
    {
        Assert.True(DateParser.TryFind(text, out string actual, out _));
        Assert.Equal(iso, actual);
    }

    [Theory]
    [InlineData("过去三年年均增速达6.2%")]
    [InlineData("2023年")]
    [InlineData("2024年13月1日")]
    public void Non_dates_are_rejected(string text) => Assert.False(DateParser.TryFind(text, out _, out _));

    [Theory]
    [InlineData("北京市西城区人民政府区长  孙硕 ", "区长", "孙硕")]
    [InlineData("北京市市长\u00A0殷勇", "市长", "殷勇")]
    [InlineData("某某省人民政府代省长 王 五", "代省长", "王五")]
    public void Speaker_lines(string line, string title, string name)
    {
        Assert.True(SpeakerParser.TryParse(line, out _, out string t, out string n));
        Assert.Equal((title, name), (t, n));
    }

    [Fact]
    public void Body_text_is_not_a_speaker_line() =>
        Assert.False(SpeakerParser.TryParse("持续健全接诉即办体制机制,开展市长热线专项工作", out _, out _, out _));
}
