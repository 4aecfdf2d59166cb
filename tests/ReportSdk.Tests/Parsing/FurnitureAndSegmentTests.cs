using System.Linq;
using System.Threading;
using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>Web furniture, tables of contents, title lines and report boundaries.</summary>
public sealed class FurnitureAndSegmentTests
{
    [Theory]
    [InlineData("导航菜单", "Drop")]
    [InlineData("2024-12-25 07:03:52 125", "Drop")]
    [InlineData("东城区.......................................................................................32", "Drop")]
    [InlineData("¥99.99", "Drop")]
    [InlineData("17 ", "Drop")]
    [InlineData("链接地址:http://www.bibiwenku.com//index/article/detail/detail_id/381282.html", "Drop")]
    [InlineData("阅读全文", "Stop")]
    [InlineData("本文地址:/baogao/hb/11699.html", "Stop")]
    [InlineData("验证码:", "Stop")]
    [InlineData("本文仅代表作者观点,不代表本站立场。 凡注明为博县网原创作品的,未经许可,不得转载;报告、公报、规划等总结类或文件类信息。", "Stop")]
    [InlineData("    • 本周热门", "Drop")]
    [InlineData("(想阅读完全部图文内容,您需要先登陆!)", "Stop")]
    [InlineData("网站标识码:3300000069 浙ICP备05003217号 浙公网安备33010602013089号", "Stop")]
    [InlineData("主办:浙江省人民政府办公厅 承办:浙江省大数据发展管理局", "Stop")]
    [InlineData("相关链接: 浙江省人大常委会 | 浙江政务服务网", "Stop")]
    [InlineData("【打印正文】 【关闭窗口】", "Drop")]
    [InlineData("打印产业，推动增材制造规模化发展", "None")]
    [InlineData("高质量引资引企引智渠道，持续实施“老字号”振兴", "None")]
    [InlineData("持续优化营商环境，拓宽企业融资来源：深化", "None")]
    [InlineData("各位代表:", "None")]
    [InlineData("二、2024年重点任务", "None")]
    // seeds/yunnan/2026.txt lines 121-124: the share bar after the report.
    [InlineData("|", "Drop")]
    [InlineData("×", "Drop")]
    [InlineData("分享到微信", "Drop")]
    [InlineData("分享到:", "Drop")]
    // A PDF's footer with the page count, either way round; words after 页 are text.
    [InlineData("第 3 页 共 54 页", "Drop")]
    [InlineData("共54页 第3页", "Drop")]
    [InlineData("第3页共有", "None")]
    public void Lines_are_classified(string line, string expected) => Assert.Equal(expected, FurnitureFilter.Classify(line).ToString());

    [Theory]
    [InlineData("石景山区政府工作报告", true)]
    [InlineData(" 政府工作报告 ", true)]
    [InlineData("政\u00A0府\u00A0工\u00A0作\u00A0报\u00A0告", true)]
    [InlineData("(北京市)北京市石景山区人民政府工作报告(2025年1月8日)", true)]
    [InlineData("北京市及所属各区2024年政府工作报告汇编", false)]
    [InlineData("北京市政府工作报告.......................................................................1", false)]
    [InlineData("本文标题:北京市及所属各区2024年政府工作报告汇编", false)]
    [InlineData("认真落实区人大审议通过的政府工作报告", false)]
    public void Title_lines(string line, bool expected) => Assert.Equal(expected, ReportSegmenter.IsTitleLine(line));

    [Fact]
    public void Compendium_holds_three_reports_after_a_table_of_contents_004()
    {
        var lines = SourceLines.Split(TestData.Seed("beijing-dongcheng-xicheng-2024.txt"));
        var segments = ReportSegmenter.Find(lines, CancellationToken.None);
        Assert.Equal(new[] { (42, 228), (230, 360), (362, 572) }, segments.Select(s => (s.Title + 1, s.EndLine)));
        var xicheng = segments[2];
        Assert.Equal(574, xicheng.GlossaryHeader + 1);
        Assert.Equal(Furniture.Stop, lines[xicheng.GlossaryEnd].Furniture); // the paywall (阅读全文) cuts the glossary
        Assert.Equal(46, GlossaryParser.Parse(lines, xicheng.GlossaryHeader + 1, xicheng.GlossaryEnd, CancellationToken.None).Count);
    }

