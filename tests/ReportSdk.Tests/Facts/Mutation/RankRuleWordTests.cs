using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using IndicatorKind = ReportSdk.Generator.Vocabulary.IndicatorKind;

/// <summary>
/// The words around a rank that <see cref="ReportSdk.Generator.Parsing.Facts.RankRules"/> must tell apart: 居 and 列
/// inside other words (居民, 邻居, 列入, 系列), a rank the text moves from inside a list joined by 、, the bound on Chinese
/// ordinals, and 第 without a numeral. No sentence of seeds/ decides these, so most sentences here are seed sentences
/// with a word or figure changed; each says which one and why the real one does not decide it.
/// </summary>
public sealed class RankRuleWordTests
{
    private static string Ranks(string sentence) =>
        string.Join(" ", Review(sentence).Where(f => f.Kind == IndicatorKind.Rank).Select(f => $"{f.Name}:{f.Value}"));

    [Theory]
    // jiangxi/2026, as written: 列 alone is a rank verb (its 指数 before is no word that holds 列).
    [InlineData("制造业发展综合质效指数列全国第9位", "制造业发展综合质效指数:9")]
    // guangxi/2026 writes 其中农村居民收入增长6.3%、增速排全国第五; here 增速居 replaces 增长6.3%、增速排, which puts 居民
    // within ten characters of 第五. The rank is named from the verb 居, not from the 居 of 居民.
    [InlineData("其中农村居民收入增速居全国第五", "农村居民收入:5")]
    // 邻居 (hulunbuir 2016 writes 与俄蒙毗邻地区) before a 第一大 (成为第一大电源, hunan 2026): no rank verb stands here.
    [InlineData("俄罗斯是我市最大的邻居和第一大贸易伙伴", "")]
    // hulunbuir 2016 writes 五年共有5个项目列入国家级科技计划; 列入 a numbered plan is no rank.
    [InlineData("五年共有5个项目列入国家第十四个五年规划纲要", "")]
    // hulunbuir 2016 writes 中俄蒙国际冬泳邀请赛等系列冰雪活动 without an ordinal after it; 系列…第一站 is no rank.
    [InlineData("举办中俄蒙国际冬泳邀请赛等系列冰雪活动第一站", "")]
    public void Ju_and_lie_inside_other_words_are_no_rank_verbs(string sentence, string ranks)
    {
        Assert.Equal(ranks, Ranks(sentence));
    }

    [Theory]
    // A paragraph may open or end on 居 or 列 (the heading (三)文化传承创新走在前列 of beijing-dongcheng-xicheng 2024 ends on 列,
    // but holds no figure; national 1990 writes 树立“居安思危”的思想 and national 1957 马克思列宁主义 inside sentences).
    // The figures of such a paragraph are still read.
    [InlineData("地区生产总值增长5.2%，文化传承创新走在前列")]
    [InlineData("居安思危，地区生产总值增长5.2%。")]
    [InlineData("列宁说过，要发展电力。地区生产总值增长5.2%。")]
    public void A_paragraph_opening_or_ending_on_ju_or_lie_keeps_its_figures(string paragraph)
    {
        var growth = Review(paragraph).Single(f => f.Kind == IndicatorKind.Growth);
        Assert.Equal(("地区生产总值", 5.2m), (growth.Name, growth.Value));
    }

    [Theory]
    // national 2005 writes 增长35.7%，由上年居世界第四位上升为第三位 and jilin 2026 从全国第11位跃升至第4位: the verb stands
    // after 由/从 or is missing, so the ordinal after 由/从 is never reached from a verb. Here the rank is stated first and
    // the place it moved from follows in the list joined by 、: only the stated rank is a fact.
    [InlineData("进出口贸易总额1.15万亿美元，增长35.7%，居世界第三位、由第四位上升一位", "进出口贸易总额:3")]
    [InlineData("肉牛屠宰加工量居全国第4位、从第11位前移7位", "肉牛屠宰加工量:4")]
    public void A_place_moved_from_in_a_list_is_no_rank(string sentence, string ranks)
    {
        Assert.Equal(ranks, Ranks(sentence));
    }

    [Theory]
    // The ranks of anhui 2026 (增速居全国第4位) with a Chinese ordinal of a thousand or more: the rules read Chinese ordinals
    // up to 一千; no seed writes a Chinese ordinal of three characters or more after a rank verb.
    [InlineData("营业收入居全国民营企业第一千位", "营业收入:1000")]
    [InlineData("营业收入居全国民营企业第一千零五十位", "")]
    public void Chinese_ordinals_are_ranks_up_to_a_thousand(string sentence, string ranks)
    {
        Assert.Equal(ranks, Ranks(sentence));
    }

    [Fact]
    public void A_di_without_a_numeral_after_a_rank_verb_is_no_rank()
    {
        // Every 第 of seeds/ is followed by a numeral (mentougou 2023 writes 全国第 3, whose space the compact text drops).
        // 故居 is read as the verb 居 here, and 宅第 within its reach is 第 without a numeral.
        var facts = Review("腾退修缮名人故居12处，纪晓岚故居等宅第院落重新开放。");
        Assert.DoesNotContain(facts, f => f.Kind == IndicatorKind.Rank);
        Assert.Equal("腾退修缮名人故居", facts.Single(12m, "处").Name);
    }
}
