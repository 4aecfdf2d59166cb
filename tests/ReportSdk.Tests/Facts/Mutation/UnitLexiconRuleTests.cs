using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Facts.Mutation;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>
/// The rules of UnitLexicon, each pinned on a sentence copied from seeds/: a bare 万 or 亿 is a unit of its own, a
/// 多/余 inside a unit is "more than" and leaves the unit, an ASCII unit never runs into a word.
/// </summary>
public sealed class UnitLexiconRuleTests
{
    [Theory]
    // shijingshan-2023 (its line ends on 亿; the paragraph goes on with 元 on the next line): a bare 亿 at the end of a text.
    [InlineData("融年度论坛，筹建北交所服务基地，实现产业收入 1235 亿", "1235", 1235, "亿", Qualifiers.None)]
    // guangdong 2026: a bare 万 before a comma.
    [InlineData("职工医保参保人数突破5100万，社保医保统筹层次和待遇水平稳步提升", "5100", 5100, "万", Qualifiers.Over)]
    // chongqing 2026, national 1988: 多 between the magnitude and the base unit.
    [InlineData("完成家庭适老化改造6万多户，", "6", 6, "万户", Qualifiers.Over)]
    [InlineData("全国共取得重大科技成果５万多项，", "5", 5, "万项", Qualifiers.Over)]
    // beijing-dongcheng-xicheng-2024, gansu 2026: a Chinese unit followed at once by the next number is still a unit.
    [InlineData("实施困难人群临时救助1399户2357人,发放救助金869.71万元,居全市首位", "1399", 1399, "户", Qualifiers.None)]
    [InlineData("让13.07万户46万群众远离了危险、搬进了幸福。", "13.07", 13.07, "万户", Qualifiers.None)]
    public void A_magnitude_is_a_unit_alone_and_takes_more_than_before_its_base_unit(string text, string written, double value, string unit, Qualifiers qualifiers)
    {
        var read = LoggedExtraction.Review(text);
        var fact = Assert.Single(read.Facts, f => f.ValueText == written);
        Assert.Equal(((decimal)value, unit, qualifiers), (fact.Value, fact.Unit, fact.Qualifiers));
    }

    [Fact]
    public void An_ASCII_unit_that_runs_into_another_letter_is_no_unit()
    {
        // hunan 2026: 1.3 万PF and 4800PF are not 万P and P (PFlops is listed, PF is not); 20 倍 beside them is read.
        var read = LoggedExtraction.Review("总算力突破1.3万PF、增长20倍，智能算力达4800PF，超算算力达228PF，建成5G基站20.6万个");
        Assert.Equal(new[] { "20 倍", "20.6 万个" }, read.Quantities.OrderBy(q => q, System.StringComparer.Ordinal));
    }
}