    [Fact]
    public void Glossary_entries_with_full_and_half_width_colons()
    {
        Assert.True(GlossaryParser.TryReadEntry("4.“金服十条”2.0:2023年西城区出台的若干措施。", out int n, out string term, out string definition));
        Assert.Equal((4, "“金服十条”2.0", "2023年西城区出台的若干措施。"), (n, term, definition));
        Assert.True(GlossaryParser.TryReadEntry("12．西融计划：金融街的品牌。", out n, out term, out _));
        Assert.Equal((12, "西融计划"), (n, term));
        Assert.False(GlossaryParser.TryReadEntry("2.5亿元:不是词条", out _, out _, out _));
    }

    [Fact]
    public void Lines_split_like_roslyn_and_count_a_last_line_without_newline()
    {
        var lines = SourceLines.Split("a\r\nb\rc\n\nd");
        Assert.Equal(new[] { "a", "b", "c", "", "d" }, lines.Select(l => l.Text));
        Assert.Equal(new[] { 0, 3, 5, 7, 8 }, lines.Select(l => l.Start));
        Assert.Equal(5, lines[4].Number);
    }

    [Fact]
    public void A_line_holding_a_whole_text_is_read_one_paragraph_a_line_with_its_own_number_anhui_2026()
    {
        // seeds/anhui/2026.txt with its line breaks lost, each paragraph set off by its indent, after a first line.
        string text = "导航\n" + ReprintedLayoutTests.OneLine(TestData.Seed("anhui/2026.txt"));
        var lines = SourceLines.Split(text);
        Assert.Equal("导航", lines[0].Text);
        Assert.All(lines.Skip(1), l => Assert.Equal(2, l.Number));
        var title = lines.Single(l => l.Clean == "2026年安徽省政府工作报告");
        Assert.Equal(text.IndexOf("　　2026年安徽省政府工作报告", System.StringComparison.Ordinal), title.Start);
        Assert.Equal(title.Start - 3, title.Column);
        // A diagnostic on such a line points at the paragraph's own column of the physical line.
        var at = ReportSdk.Generator.Diagnostics.LocationInfo.OfLine("a.txt", title);
        Assert.Equal((1, title.Column, title.Start), (at.StartLine, at.StartColumn, at.Start));
        Assert.Equal(SourceLines.PositionOf(text, title.Start), (at.StartLine, at.StartColumn));
        // A long paragraph with double spaces in it stays one line; set off by four spaces, its sentences are paragraphs.
        string sentence = "全省地区生产总值5.3万亿元、增长5.5%，规上工业增加值增长9.4%。";
        Assert.Single(SourceLines.Split(string.Concat(Enumerable.Repeat(sentence.Replace("，", "，  "), 80))));
        Assert.Equal(80, SourceLines.Split(string.Concat(Enumerable.Repeat("    " + sentence, 80))).Length);
    }

