using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>
/// The rules of NumberScanner, each pinned on a sentence copied from seeds/ (the file is named in a comment): what a
/// number written in Arabic or Chinese numerals reads as (value, upper end, the number as written, unit, qualifiers),
/// and what is no quantity at all. Several rows end where their clause ends, without a full stop, so that the scans
/// reach the end of the text.
/// </summary>
public sealed class NumberScannerRuleTests
{
    [Theory]
    // beijing-dongcheng-xicheng-2024: 余/多 between an Arabic number and its unit is "more than".
    [InlineData("出台通用人工智能、人形机器人等30余项细分产业支持政策", "30", 30, null, "项", Qualifiers.Over)]
    // anhui 2026
    [InlineData("构建开放型汽车生态实验室体系，20多项全球首发技术装车应用", "20", 20, null, "项", Qualifiers.Over)]
    // beijing-dongcheng-xicheng-2024, jiangsu 2026, national 1999: fractions written a/b, in their clause's middle or at its end.
    [InlineData("13家文化企业入选年度北京文化消费品牌榜,占全市1/4。", "1/4", 0.25, null, "", Qualifiers.None)]
    [InlineData("船舶海工出口规模占全国1/3以上，跨境电商平台进出口增长27.4%。", "1/3", 0.3333, null, "", Qualifiers.Over)]
    [InlineData("国务院组成部门从40个减少到29个，部门内设机构精简1／4", "1/4", 0.25, null, "", Qualifiers.None)]
    public void An_Arabic_number_reads_its_value_unit_and_qualifiers(string text, string written, double value, double? high, string unit, Qualifiers qualifiers) =>
        AssertReads(text, written, value, high, unit, qualifiers);

    [Theory]
    // national 1954 (traditional characters): 多/余 before the last magnitude (七千多万元) or before the unit (四千八百多个).
    [InlineData("因爲沒有及時向國家申請調撥物資損失二十五億七千多萬元", "二十五亿七千多", 25.7, null, "亿元", Qualifiers.Over)]
    [InlineData("全國被淹的農田約佔全國農田十分之一即一億六千餘萬畝，經過排水、救苗和補種", "一亿六千余", 1.6, null, "亿亩", Qualifiers.Over)]
    [InlineData("因爲材料使用的浪費損失十八億餘元", "十八", 18, null, "亿元", Qualifiers.Over)]
    [InlineData("已經有三十萬手工業者組織在四千八百多個生産合作社中。", "四千八百", 4800, null, "个", Qualifiers.Over)]
    [InlineData("各少數民族的高級和中級的衞生幹部已經有二千七百餘人。", "二千七百", 2700, null, "人", Qualifiers.Over)]
    [InlineData("一九五三年享受勞動保險待遇的職工已有四百八十餘萬人，", "四百八十余", 480, null, "万人", Qualifiers.Over)]
    // national 1957: the magnitude of the unit (五百多万个), and a numeral with two magnitudes counted in the larger (二亿三千万亩).
    [InlineData("一亿二千万农戶和五百多万个手工業者的个体經济已經变为集体經济。", "五百多", 500, null, "万个", Qualifiers.Over)]
    [InlineData("被灾田地約二亿三千万亩，受灾人口約七千万人。", "二亿三千", 2.3, null, "亿亩", Qualifiers.About)]
    [InlineData("被灾田地約二亿三千万亩，受灾人口約七千万人。", "七千", 7000, null, "万人", Qualifiers.About)]
    // national 1954: a leading 十 is ten, with or without a word before it.
    [InlineData("農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上，", "十", 10, null, "万个", Qualifiers.None)]
    // national 2014, anhui 2026: a lone magnitude after 近/突破 is a round figure: 亿 alone is 10⁸, 万亿 is one 万亿.
    [InlineData("出境旅游近亿人次。", "亿", 100000000, null, "人次", Qualifiers.Nearly)]
    // guangxi 2026, national 2018: 上万, 上亿 (upwards of) count in the base unit, and say more than.
    [InlineData("“A超”联赛吸引国内外参赛队伍上万支。", "万", 10000, null, "支", Qualifiers.Over)]
    [InlineData("棚户区住房改造2600多万套，农村危房改造1700多万户，上亿人喜迁新居。", "亿", 100000000, null, "人", Qualifiers.Over)]
    [InlineData("进出口总额突破万亿元、增速居全国第5位", "", 1, null, "万亿元", Qualifiers.Over)]
    public void A_Chinese_numeral_reads_its_value_magnitude_and_more_than(string text, string written, double value, double? high, string unit, Qualifiers qualifiers) =>
        AssertReads(text, written, value, high, unit, qualifiers);

