using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The full-text index on small hand-built reports, where every hit is known: what counts as one text (a name and its
/// quote, a term and its definition stay apart), where a match may start, and how queries are folded.
/// </summary>
public class TextIndexTests
{
    private static ReportCollection Reports() => new(new[]
    {
        new TestReport("样本甲区-2024", "样本甲区", null, RegionLevel.District, 2024, "jia.txt", 1, 20)
            .Actual("停车位", null, 100, "个", "新增车位100个", 3)
            .Term(1, "甲乙", "丙丁", 18)
            .Term(2, "A!Z~", "符号", 19),
        new TestReport("样本乙区-2024", "样本乙区", null, RegionLevel.District, 2024, "yi.txt", 1, 20)
            .Heading(1, 1, "一、", "推动停车位和车场建设", 2),
    });

    [Fact]
    public void A_match_may_start_at_the_first_character()
    {
        var hit = Assert.Single(Reports().Search("停", SearchScope.Indicators));
        Assert.Equal("停车位", hit.Indicator!.Name);
    }

    [Fact]
    public void A_name_and_its_quote_are_searched_apart()
    {
        Assert.Empty(Reports().Search("停车位新增"));
        Assert.Empty(Reports().Search("乙丙"));
    }

    [Fact]
    public void A_glossary_hit_shows_term_and_definition()
    {
        var hit = Assert.Single(Reports().Search("丙丁"));
        Assert.Equal(SearchHitKind.Glossary, hit.Kind);
        Assert.Equal("甲乙：丙丁", hit.Text);
    }

    [Fact]
    public void Every_bigram_present_is_not_enough_the_query_must_be_there_whole()
    {
        // 停车 and 车场 both stand in 推动停车位和车场建设, 停车场 does not.
        Assert.Empty(Reports().Search("停车场"));
        Assert.Equal("样本乙区-2024", Assert.Single(Reports().Search("停车位和车场")).Report.Id);
    }

    [Theory]
    [InlineData("a!z~")]
    [InlineData("ａ！ｚ～")] // full-width forms, the first (！ U+FF01) and last (～ U+FF5E) of the range
    [InlineData("A!Z~")]
    public void Queries_fold_ascii_case_and_full_width_forms_at_the_edges(string query)
    {
        var hit = Assert.Single(Reports().Search(query));
        Assert.Equal("A!Z~：符号", hit.Text);
    }

    [Fact]
    public void A_query_whose_rarest_pair_stands_after_every_text_of_the_others_finds_nothing()
    {
        // 车场 stands in the first two texts, 停车 only in the third: the intersection runs past the end of the longer list.
        var reports = new ReportCollection(new Report[]
        {
            new TestReport("样本丙区-2024", "样本丙区", null, RegionLevel.District, 2024, "bing.txt", 1, 20)
                .Heading(1, 1, "一、", "车场建设", 2, ("完善车场管理。", 3))
                .Heading(1, 2, "二、", "新增停车位", 5),
        });
        Assert.Empty(reports.Search("停车场"));
        Assert.Single(reports.Search("停车"));
        Assert.Equal(2, reports.Search("车场").Count);
    }

    [Fact]
    public void Hits_print_report_line_and_what_matched()
    {
        Assert.Equal("样本甲区-2024:3 停车位 100 个: 新增车位100个", Assert.Single(Reports().Search("车位", SearchScope.Indicators)).ToString());
        Assert.Equal("样本甲区-2024:18 [Glossary] 甲乙：丙丁", Assert.Single(Reports().Search("丙丁")).ToString());
        Assert.Empty(Reports().Search(null!));
    }
}