    [Theory]
    // seeds/anhui/2026.txt's part title and title as a Markdown converter writes them; a # with no space is text.
    [InlineData("## 一、2025年工作和“十四五”发展回顾", "一、2025年工作和“十四五”发展回顾")]
    [InlineData("　# 2026年安徽省政府工作报告 ", "2026年安徽省政府工作报告")]
    [InlineData("####### 一、2025年工作", "####### 一、2025年工作")]
    [InlineData("#1机组投产", "#1机组投产")]
    // seeds/anhui/2026.txt's lines as a saved page holds them; escapes and the text's own brackets are no tags.
    [InlineData("<p style=\"text-indent:2em\"><strong>一、2025年工作和“十四五”发展回顾</strong></p>", "一、2025年工作和“十四五”发展回顾")]
    [InlineData("<br/>", "")]
    [InlineData("<p>&nbsp;&nbsp;&#160;过去一年&nbsp;</p>", "过去一年")]
    [InlineData("<U+00A0>各位代表：", "各位代表：")]
    [InlineData("<<纲要>>", "<<纲要>>")]
    [InlineData("指标<3%的<b>", "指标<3%的")]
    public void Markdown_heading_markers_and_html_tags_are_no_part_of_the_line(string line, string clean) =>
        Assert.Equal(clean, Normalizer.CleanLine(line));

    [Fact]
    public void Unicode_separators_do_not_end_a_line()
    {
        var lines = SourceLines.Split("a\u2028b\nc\u2029\u0085d\r\ne");
        Assert.Equal(new[] { "a\u2028b", "c\u2029\u0085d", "e" }, lines.Select(l => l.Text));
        Assert.Equal("c", lines[1].Clean.Substring(0, 1));
        Assert.Equal((1, 3), SourceLines.PositionOf("a\u2028b\nc\u2029\u0085d\r\ne", 7));
        Assert.Equal((2, 0), SourceLines.PositionOf("a\u2028b\nc\u2029\u0085d\r\ne", 10));
    }

    [Fact]
    public void Fact_lines_are_the_lines_cat_n_counts_when_the_text_holds_unicode_separators()
    {
        string text = TestData.Seed("shijingshan-2023.txt");
        // A separator after every sentence end and at the end of every line, as some web copies carry them.
        string separated = text.Replace("。", "。\u2028").Replace("\n", "\u2029\n");
        var plain = ReportParser.Parse("a.txt", text).Reports[0];
        var report = ReportParser.Parse("a.txt", separated).Reports[0];
        Assert.Equal((plain.StartLine, plain.EndLine), (report.StartLine, report.EndLine));
        Assert.Equal(plain.Facts.Count, report.Facts.Count);
        Assert.Equal(plain.Facts.Select(f => (f.Name, f.Value, f.Line)), report.Facts.Select(f => (f.Name, f.Value, f.Line)));
        var textLines = separated.Split('\n');
        Assert.All(report.Facts, f => Assert.Contains(f.ValueText, textLines[f.Line - 1], System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_digit_after_a_latin_letter_is_its_subscript_not_a_page_number()
    {
        // seeds/national/2014.txt lines 34–36: 广义货币M / 2 / 增长13.6%.
        var lines = SourceLines.Split("去年广义货币M\n2\n增长13.6%，符合调控要求。\n\n17\n\n下一段。");
        Assert.Equal(Furniture.None, lines[1].Furniture);
        Assert.Equal(Furniture.Drop, lines[4].Furniture); // a page number between blank lines stays furniture
        var facts = ReportSdk.Tests.Facts.FactHarness.Paragraphs(2014, ReportPart.Review, null, "去年广义货币M2增长13.6%，符合调控要求。");
        Assert.Equal("广义货币M2", Assert.Single(facts).Name);
    }

    [Fact]
    public void Inside_the_seed_reports_only_the_printed_page_number_is_dropped()
    {
        var dropped = new System.Collections.Generic.List<string>();
        foreach (string file in TestData.SeedFiles)
        {
            var lines = SourceLines.Split(System.IO.File.ReadAllText(file));
            foreach (var segment in ReportSegmenter.Find(lines, CancellationToken.None))
            {
                for (int i = segment.BodyStart; i < segment.BodyEnd; i++)
                {
                    if (lines[i].Furniture != Furniture.None) dropped.Add(System.IO.Path.GetFileName(file) + ":" + lines[i].Number);
                }
            }
        }
        Assert.Equal(new[] { "xicheng-2020.txt:660" }, dropped);
    }
}