    [Theory]
    // national 1954 and 1983: decimals written out with 点, a 零 among their digits, several digits after 点.
    [InlineData("一九五四年預計現代工業的總産值將等於一九四九年的四點二倍，如果再加上農業和手工業", "四点二", 4.2, null, "倍", Qualifiers.Estimated)] // 預計 is 预计
    [InlineData("油料增长一点二六倍，糖料增长百分之八十三", "一点二六", 1.26, null, "倍", Qualifiers.None)]
    [InlineData("油料增长一点二六倍，糖料增长百分之八十三", "百分之八十三", 83, null, "%", Qualifiers.None)]
    [InlineData("在恢復期間工業總産值平均每年遞增百分之三十六點九", "百分之三十六点九", 36.9, null, "%", Qualifiers.None)]
    // national 1979 and 1983: a decimal after 十 (三十点五, 十点四: a lone 十 with a decimal is no round figure).
    [InlineData("铁路货运量由八亿二千万吨增加到十亿七千万吨，增长百分之三十点五", "百分之三十点五", 30.5, null, "%", Qualifiers.None)]
    [InlineData("自行车增长一点八倍，缝纫机增长一点六倍，手表增长一点四倍，电视机增长十点四倍，化学纤维", "十点四", 10.4, null, "倍", Qualifiers.None)]
    [InlineData("婦女參加投票的佔登記婦女選民總數的百分之八十四點零一，", "百分之八十四点零一", 84.01, null, "%", Qualifiers.None)]
    // national 1959 and 1979: 千分之 is per mille, also where the text ends on it; its qualifiers after it.
    [InlineData("我国对资本主义国家的进出口额只占资本主义世界进出口总额的千分之五", "千分之五", 5, null, "‰", Qualifiers.None)]
    [InlineData("四川省由千分之二十九降到千分之六点一，上海市由千分之七降到千分之五点一，", "千分之五点一", 5.1, null, "‰", Qualifiers.None)]
    [InlineData("今年我们要力争使全国人口增长率降到千分之十左右，", "千分之十", 10, null, "‰", Qualifiers.About)]
    // national 1957, 1959, 1993: percentage ranges written out, with 到 or 至, with the second 百分之 or without it.
    [InlineData("目前我国农民大体上有百分之二十到三十", "百分之二十到三十", 20, 30.0, "%", Qualifiers.Range)]
    [InlineData("即使每年增产百分之十到二十，就已经算得是跃进了。", "百分之十到二十", 10, 20.0, "%", Qualifiers.Range)]
    [InlineData("按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之八至九", 8, 9.0, "%", Qualifiers.Range)]
    [InlineData("农村居民人均纯收入平均每年实际增长百分之四至百分之五。", "百分之四至百分之五", 4, 5.0, "%", Qualifiers.Range)]
    // national 1957 and 1981: fractions written out, and ranges written out (neighbouring digits, 到 between two numerals).
    [InlineData("约占全年投资总额的三分之二。", "三分之二", 0.6667, null, "", Qualifiers.None)]
    [InlineData("当时共产党以外的各民主党派和无党派民主人士参加政府的成员约占四分之一以上，", "四分之一", 0.25, null, "", Qualifiers.Over)]
    [InlineData("工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。", "二、三百", 200, 300.0, "亿度", Qualifiers.Range)]
    [InlineData("就可以节省出七十亿到一百亿元的资金。", "七十亿到一百", 70, 100.0, "亿元", Qualifiers.Range)]
    // henan 2026 and guangxi 2026: 百 before the computing unit 亿亿次/秒 (not 百亿 with no unit), 千亿 before 元.
    [InlineData("算力总规模达到10.36百亿亿次/秒。", "10.36", 10.36, null, "百亿亿次/秒", Qualifiers.None)]
    [InlineData("全部工业增加值超8千亿元。", "8", 8, null, "千亿元", Qualifiers.Over)]
    public void Decimals_percentages_fractions_and_ranges_written_out(string text, string written, double value, double? high, string unit, Qualifiers qualifiers) =>
        AssertReads(text, written, value, high, unit, qualifiers);

