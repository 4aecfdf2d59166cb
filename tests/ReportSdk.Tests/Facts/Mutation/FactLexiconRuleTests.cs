using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using Direction = ReportSdk.Generator.Vocabulary.Direction;
using Measure = ReportSdk.Generator.Vocabulary.Measure;
using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;
using StandardIndicator = ReportSdk.Generator.Vocabulary.StandardIndicator;

/// <summary>
/// The word lists of <c>FactLexicon</c>, each row a sentence copied from seeds/ (source lines split at '|') where one
/// list's word decides the name, label, qualifier or key of a figure.
/// </summary>
public sealed class FactLexiconRuleTests
{
    [Theory]
    // seeds/inner-mongolia/2026.txt line 23: 以下 after the unit bounds the value and is no part of the name. (单笔50万元以下拖欠企业账款
    // names a class: NumberScanner's size brackets.)
    [InlineData("植被盖度稳定在45%以上，天然草原草畜平衡指数降至10%以下", 10, "%", "天然草原草畜平衡指数", Qualifiers.Within)]
    // seeds/inner-mongolia/hulunbuir-hailaer-2012.txt line 33: 多 after the unit (直接受益: the predicate).
    [InlineData("投资近15亿元实施了保障性安居工程和城市棚户区改造工程，3万多居民群众直接受益，城市困难群体的居住环境和生活质量得到明显改善", 3, "万", "居民群众", Qualifiers.Over)]
    public void A_bound_written_after_the_unit_qualifies_the_value_and_leaves_the_name(string text, double value, string unit, string name, Qualifiers qualifiers)
    {
        var fact = Review(text).Single((decimal)value, unit);
        Assert.Equal((name, qualifiers), (fact.Name, fact.Qualifiers));
    }

    [Theory]
    // seeds/beijing/shijingshan-2025.txt line 23: 全年 splits the subject from its generic measure.
    [InlineData("中关村石景山园全年收入达4600亿元、同比增长3.3%", 4600, "亿元", "中关村石景山园", "中关村石景山园全年收入")]
    // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 510: 项目 after an action verb counts what the piece before names.
    [InlineData("深化老旧小区综合整治,实施项目38个", 38, "个", "老旧小区综合整治", "老旧小区综合整治项目")]
    // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 512: a head that is not generic names its own count.
    [InlineData("加强背街小巷环境精细化治理,创建精品街巷80条、优美街巷370条", 370, "条", "优美街巷", null)]
    // seeds/anhui/2026.txt line 24: the noun after a count of kinds names it when it is not a measure noun.
    [InlineData("113项居民服务事项长三角“一卡通办”", 113, "项", "居民服务事项长三角一卡通办", null)]
    // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 458: 和 before the value joins two subjects; the value counts the second.
    [InlineData("什刹海街道人民调解委员会和1名西长安街街道人民调解委员会调解员荣获全国模范称号", 1, "名", "西长安街街道人民调解委员会调解员荣获全国模范称号", null)]
    // seeds/beijing/shijingshan-2023.txt lines 162-166 and 176-180: the industry a sentence opens with labels its 产业收入.
    [InlineData("现代金融产业高质量发展，举办国际金|融年度论坛，筹建北交所服务基地，实现产业收入 1235 亿|元", 1235, "亿元", "产业收入", "现代金融产业收入")]
    [InlineData("商务服务业集聚发展，总部|企业达到 110 家、网零额亿元以上电商企业达到 15 家，实|现产业收入 435.8 亿元", 435.8, "亿元", "产业收入", "商务服务业收入")]
    // seeds/beijing/shijingshan-2023.txt lines 586-590 (plan): a topic verb opening the sentence is no part of the industry.
    [InlineData("突出|数字创意产业特色，做大做强游戏动漫、创意设计等产业，|力争实现收入 250 亿元", 250, "亿元", "收入", "数字创意产业收入")]
    // seeds/beijing/mentougou-2023.txt line 59 and seeds/national/2021.txt line 83: 从/由 + a hedge marks a baseline.
    [InlineData("物业服务满意率由不足60%提升至72.1%", 72.1, "%", "物业服务满意率", null)]
    [InlineData("国内生产总值从不到70万亿元增加到超过100万亿元", 100, "万亿元", "国内生产总值", null)]
    public void Names_and_labels_follow_the_word_lists(string lines, double value, string unit, string name, string? label)
    {
        var fact = Review(lines.Split('|')).Single((decimal)value, unit);
        Assert.Equal((name, label), (fact.Name, fact.Label));
    }

    [Fact]
    public void A_baseline_after_a_hedge_is_no_figure_of_its_own()
    {
        // seeds/beijing/mentougou-2023.txt line 59, seeds/national/2021.txt line 83.
        Assert.DoesNotContain(Review("物业服务满意率由不足60%提升至72.1%"), f => f.Value == 60m);
        Assert.DoesNotContain(Review("国内生产总值从不到70万亿元增加到超过100万亿元"), f => f.Value == 70m);
    }

