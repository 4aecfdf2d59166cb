using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;
using Measure = ReportSdk.Generator.Vocabulary.Measure;

/// <summary>What a figure measures and where the main targets start (<c>MeasureRules</c>), on sentences from seeds/.</summary>
public sealed class MeasureRulesRuleTests
{
    [Fact]
    public void A_paragraph_that_opens_on_the_main_target_phrase_lists_main_targets()
    {
        // seeds/henan/2026.txt line 47: the phrase stands at the very start of the paragraph.
        var facts = Plan("主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果，规上工业增加值增长6.5%左右");
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.True(f.MainTarget));
        Assert.All(facts, f => Assert.Equal(FactStatus.Target, f.Status));
    }

    [Fact]
    public void Only_a_percentage_beside_a_share_word_is_a_share_a_count_stays_a_level()
    {
        // seeds/fujian/2026.txt line 56: 比重 ends up in the name of the count before it; 164 条 still counts chains.
        var facts = Review("164条县域重点产业链强链补链延链、产值占全省比重超50%，7个县市入选全国综合实力百强");
        Assert.Equal(Measure.Level, facts.Single(164m, "条").Measure);
        Assert.Equal(Measure.Share, facts.Single(50m, "%").Measure);
    }

    [Fact]
    public void A_name_that_is_a_share_word_alone_is_a_share()
    {
        // seeds/national/2012.txt line 158: 赤字率 opens the name (the share word at offset 0); 下降到 only links it to its value.
        var fact = Plan("今年拟安排财政赤字8000亿元，赤字率下降到1.5％左右").Single(1.5m, "%");
        Assert.Equal(("赤字率", Measure.Share), (fact.Name, fact.Measure));
    }
}
