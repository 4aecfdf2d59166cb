using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using Measure = ReportSdk.Generator.Vocabulary.Measure;

/// <summary>
/// One row per word of the <c>FactLexicon</c> lists that no seed sentence needs. Each row is a real seed sentence
/// (source lines split at '|') with the listed word swapped in for its sibling of the same list that the seed writes;
/// the comment on each theory names the seed sentence and says why the real one does not decide the word.
/// </summary>
public sealed class FactLexiconWordTests
{
    [Theory]
    // Modelled on seeds/beijing/shijingshan-2023.txt lines 586-590 (plan): 突出|数字创意产业特色，…力争实现收入 250 亿元.
    // The seed opens on 突出; no seed sentence about an industry's 收入 opens on the other topic verbs.
    [InlineData("壮大")]
    [InlineData("推动")]
    [InlineData("加快")]
    [InlineData("促进")]
    [InlineData("培育")]
    [InlineData("发展")]
    [InlineData("支持")]
    [InlineData("聚焦")]
    [InlineData("深化")]
    [InlineData("打造")]
    [InlineData("做强")]
    [InlineData("做大")]
    [InlineData("推进")]
    [InlineData("加强")]
    [InlineData("做优")]
    [InlineData("扩大")]
    [InlineData("强化")]
    [InlineData("引导")]
    public void A_topic_verb_opening_the_sentence_is_no_part_of_the_industry(string verb)
    {
        var lines = $"{verb}|数字创意产业特色，做大做强游戏动漫、创意设计等产业，|力争实现收入 250 亿元".Split('|');
        var fact = Review(lines).Single(250m, "亿元");
        Assert.Equal(("收入", "数字创意产业收入"), (fact.Name, fact.Label));
    }

    [Theory]
    // Modelled on seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 510: 深化老旧小区综合整治,实施项目38个.
    // The seed opens the piece on 深化; no seed counts 项目 after a piece opening on the other action verbs.
    [InlineData("推进")]
    [InlineData("加快")]
    [InlineData("推动")]
    [InlineData("实施")]
    [InlineData("开展")]
    [InlineData("启动")]
    [InlineData("加强")]
    [InlineData("持续推进")]
    [InlineData("全面推进")]
    [InlineData("扎实推进")]
    [InlineData("稳步推进")]
    [InlineData("完成")]
    [InlineData("抓好")]
    public void An_action_verb_before_a_generic_head_is_no_part_of_what_is_counted(string verb)
    {
        var fact = Review($"{verb}老旧小区综合整治,实施项目38个").Single(38m, "个");
        Assert.Equal(("老旧小区综合整治", "老旧小区综合整治项目"), (fact.Name, fact.Label));
    }

    [Theory]
    // Modelled on seeds/beijing/shijingshan-2023.txt lines 176-180: 商务服务业集聚发展，…实|现产业收入 435.8 亿元.
    // The seed's measure is 产业收入; no seed sentence opening on an industry names a figure by the other generic measures.
    [InlineData("总收入", "商务服务业总收入")]
    [InlineData("营业收入", "商务服务业营业收入")]
    [InlineData("营收", "商务服务业营收")]
    [InlineData("产业增加值", "商务服务业增加值")]
    [InlineData("产业规模", "商务服务业规模")]
    [InlineData("规模", "商务服务业规模")]
    public void A_generic_measure_is_labelled_by_the_industry_its_sentence_opens_with(string measure, string label)
    {
        var lines = $"商务服务业集聚发展，总部|企业达到 110 家、网零额亿元以上电商企业达到 15 家，实|现{measure} 435.8 亿元".Split('|');
        var fact = Review(lines).Single(435.8m, "亿元");
        Assert.Equal((measure, label), (fact.Name, fact.Label));
    }

    [Theory]
    // Modelled on seeds/beijing/mentougou-2023.txt line 59: 物业服务满意率由不足60%提升至72.1%.
    // The seed hedges its baseline with 不足; no seed writes 从/由 约 N or 近 N before a change verb.
    [InlineData("约")]
    [InlineData("近")]
    public void A_hedged_baseline_is_no_figure_of_its_own(string hedge)
    {
        var facts = Review($"物业服务满意率由{hedge}60%提升至72.1%");
        Assert.DoesNotContain(facts, f => f.Value == 60m);
        Assert.Equal("物业服务满意率", facts.Single(72.1m, "%").Name);
    }

    [Theory]
    // Modelled on seeds/national/2013.txt line 35: 国家财政性教育经费支出五年累计7.79万亿元.
    // The seed's span has no lead word; no seed name ends on a span written with 最近, 近 or 这.
    [InlineData("最近")]
    [InlineData("近")]
    [InlineData("这")]
    public void A_span_ending_a_name_takes_its_lead_word_with_it(string lead)
    {
        var fact = Review($"国家财政性教育经费支出{lead}五年累计7.79万亿元，年均增长21.58%").Single(7.79m, "万亿元");
        Assert.Equal("国家财政性教育经费支出", fact.Name);
    }

    [Theory]
    // Modelled on seeds/beijing/mentougou-2023.txt line 9: …增长 7%，增速全市排名第六. The seed's scopes between the
    // ranked aspect and the verb are 全市 and 生态涵养区 alone; no seed writes the other scopes there.
    [InlineData("全省")]
    [InlineData("全区")]
    [InlineData("全县")]
    [InlineData("全州")]
    [InlineData("全旗")]
    [InlineData("全盟")]
    [InlineData("设区市")]
    [InlineData("城六区")]
    [InlineData("中心城区")]
    [InlineData("生态涵养区")]
    [InlineData("同类城市")]
    [InlineData("组内")]
    public void A_scope_between_a_ranked_aspect_and_its_verb_is_no_part_of_the_aspect(string scope)
    {
        var text = $"地方级一般公共预算收入 51.68 亿元，还原留抵退税因素影响后增长 7%，增速{scope}排名第六";
        var facts = Review(text);
        var rank = facts.Single(f => f.Measure == Measure.Rank);
        // 增速 is the growth stated before (a rate word, peeled): the rank takes that figure's name and label.
        var growth = facts.Single(7m, "%");
        Assert.Equal((6m, "地方级一般公共预算收入", growth.Label), (rank.Value, rank.Name, rank.Label));
    }

    [Theory]
    // Modelled on seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 254: 新增首店114家,数量居全市第二.
    // The seed's aspect is 数量; no seed ranks the figure before by 总量, 人均 (均) or 总额.
    [InlineData("总量")]
    [InlineData("人均")]
    [InlineData("总额")]
    public void A_ranked_aspect_ranks_the_figure_named_before(string aspect)
    {
        var rank = Review($"新增首店114家,{aspect}居全市第二").Single(f => f.Measure == Measure.Rank);
        Assert.Equal((2m, "新增首店", "新增首店" + aspect), (rank.Value, rank.Name, rank.Label));
    }
}
