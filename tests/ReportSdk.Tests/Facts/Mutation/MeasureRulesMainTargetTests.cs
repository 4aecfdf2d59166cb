using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;

/// <summary>A paragraph opening on a main-target phrase that holds no other listed phrase (<c>MeasureRules</c>).</summary>
public sealed class MeasureRulesMainTargetTests
{
    [Fact]
    public void A_paragraph_that_opens_on_主要目标是_lists_main_targets()
    {
        // Modelled on seeds/henan/2026.txt line 47 (主要预期目标是：经济增长5%左右…), written with 主要目标是 as
        // seeds/national/2004.txt line 239 writes it. The henan phrase holds 预期目标是 at offset 2, which starts the same
        // targets, and the national 2004 paragraph states no figure: no seed sentence decides the phrase at offset 0.
        var facts = Plan("主要目标是：经济增长5%左右、在实际工作中努力争取更好结果，规上工业增加值增长6.5%左右");
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.True(f.MainTarget));
        Assert.All(facts, f => Assert.Equal(FactStatus.Target, f.Status));
    }
}
