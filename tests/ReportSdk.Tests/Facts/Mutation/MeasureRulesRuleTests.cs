using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;

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
}
