using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>The 其中 sub-item after a subject's 预计 (<c>EstimateScopes</c>), which no seed sentence decides.</summary>
public sealed class EstimateScopesSubItemTests
{
    [Fact]
    public void A_subjects_estimate_covers_the_其中_sub_item_after_it()
    {
        // Modelled on seeds/national/2022.txt line 128 (预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元), with 预计
        // after its subject as seeds/beijing/xicheng-2020.txt line 31 writes it (地区生产总值预计达到4500亿元). The seed
        // opens its clause on 预计, which covers the whole clause, so the sub-item rule is decided by no seed sentence.
        var facts = Plan("全年退税减税预计约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业");
        Assert.True(facts.Single(2.5m, "万亿元").Qualifiers.HasFlag(Qualifiers.Estimated));
        Assert.True(facts.Single(1.5m, "万亿元").Qualifiers.HasFlag(Qualifiers.Estimated));
    }
}
