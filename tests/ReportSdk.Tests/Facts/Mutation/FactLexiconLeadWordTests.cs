using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

/// <summary>
/// The scan bounds of <c>FactLexicon.LeadWordLength</c> (a year, an item number, a count opening a piece) that no seed
/// sentence decides. Each row is a real seed sentence (source lines split at '|') with the minimal change that makes
/// the bound matter; the comment names the seed sentence and says why the real one does not decide it.
/// </summary>
public sealed class FactLexiconLeadWordTests
{
    [Fact]
    public void A_year_written_with_度_that_opens_a_piece_is_no_part_of_the_name()
    {
        // Modelled on seeds/fujian/2026.txt line 19 (2025年全省地区生产总值60199.45亿元), the year written with 年度 as
        // reports write a fiscal year; no seed piece opens on a 年度 year before a value.
        var fact = Review("2025年度全省地区生产总值60199.45亿元").Single(60199.45m, "亿元");
        Assert.Equal("地区生产总值", fact.Name);
    }

    [Theory]
    // Modelled on seeds/beijing/xicheng-2020.txt lines 370-372 (518家文化产业单位总收入|预计实现1000亿元), the count
    // written with a decimal point and 万 as counts of units often are; the seed's count is a whole number, so the loop
    // over a decimal count, and a count opening on 0, are decided by no seed piece.
    [InlineData("5.18万家")]
    [InlineData("0.59万家")]
    [InlineData("5.09万家")]
    public void A_decimal_count_that_opens_a_piece_is_no_part_of_the_name(string count)
    {
        var fact = Review($"{count}文化产业单位总收入", "预计实现1000亿元").Single(1000m, "亿元");
        Assert.Equal("文化产业单位总收入", fact.Name);
    }

    [Fact]
    public void An_item_number_after_the_first_item_of_a_paragraph_is_no_part_of_the_name()
    {
        // Modelled on seeds/inner-mongolia/2026.txt lines 63-64: the seed puts each numbered item on its own line, where
        // the item number opens the text; here the two items run on in one paragraph, as reports also write them.
        var fact = Review("1.通过“以工代赈”发放劳务报酬12亿元。2.实现城镇新增就业18万人以上").Single(18m, "万人");
        Assert.Equal("城镇新增就业", fact.Name);
    }
}
