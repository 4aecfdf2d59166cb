using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Facts.Mutation;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>
/// The rules of NumberScanner that decide on the characters around a number (a minus sign, 如下/上述/以上 before a
/// numeral, 天/期/轮/成 after one, a span of years, a code, a class unit such as 伏). A row is a sentence copied from
/// seeds/ where one decides the rule; where none does, it is a seed sentence with one minimal change, and its comment
/// names the seed sentence and why the real one decides nothing. Every row asserts all the quantities read.
/// </summary>
public sealed class NumberScannerWordTests
{
    [Theory]
    // ningxia 2026 opens a sentence with a figure (…下降11.5%、18.7%。90%的化工园区…); no seed writes a minus sign:
    // the figure made negative. A minus at the start of a clause is the value's sign.
    [InlineData("事故起数下降11.5%。-18.7%的死亡人数增幅为近年最低", "-18.7 %|11.5 %")]
    // ningxia 2026 (事故起数、死亡人数分别下降11.5%、18.7%), made negative after a word and a comma.
    [InlineData("事故起数、死亡人数增幅分别为-11.5%,-18.7%", "-11.5 %|-18.7 %")]
    // ningxia 2026 (死亡人数分别下降18.7%), made negative after a colon, a bracket, and 一 (U+4E00, the first ideograph).
    [InlineData("死亡人数增幅:-18.7%", "-18.7 %")]
    [InlineData("死亡人数增幅(-18.7%)为近年最低", "-18.7 %")]
    [InlineData("死亡人数增速全省唯一-18.7%", "-18.7 %")]
    public void A_minus_sign_after_a_word_or_punctuation_is_the_sign_of_the_value(string text, string quantities) =>
        AssertQuantities(text, quantities);

    [Theory]
    // beijing-dongcheng-xicheng-2024: a number right after a unit and two characters after a digit is no ratio (4.5:1).
    [InlineData("实施困难人群临时救助1399户2357人,发放救助金869.71万元,居全市首位", "1399 户|2357 人|869.71 万元|首位 位")]
    // beijing-dongcheng-xicheng-2024 with 1999 for 1399 (no seed writes a year-like count before a unit and a digit):
    // a figure that could be a year is a year only before 年 or as the start of a span.
    [InlineData("实施困难人群临时救助1999户2357人", "1999 户|2357 人")]
    // xicheng-2020: a unit followed by 年 (44项年度任务) is no anniversary (75 周年) or age (70 周岁).
    [InlineData("“疏整促”百日攻坚,44项年度任务全部完成", "44 项")]
    // jiangxi 2026 (增强5+2就业之家服务效能, where no unit follows 2), with 个 after 2: a number after + is a code.
    [InlineData("增强5+2个就业之家服务效能", "")]
    // national 1957 (约占全年投资总额的三分之二) with 十分之几, which states no value: the scan goes on after it (no
    // seed writes a X分之 with no numeral after it, or one not below the denominator, before another number).
    [InlineData("约占全年投资总额的十分之几,增长5%", "5 %")]
    // jiangsu 2026 (占全国1/3以上) with a year-like denominator and a stray hyphen after it, as noisy seeds carry:
    // 1/2000 is a fraction; only a hyphen followed by a digit makes it a span of years.
    [InlineData("船舶海工出口规模占全国1/2000-,跨境电商平台进出口增长27.4%", "1/2000 |27.4 %")]
    // national 1979: 百分之四十三和百分之五十五 are two percentages, no range (only 到, 至 or - joins a range).
    [InlineData("主要工业产品质量指标和原材料消耗指标分别有百分之四十三和百分之五十五没有恢复到历史最高水平", "百分之四十三 %|百分之五十五 %")]
    public void A_number_is_read_with_the_words_around_it(string text, string quantities) =>
        AssertQuantities(text, quantities);

    [Theory]
    // beijing-dongcheng-xicheng-2024 (着力做好以下十一个方面工作) with 如下, 上述, 以上: a numeral that announces or recalls
    // a list is no count (the seeds write 如下/上述/以上 only before 三, 五 or a lone 十, which no rule reads anyway).
    [InlineData("着力做好如下十一个方面工作")]
    [InlineData("着力做好上述十一个方面工作")]
    [InlineData("着力做好以上十一个方面工作")]
    // zhejiang 2026 (成长课堂1万期, Arabic), written out as older reports write figures: 期, 轮, 天 and 成 after a
    // numeral are issues, rounds, durations and shares in prose, never facts (no seed writes them after a numeral with
    // 十/百/千/万: national 1979 十一次 and 二十届 decide 次 and 届).
    [InlineData("开展亲子关系成长课堂一万期")]
    [InlineData("完成十一轮巡察")]
    [InlineData("办理时限压缩到十五天")]
    [InlineData("其中二十成为国家级专精特新企业")]
    // shaanxi 2026 and inner-mongolia 2026 (750千伏定靖西, 建成20个500千伏输变电工程) with 伏 and 千伏安, the classes of a
    // low-voltage line and a transformer: the only seed 千伏安 (shijingshan 2025) is 25 万千伏安, a capacity.
    [InlineData("改造380伏低压配电线路")]
    [InlineData("新增500千伏安变压器")]
    // jiangsu 2026 (占全国1/3) with an improper fraction, as service hours are written: 24/7 is no share.
    [InlineData("政务服务便民热线24/7在线")]
    public void Reads_no_quantity_at_all(string text) =>
        AssertQuantities(text, "");

    [Theory]
    // jiangxi 2026 (各县集中资源发展1-2个主导产业) with four-digit ends below 1900: a range, no span of years.
    [InlineData("各县集中资源发展1000-2000个主导产业", "1000", 1000, 2000.0, "个", Qualifiers.Range)]
    // jiangxi 2026 (地区生产总值增长5%-5.5%) with the unit written on the lower end only.
    [InlineData("地区生产总值增长5%-5.5左右", "5", 5, 5.5, "%", Qualifiers.Range | Qualifiers.About)]
    // national 1993 (由原定平均每年百分之六调高到百分之八至九) with an upper end written with a decimal.
    [InlineData("国民经济增长速度调高到百分之八至八点五", "百分之八至八点五", 8, 8.5, "%", Qualifiers.Range)]
    public void A_range_reads_both_ends(string text, string written, double value, double? high, string unit, Qualifiers qualifiers) =>
        NumberScannerRuleTests.AssertReads(text, written, value, high, unit, qualifiers);

    [Fact]
    public void A_span_of_years_is_no_range_whatever_unit_follows_it()
    {
        // beijing-dongcheng-xicheng-2024 (残疾预防行动计划(2022-2025年)): every seed span ends in 年, which the upper end's
        // own check rejects; graduates are counted by the year they leave (2023-2025届), a unit other than 年.
        var read = LoggedExtraction.Review("面向2023-2025届高校毕业生");
        Assert.DoesNotContain(read.Quantities, q => q.StartsWith("2023", System.StringComparison.Ordinal));
        Assert.DoesNotContain(read.Facts, f => f.ValueHigh is not null);
    }

    internal static void AssertQuantities(string text, string quantities)
    {
        var read = LoggedExtraction.Review(text);
        Assert.Equal(0, read.Failures);
        var expected = quantities.Length == 0 ? new string[0] : quantities.Split('|');
        Assert.Equal(expected.OrderBy(q => q, System.StringComparer.Ordinal), read.Quantities.OrderBy(q => q, System.StringComparer.Ordinal));
    }
}
