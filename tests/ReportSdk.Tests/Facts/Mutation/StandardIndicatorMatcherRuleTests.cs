using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts.Mutation;

using StandardIndicator = ReportSdk.Generator.Vocabulary.StandardIndicator;

/// <summary>How a name finds its standard key (<c>StandardIndicatorMatcher</c>), on sentences from seeds/.</summary>
public sealed class StandardIndicatorMatcherRuleTests
{
    [Fact]
    public void A_name_in_traditional_characters_finds_the_key_of_its_simplified_form()
    {
        // seeds/national/1957.txt line 30 writes 农業 (業 in its traditional form): the name keeps it, the key folds it.
        var fact = Review("全国农業总产值約为五百八十三亿元，比1955年增加了二十七亿四千万元。").Single(583m, "亿元");
        Assert.Equal(("农業总产值", StandardIndicator.GrossAgriculturalOutput), (fact.Name, fact.Standard));
    }
}
