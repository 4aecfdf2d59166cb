using Xunit;

namespace ReportSdk.Tests.Facts.Mutation;

/// <summary>
/// The word lists of UnitLexicon that no seed sentence decides: 类 and 项 as counts of kinds, and the bounds of the
/// ASCII letters (A, Z, a, z) that make a number part of a code. Each row is a seed sentence with one minimal change;
/// its comment names the seed sentence and why the real one decides nothing.
/// </summary>
public sealed class UnitLexiconWordTests
{
    [Theory]
    // national 1984 (化肥等三十多种主要产品产量) with 项 and 类: a count of kinds before a measure counts categories, it is
    // no figure of the measure (the seeds write such a count with 种 only).
    [InlineData("化肥等三十多项主要产品产量,提前两年达到", "三十 项")]
    [InlineData("化肥等三十多类主要产品产量,提前两年达到", "三十 类")]
    public void A_count_of_kinds_before_a_measure_names_no_fact(string text, string quantity)
    {
        var read = LoggedExtraction.Review(text);
        Assert.Empty(read.Facts);
        Assert.Equal(new[] { quantity }, read.Quantities);
    }

    [Theory]
    // mentougou-2023 (20 街区地块 A61 机构养老设施, where no unit follows 61) with a building code before 栋, the
    // code's letter at each bound of the ASCII letters: the number of a code is no count.
    [InlineData("完成A1栋主体结构封顶")]
    [InlineData("完成Z9栋主体结构封顶")]
    [InlineData("完成a1栋主体结构封顶")]
    [InlineData("完成z9栋主体结构封顶")]
    public void A_number_after_a_letter_is_part_of_a_code(string text) =>
        NumberScannerWordTests.AssertQuantities(text, "");
}