    [Theory]
    // beijing-dongcheng-xicheng-2024 (the facts tests' own sentence): 75 周年 is an anniversary; zhejiang 2026: 70 周岁 an age.
    [InlineData("2024年是中华人民共和国成立75周年,也是实现“十四五”规划目标任务的关键一年")]
    [InlineData("70周岁以上户籍老年人意外伤害保险")]
    // shijingshan-2023: 110 千伏 is the class of the substation, part of its name.
    [InlineData("完成苹果园、北辛安 110 千伏变电站和鲁谷北重供")]
    // anhui 2026, national 1979 and 1981: sessions and terms (十一次, 二十届) and lists announced (以上十项, 以下十一个方面).
    [InlineData("按照省委十一届十次、十一次全会部署要求")]
    [InlineData("深入贯彻党的二十大和二十届历次全会精神")]
    // national 1979: 三十周年 is an anniversary; national 1959: 成千万人 (like 千千万万) is a manner of speaking.
    [InlineData("今年是工作着重点转移的第一年，又是我们伟大的社会主义祖国建国三十周年，")]
    [InlineData("建立一支成千万人的工人阶级知识分子队伍，是文教战线的一项")]
    [InlineData("着力做好以下十一个方面工作")]
    // tianjin 2026: 跨上万亿元台阶 is a threshold crossed, also at the start of a text.
    [InlineData("跨上万亿元台阶")]
    // national 1994: 1994/1995 年 is a pair of years, no fraction.
    [InlineData("中英两国政府代表关于香港１９９４／１９９５年选举安排谈判终止，责任完全在于英方。")]
    public void Reads_no_quantity_at_all(string text)
    {
        var read = LoggedExtraction.Review(text);
        Assert.Empty(read.Quantities);
        Assert.Equal(0, read.Failures);
    }

    [Fact]
    public void An_ordinal_with_a_unit_is_a_rank_not_a_count()
    {
        // anhui 2026: 第4位 is a place; the scanner leaves it to the rank rules.
        var read = LoggedExtraction.Review("规上工业增加值增速居全国第4位");
        var rank = Assert.Single(read.Facts);
        Assert.Equal(("第4位", 4m, "位"), (rank.ValueText, rank.Value, rank.Unit));
        Assert.Empty(read.Unclassified);
    }

    [Theory]
    // national 1979 and 1983: a range or a decimal written out is named by the text before its first numeral.
    [InlineData("工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。", "二、三百", "工业交通企业目前一年大约多耗电")]
    [InlineData("只这一项每年就减少国家财政收入四、五十亿元。", "四、五十", "只这一项每年就减少国家财政收入")]
    [InlineData("自行车增长一点八倍，缝纫机增长一点六倍，手表增长一点四倍，电视机增长十点四倍，化学纤维", "十点四", "电视机")]
    public void A_number_written_out_is_named_by_the_text_before_its_first_numeral(string text, string written, string name)
    {
        var fact = Assert.Single(LoggedExtraction.Review(text).Facts, f => f.ValueText == written);
        Assert.Equal(name, fact.Name);
    }

    internal static void AssertReads(string text, string written, double value, double? high, string unit, Qualifiers qualifiers)
    {
        var read = LoggedExtraction.Review(text);
        Assert.Equal(0, read.Failures);
        var fact = Assert.Single(read.Facts, f => f.ValueText == written);
        Assert.Equal(((decimal)value, (decimal?)high, unit), (fact.Value, fact.ValueHigh, fact.Unit));
        Assert.Equal(qualifiers, fact.Qualifiers);
    }
}
