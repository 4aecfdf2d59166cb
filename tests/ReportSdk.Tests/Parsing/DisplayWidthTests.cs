namespace ReportSdk.Tests.Parsing;

using ReportSdk.Generator.Parsing;
using Xunit;

/// <summary>
/// The display width the layout measure reads (a line's width tells a hard-wrapped page from one line per paragraph):
/// two columns for every wide range, one for the rest.
/// </summary>
public class DisplayWidthTests
{
    [Theory]
    [InlineData("政府工作报告", 12)] // CJK ideographs
    [InlineData("ㄅㄆ", 4)]          // bopomofo, inside the CJK block's range
    [InlineData("ᄀ", 2)]            // Hangul jamo
    [InlineData("가나", 4)]          // Hangul syllables
    [InlineData("豈", 2)]            // CJK compatibility ideographs
    [InlineData("︰", 2)]            // CJK compatibility forms
    [InlineData("（２）", 6)]         // full-width forms
    [InlineData("￥", 2)]            // full-width signs
    [InlineData("“”‘’—…", 12)]      // the punctuation Chinese text sets wide
    [InlineData("GDP 5.2%", 8)]     // ASCII
    [InlineData("ｱ", 1)]            // half-width katakana
    public void Wide_ranges_take_two_columns_and_the_rest_one(string text, int width)
        => Assert.Equal(width, Normalizer.Width(text));
}
