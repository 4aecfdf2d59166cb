using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// Sessions of the National People's Congress named in the national reports (seeds/national/*.txt): the year each
/// met, and where a text names one, in the long form (第五届全国人民代表大会第三次会议) and the short (五届人大二次会议).
/// </summary>
public sealed class CongressSessionTests
{
    [Theory]
    [InlineData(2, 1, 1959)]
    [InlineData(2, 3, 1962)] // the 2nd term met in 1959, 1960, 1962 and 1963: none in 1961
    [InlineData(2, 4, 1963)]
    [InlineData(5, 1, 1978)]
    [InlineData(9, 5, 2002)]
    [InlineData(20, 1, 2053)] // after the table, a term every five years
    [InlineData(100, 1, 2453)] // the last term read
    public void Sessions_meet_in_their_years(int term, int session, int year) => Assert.Equal(year, CongressSessions.Year(term, session));

    [Theory]
    [InlineData(2, 5)]   // the 2nd term held four sessions
    [InlineData(3, 2)]   // the 3rd and 4th one each
    [InlineData(4, 2)]
    [InlineData(10, 6)]  // five a term
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(101, 1)]
    public void Sessions_that_never_met_have_no_year(int term, int session) => Assert.Null(CongressSessions.Year(term, session));

    [Fact]
    public void The_long_form_gives_term_session_and_its_extent_1981()
    {
        const string text = "从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。";
        var m = Assert.Single(CongressSessions.Find(text));
        Assert.Equal((5, (int?)3, false), (m.Term, m.Session, m.Short));
        Assert.Equal("第五届全国人民代表大会第三次会议", text.Substring(m.Start, m.End - m.Start));
    }

    [Fact]
    public void A_long_form_without_a_session_means_the_term_1975()
    {
        const string text = "根据中共中央的决定，我代表国务院，向第四届全国人民代表大会作政府工作报告。";
        var m = Assert.Single(CongressSessions.Find(text));
        Assert.Equal((4, (int?)null), (m.Term, m.Session));
        Assert.Equal("第四届全国人民代表大会", text.Substring(m.Start, m.End - m.Start));
        Assert.Equal(1975, ReportYears.SessionInText(text));
    }

    [Fact]
    public void The_short_form_needs_its_session_1978_1981()
    {
        // 四届人大的筹备和召开 (1978) names a term only: too common a phrase to count.
        Assert.Empty(CongressSessions.Find("四届人大的筹备和召开，是我们同“四人帮”斗争的重大胜利"));
        const string text = "在１９７９年６月五届人大二次会议上，国务院曾经提出用三年时间";
        var m = Assert.Single(CongressSessions.Find(text));
        Assert.Equal((5, (int?)2, true), (m.Term, m.Session, m.Short));
        Assert.Equal("五届人大二次会议", text.Substring(m.Start, m.End - m.Start));
    }

    [Fact]
    public void Mentions_come_in_text_order_whichever_form_1983()
    {
        const string text = "一九七八年二月国务院向五届人大一次会议所作的政府工作报告。我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告";
        Assert.Equal(new[] { (5, 1), (6, 1) }, CongressSessions.Find(text).Select(m => (m.Term, m.Session ?? 0)));
    }

    [Fact]
    public void A_dateline_session_gives_the_delivered_year_in_traditional_characters_too_1954_1957()
    {
        Assert.Equal(1957, ReportYears.SessionYear("1957年6月26日在第一届全国人民代表大会第四次會議上"));
        Assert.Equal(1954, ReportYears.SessionYear("第一届全國人民代表大會第一次會議"));
        Assert.Null(ReportYears.SessionYear("北京市第十六届人民代表大会第二次会议"));
        Assert.Null(ReportYears.SessionYear(null));
    }

    [Fact]
    public void Traditional_characters_fold_for_matching_and_other_text_is_left_as_it_is()
    {
        Assert.Equal("我们第一届全国人民代表大会第一次会议", TraditionalChinese.Fold("我們第一届全國人民代表大會第一次會議"));
        const string simplified = "向第二届全国人民代表大会第一次会议作政府工作报告";
        Assert.Same(simplified, TraditionalChinese.Fold(simplified));
        // The first and last characters of the table (並 U+4E26, 額 U+984D) fold; their neighbours (严, 顎) do not.
        Assert.Equal("并且增加了收入总额", TraditionalChinese.Fold("並且增加了收入總額"));
        Assert.Equal("严顎", TraditionalChinese.Fold("严顎"));
    }
}
