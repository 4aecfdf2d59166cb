using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using IndicatorKind = ReportSdk.Generator.Vocabulary.IndicatorKind;

/// <summary>The ranks <see cref="ReportSdk.Generator.Parsing.Facts.RankRules"/> reads, on sentences of the seeds.</summary>
public sealed class RankRuleTests
{
    [Theory]
    // anhui/2026: 首位 is the first place; 第1位 keeps its 位.
    [InlineData("构建开放型汽车生态实验室体系，20多项全球首发技术装车应用，汽车、新能源汽车产量历史性跃居全国首位，整车出口突破百万辆、稳居全国第1位。", "首位:1 第1位:1")]
    // anhui/2026: ranks in Arabic digits with 位, one per clause.
    [InlineData("全省地区生产总值增速居全国前列，规上工业增加值增速居全国第4位，进出口总额突破万亿元、增速居全国第5位，实际使用外资增速居全国第1位，金融机构人民币贷款余额增速居全国第6位。", "第4位:4 第5位:5 第1位:1 第6位:6")]
    // jilin/2026: Arabic digits without 位; the sessions (第12届) before the verbs are no ranks.
    [InlineData("吉林健儿在第9届亚冬会上为中国体育代表团贡献9金、5银、6铜，金牌和奖牌数均创历史新高，在第12届世界运动会上金牌贡献率位居全国第5，在第15届全国运动会上冬夏项目共获得48枚金牌、位列全国第3，金牌总数和排名均创历史最好成绩。", "第5:5 第3:3")]
    public void A_rank_is_read_as_written_and_as_its_place(string sentence, string ranks)
    {
        var read = Review(sentence).Where(f => f.Kind == IndicatorKind.Rank).Select(f => $"{f.ValueText}:{f.Value}");
        Assert.Equal(ranks, string.Join(" ", read));
    }

    [Fact]
    public void A_rank_is_named_for_what_stands_before_its_verb()
    {
        var facts = Review("构建开放型汽车生态实验室体系，20多项全球首发技术装车应用，汽车、新能源汽车产量历史性跃居全国首位，整车出口突破百万辆、稳居全国第1位。");
        Assert.Equal("整车出口", facts.Single(f => f.Kind == IndicatorKind.Rank && f.ValueText == "第1位").Name);
        Assert.Equal("位", facts.Single(f => f.ValueText == "第1位").Unit);
    }

    [Theory]
    // gansu/2026: 入列全国第一批 is a batch, not a place.
    [InlineData("平凉获批“国家森林城市”，陇南入列全国第一批美丽城市先行区。")]
    // shaanxi/2026: 中欧班列 holds 列, and 第六届 after it is a session.
    [InlineData("成功举办上合组织减贫论坛、第二届中欧班列国际合作论坛、第六届中俄中小企业实业论坛，丝绸之路国际博览会、欧亚经济论坛、杨凌农高会等影响力持续提升。")]
    public void An_ordinal_of_a_batch_or_session_after_a_rank_verb_is_no_rank(string sentence)
    {
        Assert.DoesNotContain(Review(sentence), f => f.Kind == IndicatorKind.Rank);
    }
}
