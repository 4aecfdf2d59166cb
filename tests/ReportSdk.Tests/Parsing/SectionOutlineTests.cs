using System.Linq;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Xunit;
using static ReportSdk.Tests.Parsing.ParsingTestHelpers;
using GenStyle = ReportSdk.Generator.Vocabulary.SectionStyle;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// How the section outline follows a report's parts: texts without 一、 headings (web copies whose part titles lost
/// their numbers, national reports numbered （一） at the top), damaged texts that lost 一、, the part each paragraph is
/// handed to the fact extractor with, a heading after one the source lost, and the bounds of a heading's title. Whole
/// seeds (gansu 2026, national 1983, national 2007) and seed lines (national 1978, henan, guangdong, hailaer 2012); the
/// other snippets are short report-style headings and sentences written for the one rule they check. The section
/// parser's mutation run (docs/mutation-testing.md) asked for each of them.
/// </summary>
public sealed class SectionOutlineTests
{

    private static FactInput InputAt(SectionTree tree, int line) => tree.FactInputs.First(i => i.Paragraph.Line == line);

    [Fact]
    public void A_heading_after_one_the_source_lost_goes_on_with_the_list_national_2007()
    {
        // 三、促进经济又好又快发展 (line 101) holds （一） (106), （二） (118), then （四） (132) and （五） (138): the text has no
        // （三）. The two headings stand alone on their lines and continue the list.
        var tree = Assert.Single(Structure("national/2007.txt")).Tree;
        var part = tree.Sections.Single(s => s.Line == 101);
        var parens = part.Children.Where(c => c.Style == GenStyle.Paren).ToArray();
        Assert.Equal(new[] { (1, 106), (2, 118), (4, 132), (5, 138) }, parens.Select(c => (c.Ordinal, c.Line)));
        Assert.Equal("进一步推动区域协调发展", parens[3].Title);
        // The review's （一）…（七） (lines 34–64, each running into its body) are as before.
        var review = tree.Sections.Single(s => s.Line == 8);
        Assert.Equal(Enumerable.Range(1, 7), review.Children.Where(c => c.Style == GenStyle.Paren).Select(c => c.Ordinal));
    }

    [Fact]
    public void Part_titles_without_numbers_close_the_sections_before_them_gansu_2026()
    {
        // “十四五”时期工作回顾 (line 18), “十五五”时期的主要目标任务 (38) and 2026年重点工作 (50) lost their 一、二、三、
        var tree = Assert.Single(Structure("gansu/2026.txt")).Tree;
        var shi = tree.Sections.Where(s => s.Style == GenStyle.Shi).ToArray();
        Assert.Equal(Enumerable.Range(1, 8), shi.Select(s => s.Ordinal));
        Assert.All(shi, s => Assert.Equal(1, s.Level));
        // 2026年重点工作 ends the 一是…八是 list: nothing after line 50 hangs under 八是.
        Assert.Empty(shi[7].Children);
        Assert.All(shi[7].Paragraphs, p => Assert.True(p.Line < 50, p.Line + ": " + p.Text));
        // Its （一）…（八） number the top of the outline, in sequence, each with its lead sentences.
        var parens = tree.Sections.Where(s => s.Style == GenStyle.Paren).ToArray();
        Assert.Equal(Enumerable.Range(1, 8), parens.Select(s => s.Ordinal));
        Assert.Equal(new[] { 54, 58, 63, 67, 72, 77, 81, 86 }, parens.Select(s => s.Line));
        Assert.All(parens, s => Assert.Equal(1, s.Level));
        Assert.Equal("放大促消费扩投资政策效应", parens[0].Title);
        Assert.Equal(new[] { "积极承接用好政策", "千方百计促进消费", "精准扩大有效投资" }, parens[0].Children.Select(c => c.Title));
        Assert.All(parens[0].Children, c => Assert.Equal((2, GenStyle.LeadSentence, ""), (c.Level, c.Style, c.Marker)));

        // The part of each paragraph comes from the part title above it.
        Assert.Equal(ReportPart.Review, InputAt(tree, 19).Part);
        Assert.Equal(ReportPart.Review, InputAt(tree, 26).Part);
        Assert.Equal((ReportPart.Plan, "高质量发展水平明显提升"), (InputAt(tree, 41).Part, InputAt(tree, 41).SectionTitle));
        Assert.Equal((ReportPart.Plan, (string?)null), (InputAt(tree, 52).Part, InputAt(tree, 52).SectionTitle));
        Assert.True(InputAt(tree, 52).IsMainTargets);
        Assert.Equal((ReportPart.Plan, "积极承接用好政策", "放大促消费扩投资政策效应"), (InputAt(tree, 55).Part, InputAt(tree, 55).SectionTitle, InputAt(tree, 55).PartTitle));
    }

