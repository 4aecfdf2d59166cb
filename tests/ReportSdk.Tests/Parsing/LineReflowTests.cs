using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;
using static ReportSdk.Tests.Parsing.ParsingTestHelpers;

namespace ReportSdk.Tests.Parsing;

/// <summary>Reflow rules on real snippets from the seeds (line numbers as in the seed).</summary>
public sealed class LineReflowTests
{
    // 000 is a PDF extraction wrapped at 26 CJK characters (52 columns), a blank line after every line.
    private static readonly Layout Pdf000 = Layout.Wrapped(52);

    [Fact]
    public void Word_broken_across_lines_joins_again_000_26_28()
    {
        var paragraphs = Reflow(Pdf000, 26,
            "（同口径增长 8.2%）；固定资产投资完成 440 亿元，同比增", "",
            "长 7.1%；居民人均可支配收入 86359 元，同比增长 2%；万", "",
            "元地区生产总值能耗降幅达到 2%。");
        var p = Assert.Single(paragraphs);
        Assert.Contains("同比增长 7.1%", p.Text);
        Assert.Contains("万元地区生产总值能耗", p.Text);
        Assert.Equal(26, p.Line);
        Assert.Equal(28, p.LineAt(p.Text.IndexOf("7.1%", System.StringComparison.Ordinal)));
        Assert.Equal(30, p.LineAt(p.Text.IndexOf("能耗", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Indicator_name_broken_across_lines_joins_again_003_31_33()
    {
        var paragraphs = Reflow(Layout.Wrapped(46), 31,
            "地区生产总值预计达到4500亿元、增长6%，区级一", "",
            "般公共预算收入完成431.1亿元、增长0.1%，居民人", "",
            "均可支配收入预计为8.8万元、增长7.5%，社会消费");
        Assert.Contains("区级一般公共预算收入完成431.1亿元", Assert.Single(paragraphs).Text);
    }

    [Fact]
    public void Number_and_unit_join_again_000_164_166()
    {
        var p = Assert.Single(Reflow(Pdf000, 164,
            "融年度论坛，筹建北交所服务基地，实现产业收入 1235 亿", "",
            "元。科技服务业稳步发展，出台“石科 26 条”，建设 11 个"));
        Assert.Contains("实现产业收入 1235 亿元。", p.Text);
    }

    [Fact]
    public void Chinese_numeral_joins_again_000_62_64()
    {
        var p = Assert.Single(Reflow(Pdf000, 62,
            "佳绩，冬奥社区文化健身广场运行模式在全国推广，带动三", "",
            "亿人参与冰雪运动示范区建设成果显著。高效统筹疫情防控"));
        Assert.Contains("带动三亿人参与", p.Text);
    }

    [Fact]
    public void Short_line_ending_a_sentence_ends_the_paragraph_000_30_32()
    {
        var paragraphs = Reflow(Pdf000, 28,
            "长 7.1%；居民人均可支配收入 86359 元，同比增长 2%；万", "",
            "元地区生产总值能耗降幅达到 2%。", "",
            "一年来，我们主要做了以下工作。", "",
            "（一）围绕主线、办好大事，重大任务全面落实。全力");
        Assert.Equal(new[] { 28, 32, 34 }, paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Printed_page_number_and_page_break_space_go_003_656_663()
    {
        var paragraphs = Reflow(Layout.Wrapped(46), 654,
            "成果，推动建立和完善了党建引领基层治理、市民热", "",
            "线诉求办理、满足群众“七有”“五性”需求等一批", "", "", "",
            "17 ", " ", "",
            "新机制、新措施，有效解决了市民热线群众诉求 6.1", "",
            "万件。全面落实依法行政，坚持向区人大及其常委会");
        var p = Assert.Single(paragraphs);
        Assert.Contains("需求等一批新机制、新措施", p.Text);
        Assert.Contains("诉求 6.1万件", p.Text);
        Assert.DoesNotContain("17", p.Text);
        Assert.Equal(663, p.LineAt(p.Text.IndexOf("新机制", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Fragment_repeated_at_a_page_break_is_kept_once_002_25_27()
    {
        var p = Assert.Single(Reflow(Layout.Unwrapped, 25,
            "推动文旅农林商体融合。大力发展林下经济，林下种植面积达3200余亩。成功打造野奢度假酒店“天", "",
            "“天花板”北京悉昙酒店，亚洲顶级“数字高尔夫”科技馆成为城市消费新地标。"));
        Assert.Contains("野奢度假酒店“天花板”北京悉昙酒店", p.Text);
    }

    [Fact]
    public void Paragraph_split_mid_word_at_a_page_end_joins_again_002_19_21()
    {
        var p = Assert.Single(Reflow(Layout.Unwrapped, 19,
            "生态绿色空间大幅拓展。完成荒山等造林任务 9300 亩，废弃矿山修复治理扩充绿色空间 33 公顷。建立北京首个“公", "",
            "益诉讼生态修复基地”。成功获评“国家森林城市”“中国天然氧吧”称号。"));
        Assert.Contains("北京首个“公益诉讼生态修复基地”", p.Text);
        Assert.Equal(21, p.LineAt(p.Text.IndexOf("益诉讼", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Half_width_punctuation_ends_paragraphs_and_headings_stand_alone_001()
    {
        var paragraphs = Reflow(Layout.Unwrapped, 11,
            "  各位代表:", "",
            "  现在,我代表石景山区人民政府,向大会报告政府工作,请予审议,并请区政协委员提出意见。", "",
            "  (一)落实系列稳增长措施,向上向好发展态势持续巩固", "",
            "  重大项目支撑加力。紧抓中央“三大工程”“两重”等政策机遇。");
        Assert.Equal(new[] { "各位代表:", "现在,我代表石景山区人民政府,向大会报告政府工作,请予审议,并请区政协委员提出意见。",
            "(一)落实系列稳增长措施,向上向好发展态势持续巩固", "重大项目支撑加力。紧抓中央“三大工程”“两重”等政策机遇。" },
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Wrapped_heading_takes_its_short_tail_003_812_814()
    {
        var paragraphs = Reflow(Layout.Wrapped(46), 810,
            "为实现上述目标，重点做好以下工作。 ", "",
            "（一）坚持规划引领，着力抓好核心区控制性详", "",
            "规落地落实 ", "",
            "高水平谋划好全区“十四五”发展。“十四五”");
        Assert.Equal("（一）坚持规划引领，着力抓好核心区控制性详规落地落实", paragraphs[1].Text);
        Assert.Equal(812, paragraphs[1].Line);
        Assert.Equal(816, paragraphs[2].Line);
    }

    [Fact]
    public void Full_width_heading_line_does_not_swallow_the_next_paragraph_003_1095()
    {
        // （四）坚持重点攻坚，着力提升城市环境品质 fills its line and its body opens on a short lead sentence
        // (持之以恒抓好污染防治工作。紧抓…); the other headings of its list end on a short tail of their own
        // (（三）坚持制度先行，着力提升首都功能核心区 / 治理能力和治理水平), so the list's headings stand alone.
        var (_, tree) = Assert.Single(Structure("xicheng-2020.txt"));
        var heading = Flatten(tree.Sections).Single(s => s.Line == 1095);
        Assert.Equal("坚持重点攻坚，着力提升城市环境品质", heading.Title);
        Assert.Contains(heading.Children, c => c.Line == 1097 && c.Title == "持之以恒抓好污染防治工作");
        Assert.Equal("治理能力和治理水平", Flatten(tree.Sections).Single(s => s.Line == 1007).Title.Substring("坚持制度先行，着力提升首都功能核心区".Length));
    }

    [Fact]
    public void Layout_is_measured_from_the_file_itself()
    {
        Assert.True(Layout.Measure(TestData.Seed("shijingshan-2023.txt").Split('\n')).IsWrapped);
        Assert.True(Layout.Measure(TestData.Seed("xicheng-2020.txt").Split('\n')).IsWrapped);
        Assert.False(Layout.Measure(TestData.Seed("shijingshan-2025.txt").Split('\n')).IsWrapped);
        Assert.False(Layout.Measure(TestData.Seed("mentougou-2023.txt").Split('\n')).IsWrapped);
    }

    [Fact]
    public void A_part_title_that_lost_its_number_stands_alone_gansu_49_51()
    {
        // seeds/gansu/2026.txt (one paragraph a line, the 一、二、三、 of its part titles lost).
        var paragraphs = Reflow(Layout.Unwrapped, 49,
            "各位代表！宏伟事业需要赓续前行，美好未来唯有实干铸就。",
            "2026年重点工作",
            "今年是“十五五”开局之年。");
        Assert.Equal(new[] { "2026年重点工作", "今年是“十五五”开局之年。" }, paragraphs.Skip(1).Select(p => p.Text));
        Assert.Equal(new[] { 49, 50, 51 }, paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void A_line_without_a_sentence_end_goes_on_unless_a_heading_follows_001()
    {
        // shijingshan-2025 rewritten without its colon: the line before a heading ends its paragraph however it ends.
        var paragraphs = Reflow(Layout.Unwrapped, 11,
            "  各位代表", "",
            "  现在,我代表石景山区人民政府,向大会报告政府工作", "",
            "  (一)落实系列稳增长措施,向上向好发展态势持续巩固");
        Assert.Equal(new[] { "各位代表现在,我代表石景山区人民政府,向大会报告政府工作", "(一)落实系列稳增长措施,向上向好发展态势持续巩固" },
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void In_a_wrapped_file_a_blank_line_ends_a_paragraph_only_where_blank_lines_are_rare_000_26_28()
    {
        string[] lines = { "（同口径增长 8.2%）；固定资产投资完成 440 亿元，同比增", "", "长 7.1%；居民人均可支配收入 86359 元，同比增长 2%；万" };
        Assert.Single(Reflow(Pdf000, 26, lines));
        Assert.Equal(new[] { 26, 28 }, Reflow(Layout.Wrapped(52, blankLinesSeparateParagraphs: true), 26, lines).Select(p => p.Line));
    }

    [Fact]
    public void In_a_wrapped_file_a_dash_bullet_after_a_full_sentence_starts_a_paragraph_001_19_21()
    {
        // shijingshan-2025's ——— bullets, wrapped at 26 characters: a full line that ends a sentence goes on unless a
        // bullet (three dashes) or a heading follows; a two-dash —— is punctuation.
        var paragraphs = Reflow(Pdf000, 19,
            "圆满完成中非合作论坛北京峰会等重大活动服务保障任务。",
            "———经济运行向优向好。面对增长压力大、困难多的复杂形",
            "势，通过专班统筹、部门攻坚、市区联动，强化经济运行调度。",
            "——主要指标符合预期，多项指标优于全市，预计全年地区生产",
            "总值突破1200亿元。");
        Assert.Equal(new[] { 19, 20 }, paragraphs.Select(p => p.Line));
        Assert.EndsWith("强化经济运行调度。——主要指标符合预期，多项指标优于全市，预计全年地区生产总值突破1200亿元。", paragraphs[1].Text);
    }

    [Theory]
    [InlineData("——")]
    [InlineData("———")]
    public void In_a_wrapped_file_dashes_alone_on_a_line_are_no_bullet(string dashes)
    {
        // A bullet heads its text: dashes without text after a full sentence go on with it (and, a short line, end it).
        var paragraphs = Reflow(Pdf000, 19, "圆满完成中非合作论坛北京峰会等重大活动服务保障任务。", dashes, "经济运行向优向好。");
        Assert.Equal("圆满完成中非合作论坛北京峰会等重大活动服务保障任务。" + dashes, paragraphs[0].Text);
        Assert.Equal(21, paragraphs[1].Line);
    }

    [Fact]
    public void A_fragment_printed_twice_at_a_page_break_goes_only_when_it_cannot_be_a_real_repeat_002()
    {
        // Four characters or more, two of them Chinese, repeated across the break: printed twice.
        Assert.Contains("推动“两园一河”协同联动发展", Assert.Single(Reflow(Layout.Unwrapped, 1, "深入推动“两园一河”协同联动", "协同联动发展，开工建设煤仓改建博物馆项目。")).Text);
        // Shorter, or mostly digits, and not opening a quotation: may be the text itself, kept.
        Assert.Equal("坚持一张蓝图绘到底，一年一年一年干下去。", Assert.Single(Reflow(Layout.Unwrapped, 1, "坚持一张蓝图绘到底，一年一年", "一年干下去。")).Text);
        Assert.Contains("增长2024年2024年", Assert.Single(Reflow(Layout.Unwrapped, 1, "增长2024年", "2024年目标任务。")).Text);
        Assert.Contains("建成5G一体化基站", Assert.Single(Reflow(Layout.Unwrapped, 1, "建成5G一体", "5G一体化基站。")).Text); // 一 is U+4E00
        Assert.Contains("突破30亿元大关", Assert.Single(Reflow(Layout.Unwrapped, 1, "营业收入突破30亿元", "30亿元大关。")).Text);
        // A whole line is never a repeat: a page break repeats a fragment of the line that follows.
        Assert.Equal("深入推动“两园一河”协同联动协同联动", Assert.Single(Reflow(Layout.Unwrapped, 1, "深入推动“两园一河”协同联动", "协同联动")).Text);
        // A bracket or quotation mark opening the next line repeats the end of the last: printed twice.
        Assert.Contains("编制完成区级安全韧性城市（单元）专项规划", Assert.Single(Reflow(Layout.Unwrapped, 1, "编制完成区级安全韧性城市（单", "（单元）专项规划。")).Text);
        Assert.Contains("打造“石景山服务”品牌", Assert.Single(Reflow(Layout.Unwrapped, 1, "打造“石", "“石景山服务”品牌。")).Text);
    }

    [Theory]
    [InlineData('“', '”')]
    [InlineData('‘', '’')]
    [InlineData('《', '》')]
    [InlineData('「', '」')]
    [InlineData('『', '』')]
    [InlineData('（', '）')]
    [InlineData('(', ')')]
    [InlineData('【', '】')]
    public void Two_characters_repeated_at_a_page_break_go_when_they_open_a_quotation_or_bracket(char open, char close)
    {
        var p = Assert.Single(Reflow(Layout.Unwrapped, 1, $"持续擦亮{open}石", $"{open}石景山服务{close}品牌。"));
        Assert.Equal($"持续擦亮{open}石景山服务{close}品牌。", p.Text);
    }

    [Fact]
    public void Reflow_stops_when_cancelled()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var lines = Lines(1, "各位代表：");
        Assert.Throws<System.OperationCanceledException>(() => LineReflow.Reflow(lines, 0, lines.Length, Layout.Unwrapped, cancelled.Token));
    }

    private static System.Collections.Generic.IEnumerable<ReportSdk.Generator.Model.SectionModel> Flatten(
        ReportSdk.Generator.Model.EquatableArray<ReportSdk.Generator.Model.SectionModel> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));
}
