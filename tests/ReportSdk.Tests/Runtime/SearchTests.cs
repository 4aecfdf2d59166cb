using System;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class SearchTests
{
    private readonly ReportCollection _reports = SeedReports.All();

    [Fact]
    public void Search_finds_facts_and_paragraphs()
    {
        var hits = _reports.Search("停车位");
        var facts = hits.Where(h => h.Kind == SearchHitKind.Indicator).ToArray();
        Assert.Equal(new[] { "beijing-2024", "shijingshan-2023", "shijingshan-2025" }, facts.Select(h => h.Report.Id));
        Assert.All(facts, h => Assert.Equal("停车位", h.Indicator!.Name));
        var paragraph = Assert.Single(hits, h => h.Kind == SearchHitKind.Paragraph);
        Assert.Equal(260, paragraph.Line);
        Assert.Equal("规划引领、疏促建管，城市治理水平不断提高", paragraph.Section!.Title);

        Assert.Equal(facts, _reports.Search("停车位", SearchScope.Indicators));
    }

    [Fact]
    public void Search_ignores_whitespace_case_and_full_width_forms()
    {
        var hit = Assert.Single(_reports.Search("完成980亿元"));
        Assert.Equal("地区生产总值完成 980 亿元", hit.Text);
        Assert.Equal(22, hit.Line);

        Assert.Contains(_reports.Search("５．５％"), h => h.Report.Id == "shijingshan-2025" && h.Indicator!.Value == 5.5m);
    }

    [Fact]
    public void Search_covers_section_titles_and_glossary()
    {
        var sections = _reports.Search("工作回顾", SearchScope.Sections);
        Assert.Equal(new[] { "shijingshan-2023", "shijingshan-2025", "xicheng-2024" }, sections.Select(h => h.Report.Id));
        Assert.All(sections, h => Assert.Same(h.Section!.Title, h.Text));

        var term = Assert.Single(_reports.Search("红墙先锋"));
        Assert.Equal(SearchHitKind.Glossary, term.Kind);
        Assert.Equal(2, term.GlossaryEntry!.Number);
        Assert.Empty(_reports.Search("红墙先锋", SearchScope.Indicators | SearchScope.Paragraphs));
    }

    [Theory]
    [InlineData("地区生产总值")]
    [InlineData("亿")]
    [InlineData("增长")]
    [InlineData("区级一般公共预算收入")]
    [InlineData("工程")]
    [InlineData("5%")]
    [InlineData("总值增长")]
    public void Index_answers_like_a_linear_scan(string query)
    {
        bool Has(string text) => text.Replace(" ", "", StringComparison.Ordinal).Contains(query, StringComparison.Ordinal);
        var expected = _reports.SelectMany(r =>
            r.Indicators.Where(i => Has(i.Name) || Has(i.Quote)).Select(i => (r.Id, i.Line, SearchHitKind.Indicator))
            .Concat(r.AllSections().Where(s => Has(s.Title)).Select(s => (r.Id, s.Line, SearchHitKind.Section)))
            .Concat(r.AllSections().SelectMany(s => s.Paragraphs).Where(p => Has(p.Text)).Select(p => (r.Id, p.Line, SearchHitKind.Paragraph)))
            .Concat(r.Glossary.Where(g => Has(g.Term) || Has(g.Definition)).Select(g => (r.Id, g.Line, SearchHitKind.Glossary))));
        var actual = _reports.Search(query).Select(h => (h.Report.Id, h.Line, h.Kind));
        Assert.NotEmpty(actual);
        Assert.Equal(expected.OrderBy(x => x.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x.ToString(), StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("不存在的词语")]
    [InlineData("980亿元完成")]
    public void No_match_gives_no_hits(string query) => Assert.Empty(_reports.Search(query));
}