    [Fact]
    public void Paren_headings_at_the_top_follow_in_sequence_national_1983()
    {
        var tree = Assert.Single(Structure("national/1983.txt")).Tree;
        var parens = tree.Sections.Where(s => s.Style == GenStyle.Paren).ToArray();
        Assert.Equal(new[] { (1, 53), (2, 97), (3, 128), (4, 167), (5, 186) }, parens.Select(s => (s.Ordinal, s.Line)));
        Assert.All(parens, s => Assert.Equal(1, s.Level));
        Assert.Equal("关于经济体制改革", parens[1].Title);
    }

    [Fact]
    public void Text_before_the_first_heading_goes_to_the_extractor_as_preamble()
    {
        var tree = Sections(Layout.Unwrapped, 16,
            "各位代表：",
            "现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。",
            "一、2022年工作回顾",
            "过去一年，全区地区生产总值增长3.5%。");
        Assert.Equal(2, tree.Preamble.Count);
        var opening = InputAt(tree, 17);
        Assert.Equal((ReportPart.Preamble, (string?)null), (opening.Part, opening.SectionTitle));
        Assert.Equal(ReportPart.Review, InputAt(tree, 19).Part);
        Assert.Equal(2022, tree.ReviewYear);
        Assert.False(tree.HasPlanPart);
        Assert.Null(tree.PlanYear);
    }

    [Fact]
    public void Parts_after_the_review_look_ahead_and_the_plan_year_is_the_first_plan_headings()
    {
        var tree = Sections(Layout.Unwrapped, 20,
            "一、2022年工作回顾",
            "过去一年，全区地区生产总值增长3.5%。",
            "二、2023年工作安排",
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
            "三、全面加强政府自身建设",
            "坚持把党的政治建设摆在首位，建设人民满意的法治政府。");
        Assert.Equal(new[] { ReportPart.Review, ReportPart.Plan, ReportPart.Plan }, new[] { 21, 23, 25 }.Select(l => InputAt(tree, l).Part));
        Assert.Equal((2022, 2023, true), (tree.ReviewYear, tree.PlanYear, tree.HasPlanPart));
        Assert.True(InputAt(tree, 23).IsMainTargets);
        Assert.False(InputAt(tree, 25).IsMainTargets);
    }

    [Fact]
    public void A_text_that_lost_its_first_part_may_open_with_a_second_part_title_but_numbers_must_follow()
    {
        // 二、 opens a damaged text only when it reads as a part title; the part after the review looks ahead.
        var damaged = Sections(Layout.Unwrapped, 30,
            "二、2022年工作回顾",
            "过去一年，全区地区生产总值增长3.5%。",
            "三、全面加强政府自身建设",
            "坚持把党的政治建设摆在首位。");
        Assert.Equal(new[] { ("二、", 1), ("三、", 1) }, damaged.Sections.Select(s => (s.Marker, s.Level)));
        Assert.Equal(new[] { ReportPart.Review, ReportPart.Plan }, new[] { 31, 33 }.Select(l => InputAt(damaged, l).Part));

        Assert.Empty(Sections(Layout.Unwrapped, 30, "三、2023年工作安排", "今年要抓好以下工作。").Sections);
        Assert.Empty(Sections(Layout.Unwrapped, 30, "二、推进高质量发展", "今年要抓好以下工作。").Sections);
        var skipped = Sections(Layout.Unwrapped, 30,
            "一、2022年工作回顾", "过去一年，全区地区生产总值增长3.5%。", "三、2023年工作安排", "今年要抓好以下工作。");
        Assert.Equal("2022年工作回顾", Assert.Single(skipped.Sections).Title);
    }