    [Theory]
    // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 254, seeds/hunan/2026.txt line 28, seeds/hubei/2026.txt line 36:
    // the word before the rank verb says which aspect of the figure before is ranked.
    [InlineData("新增首店114家,数量居全市第二", 2, "新增首店", "新增首店数量")]
    [InlineData("对非贸易额年均增长15%、规模居中西部第1", 1, "对非贸易额", "对非贸易额规模")]
    [InlineData("技术合同成交额达到6121亿元、金额居全国第3位", 3, "技术合同成交额", "技术合同成交额金额")]
    public void A_ranked_aspect_ranks_the_figure_named_before(string text, double place, string name, string label)
    {
        var rank = Review(text).Single(f => f.Measure == Measure.Rank);
        Assert.Equal(((decimal)place, name, label), (rank.Value, rank.Name, rank.Label));
    }

    [Theory]
    // seeds/fujian/2026.txt line 19: a year opens the piece.
    [InlineData("2025年全省地区生产总值60199.45亿元", 60199.45, "亿元", "地区生产总值")]
    // seeds/beijing/xicheng-2020.txt lines 579-581: the same after the sentence's first piece.
    [InlineData("西城教育更加优质均衡，2019年高|考本科上线率93.4%，较2018年提高3个百分点", 93.4, "%", "高考本科上线率")]
    // seeds/hubei/2026.txt line 21: a digit that is part of the name (5G) is neither a year nor a count.
    [InlineData("数字经济加速赋能，5G基站增至18.8万个", 18.8, "万个", "5G基站")]
    // seeds/beijing/xicheng-2020.txt lines 370-372: a count of the subject opens the piece (518 家).
    [InlineData("518家文化产业单位总收入|预计实现1000亿元", 1000, "亿元", "文化产业单位总收入")]
    // seeds/beijing/shijingshan-2025.txt line 23: a quoted code without Chinese text opens the piece.
    [InlineData("中关村石景山园全年收入达4600亿元、同比增长3.3%,“1+3+1”高精尖产业收入同比增长8.3%", 8.3, "%", "高精尖产业收入")]
    // seeds/inner-mongolia/2026.txt lines 64 and 72: the number of a listed item opens the piece (one and two digits).
    [InlineData("2.实现城镇新增就业18万人以上，发布就业岗位50万个以上", 18, "万人", "城镇新增就业")]
    [InlineData("10.发放城镇住房保障家庭租赁补贴1.6万户，加装、更新住宅电梯500部以上", 1.6, "万户", "城镇住房保障家庭租赁补贴")]
    // seeds/inner-mongolia/hulunbuir-hailaer-2012.txt line 35: a percentage of the subject opens the piece (80%的).
    [InlineData("社区建设不断加强，80%的社区办公用房达到300平方米以上", 300, "平方米", "社区办公用房")]
    public void Years_counts_item_numbers_and_codes_that_open_a_piece_are_no_part_of_the_name(string lines, double value, string unit, string name)
    {
        Assert.Equal(name, Review(lines.Split('|')).Single((decimal)value, unit).Name);
    }

    [Fact]
    public void A_percentage_opening_on_the_digit_9_is_no_part_of_the_name_either()
    {
        // seeds/chongqing/2026.txt line 23. The name keeps 以上的 (the bound of the 95%, which the rules leave in the
        // name): only the percentage itself is asserted gone.
        var name = Review("农村产权流转交易额达到60亿元，95%以上的村集体经营性收入超过10万元").Single(10m, "万元").Name;
        Assert.EndsWith("村集体经营性收入", name);
        Assert.DoesNotContain("95", name);
    }

    [Fact]
    public void A_one_character_link_word_that_ends_a_compound_is_no_link_word()
    {
        // seeds/shaanxi/2026.txt line 25: 增 closes the compound 新增 (new additions): no rate word, the count is a level.
        var fact = Review("科技成果转化企业新增1013家").Single(1013m, "家");
        Assert.Equal(("科技成果转化企业新增", Measure.Level, (Direction?)null), (fact.Name, fact.Measure, fact.Direction));
    }

    [Fact]
    public void A_count_followed_by_a_link_word_takes_the_name_before_it_not_the_words_after()
    {
        // seeds/anhui/2026.txt line 22 without its 连续 (连续24个月 is a run, no figure): 保持 after 24 个月 is a link
        // word, so the months count the figure named before.
        var facts = Review("坚持以科技创新引领产业升级，战略性新兴产业产值增长11.5%，高技术制造业增加值增长30.4%、24个月保持两位数增长");
        Assert.Equal("高技术制造业增加值", facts.Single(24m, "个月").Name);
        Assert.DoesNotContain(Review("高技术制造业增加值增长30.4%、连续24个月保持两位数增长"), f => f.Unit == "个月");
    }

    [Fact]
    public void A_scope_before_an_indicator_name_does_not_hide_its_key()
    {
        // seeds/national/1998.txt line 24: 年 opens the name (我国年进出口总额) and is dropped to find the key.
        var fact = Review("五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元").Single(3251m, "亿美元");
        Assert.Equal(("年进出口总额", StandardIndicator.ImportsExports), (fact.Name, fact.Standard));
    }
}
