using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十七", 17)]
    [InlineData("二十一", 21)]
    [InlineData("一百零五", 105)]
    [InlineData("一千二百", 1200)]
    [InlineData("两千", 2000)]
    [InlineData("千", 1000)]
    [InlineData("一千二百万", 12_000_000)]
    [InlineData("三亿", 300_000_000)]
    [InlineData("一亿五千万", 150_000_000)]
    [InlineData("千亿", 100_000_000_000)]
    [InlineData("万亿", 1_000_000_000_000)]
    [InlineData("二〇二四", 2024)]
    [InlineData("二零二零", 2020)]
    [InlineData("十一", 11)]
    public void Reads_numerals(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("三个")]
    [InlineData("12")]
    public void Rejects_non_numerals(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));
}