    [Fact]
    public void A_title_is_one_to_sixty_four_chars_before_its_full_stop_national_1978()
    {
        // National 1978, line 123: a numbered item whose first sentence (68 chars) is running text, not a title.
        const string item = "（三）按照集中种植和合理布局的原则，在条件适合的地方建立一批棉花、油料、糖料等经济作物生产基地，使它们成为向国家提供棉花、糖料和食油的主要来源。";
        Assert.Empty(Sections(Layout.Unwrapped, 123, item.Replace("（三）", "（一）")).Sections);
        string sentence = item.Substring(3, item.IndexOf('。') - 3);
        Assert.Equal(68, sentence.Length);
        Assert.Equal(sentence.Substring(0, 64), Assert.Single(Sections(Layout.Unwrapped, 123, "（一）" + sentence.Substring(0, 64) + "。正文。").Sections).Title);
        Assert.Empty(Sections(Layout.Unwrapped, 123, "（一）" + sentence.Substring(0, 65) + "。正文。").Sections);
        // A marker alone on its line has no title.
        Assert.Empty(Sections(Layout.Wrapped(52, blankLinesSeparateParagraphs: true), 123, "（一）", "", sentence + "。").Sections);
    }

    [Fact]
    public void Bold_markup_around_a_heading_is_no_part_of_it()
    {
        // The markdown form of mentougou 2023's heading lines (its text keeps ** around bold lead sentences).
        var leading = Sections(Layout.Unwrapped, 19, "**一、2022年工作回顾**", "过去一年，全区地区生产总值增长3.5%。");
        Assert.Equal(("一、", "2022年工作回顾", 2022), (Assert.Single(leading.Sections).Marker, leading.Sections[0].Title, leading.ReviewYear));
        var inner = Sections(Layout.Unwrapped, 19, "一、**2022年工作回顾**。过去一年，全区地区生产总值增长3.5%。");
        Assert.Equal("2022年工作回顾", Assert.Single(inner.Sections).Title);
        Assert.Equal("过去一年，全区地区生产总值增长3.5%。", Assert.Single(inner.Sections[0].Paragraphs).Text);
    }

    [Fact]
    public void A_shi_head_needs_its_er_shi_before_the_next_numbered_heading()
    {
        // 一是 followed by a 二、 heading (no 二是) is running text; so is one whose 二是 comes under the next （二）.
        var beforeDun = Sections(Layout.Unwrapped, 60,
            "一、2023年工作回顾",
            "一是深入落实首都城市战略定位,京津冀协同发展不断走深走实。进一步优化提升首都功能。",
            "二、2024年重点任务",
            "今年要抓好以下工作。");
        Assert.All(beforeDun.Sections, s => Assert.Empty(s.Children));
        var beforeParen = Sections(Layout.Unwrapped, 60,
            "一、2023年工作回顾",
            "（一）坚持生态立区，首都西部绿色屏障愈加牢固",
            "一是深入落实首都城市战略定位,京津冀协同发展不断走深走实。进一步优化提升首都功能。",
            "（二）坚持文化兴区，永定河文旅体验产业带初步形成",
            "二是着力发挥科技创新引领作用,经济高质量发展内生动力进一步增强。加快建设国际科技创新中心。");
        Assert.All(beforeParen.Sections[0].Children, c => Assert.DoesNotContain(c.Children, g => g.Style == GenStyle.Shi));
    }

    [Theory]
    [InlineData("henan/2026.txt", 47, true)]          // 主要预期目标是：… at the paragraph's start
    [InlineData("guangdong/2026.txt", 62, true)]      // 主要预期目标 alone on its line
    [InlineData("inner-mongolia/hulunbuir-hailaer-2012.txt", 47, true)] // …的预期目标是：…
    [InlineData("gansu/2026.txt", 51, false)]         // 今年是“十五五”开局之年。政府工作的总体要求是…
    public void The_main_targets_paragraph_is_named_by_its_words(string seed, int line, bool mainTargets)
    {
        string text = TestData.Seed(seed).Split('\n')[line - 1];
        Assert.Equal(mainTargets, SectionParser.IsMainTargets(text));
    }
}
