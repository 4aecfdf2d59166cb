using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;
using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;

/// <summary>Where a 预计 makes the figures after it estimates (<c>EstimateScopes</c>), on sentences from seeds/.</summary>
public sealed class EstimateScopesRuleTests
{
    [Theory]
    // seeds/beijing/xicheng-2020.txt lines 31-35: every 预计 after a subject covers its own piece, the rate after 、 too,
    // however many the clause holds; a piece without one stays an actual.
    [InlineData(4500, "亿元", true)]
    [InlineData(6, "%", true)]
    [InlineData(431.1, "亿元", false)]
    [InlineData(0.1, "%", false)]
    [InlineData(8.8, "万元", true)]
    [InlineData(7.5, "%", true)]
    public void Each_estimate_of_a_clause_covers_its_subjects_piece(double value, string unit, bool estimated)
    {
        var facts = Review("地区生产总值预计达到4500亿元、增长6%，区级一", "般公共预算收入完成431.1亿元、增长0.1%，居民人",
            "均可支配收入预计为8.8万元、增长7.5%");
        var fact = facts.Single((decimal)value, unit);
        Assert.Equal(estimated, fact.Qualifiers.HasFlag(Qualifiers.Estimated));
        Assert.Equal(estimated ? FactStatus.Estimated : FactStatus.Actual, fact.Status);
    }
}
