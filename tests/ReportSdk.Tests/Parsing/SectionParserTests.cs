using System.Linq;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Xunit;
using static ReportSdk.Tests.Parsing.ParsingTestHelpers;
using GenStyle = ReportSdk.Generator.Vocabulary.SectionStyle;

namespace ReportSdk.Tests.Parsing;

/// <summary>Headings, lead sentences, 一是 heads and dash bullets on real snippets.</summary>
public sealed class SectionParserTests
{

    [Fact]
    public void Heading_running_into_body_stops_at_the_first_full_stop_000_34()
    {
        var tree = Sections(Layout.Wrapped(52), 32,
            "一年来，我们主要做了以下工作。", "",
            "（一）围绕主线、办好大事，重大任务全面落实。全力", "",
            "做好迎接、服务、学习宣传贯彻党的二十大各项工作。发动");
        // No 一、 yet: the （一） heading stands at the top.
        var section = Assert.Single(tree.Sections);
        Assert.Equal("围绕主线、办好大事，重大任务全面落实", section.Title);
        Assert.Equal(34, section.Line);
        Assert.Equal("（一）", section.Marker);
        var body = Assert.Single(section.Paragraphs);
        Assert.StartsWith("全力做好迎接", body.Text);
        Assert.Equal(34, body.Line);
    }

    [Fact]
    public void A_first_sentence_stating_a_figure_is_no_lead_sentence()
    {
        // seeds/national/2007.txt lines 21–28: 城镇新增就业1184万人。 reports a result under its dash bullet; it heads nothing.
        var tree = Sections(Layout.Unwrapped, 21,
            "一、2006年工作回顾", "",
            "——人民生活有较大改善。",
            "城镇新增就业1184万人。城镇居民人均可支配收入11759元，农村居民人均纯收入3587元。", "",
            "——社会事业加快发展。",
            "科技创新取得重大成果。教育事业继续发展，公共卫生体系建设得到加强。");
        var part = Assert.Single(tree.Sections);
        Assert.Equal(new[] { "人民生活有较大改善", "社会事业加快发展", "科技创新取得重大成果" }, part.Children.Select(c => c.Title).ToArray());
        Assert.StartsWith("城镇新增就业1184万人。", part.Children[0].Paragraphs[0].Text);
    }

    [Fact]
    public void Bold_lead_sentence_glued_to_a_heading_becomes_its_own_item_002_23()
    {
        var tree = Sections(Layout.Unwrapped, 19,
            "一、2022 年工作回顾", "",
            "（一）坚持生态立区，首都西部绿色屏障愈加牢固", "",
            "（二）坚持文化兴区，永定河文旅体验产业带初步形成**文化保护传承深入开展**。融入全国文化中心建设，推进沿河城长城陈列馆建设。");
        var paren = Assert.Single(tree.Sections).Children[1];
        Assert.Equal((2, 23), (paren.Ordinal, paren.Line));
        Assert.Equal("坚持文化兴区，永定河文旅体验产业带初步形成", paren.Title);
        var lead = Assert.Single(paren.Children);
        Assert.Equal(GenStyle.LeadSentence, lead.Style);
        Assert.Equal("文化保护传承深入开展", lead.Title);
        Assert.Equal("融入全国文化中心建设，推进沿河城长城陈列馆建设。", Assert.Single(lead.Paragraphs).Text);
    }

    [Fact]
    public void Shi_paragraph_heads_are_level_two_but_inline_lists_are_not_004_60_90()
    {
        var tree = Sections(Layout.Unwrapped, 52,
            "一、2023年工作回顾", "",
            "一年来,主要做了以下工作。", "",
            "一是深入落实首都城市战略定位,京津冀协同发展不断走深走实。进一步优化提升首都功能。", "",
            "二是着力发挥科技创新引领作用,经济高质量发展内生动力进一步增强。加快建设国际科技创新中心。", "",
            "二、2024年重点任务", "",
            "实现以上目标,既有有利的因素和条件。在今年的工作中要着重把握好以下几个方面:一是更加注重服务大局。二是更加注重提质增效。");
        var review = tree.Sections[0];
        Assert.Equal(new[] { "一是", "二是" }, review.Children.Select(c => c.Marker));
        Assert.All(review.Children, c => Assert.Equal((2, GenStyle.Shi), (c.Level, c.Style)));
        Assert.Equal("深入落实首都城市战略定位,京津冀协同发展不断走深走实", review.Children[0].Title);
        var plan = tree.Sections[1];
        Assert.Empty(plan.Children);
        Assert.Equal(2024, tree.PlanYear);
        Assert.Equal(2023, tree.ReviewYear);
    }

    [Fact]
    public void Lone_yishi_without_ershi_is_text()
    {
        var tree = Sections(Layout.Unwrapped, 1,
            "一、2023年工作回顾", "",
            "一是深入落实首都城市战略定位。进一步优化提升首都功能。");
        Assert.Empty(tree.Sections[0].Children);
    }

    [Fact]
    public void Dash_bullets_and_lead_sentences_are_items_below_their_heading_001()
    {
        var tree = Sections(Layout.Unwrapped, 15,
            "  一、2024年工作回顾", "",
            "  ———城市功能持续提升。认真落实市委、市政府主要领导到我区调研指示要求。", "",
            "  (一)落实系列稳增长措施,向上向好发展态势持续巩固", "",
            "  重大项目支撑加力。紧抓中央“三大工程”“两重”等政策机遇。", "",
            "  消费市场焕发活力。紧扣“两新”行动,获批7个设备购置贴息项目。");
        var review = Assert.Single(tree.Sections);
        Assert.Equal(GenStyle.Dash, review.Children[0].Style);
        Assert.Equal("城市功能持续提升", review.Children[0].Title);
        Assert.Equal(17, review.Children[0].Line);
        var paren = review.Children[1];
        Assert.Equal((2, 1, "(一)"), (paren.Level, paren.Ordinal, paren.Marker));
        Assert.Equal(new[] { "重大项目支撑加力", "消费市场焕发活力" }, paren.Children.Select(c => c.Title));
        Assert.All(paren.Children, c => Assert.Equal((3, GenStyle.LeadSentence), (c.Level, c.Style)));
        Assert.Equal(21, paren.Children[0].Line);
    }

    [Fact]
    public void Numbered_headings_must_follow_in_sequence()
    {
        var tree = Sections(Layout.Unwrapped, 1,
            "一、2023年工作回顾", "",
            "三、这不是标题,因为二、还没有出现。", "",
            "二、2024年主要任务");
        Assert.Equal(new[] { 1, 2 }, tree.Sections.Select(s => s.Ordinal));
        Assert.True(tree.HasPlanPart);
    }

    [Fact]
    public void Paragraphs_reach_the_fact_extractor_with_their_part_section_and_lines_000()
    {
        var (_, tree) = Assert.Single(Structure("shijingshan-2023.txt"));
        var review = tree.FactInputs.First(i => i.Paragraph.Text.Contains("地区生产总值完成 980 亿元"));
        Assert.Equal(ReportPart.Review, review.Part);
        Assert.Equal("2022 年工作回顾", review.SectionTitle);
        Assert.Equal(22, review.Paragraph.LineAt(review.Paragraph.Text.IndexOf("980", System.StringComparison.Ordinal)));

        var targets = Assert.Single(tree.FactInputs, i => i.IsMainTargets);
        Assert.Equal(ReportPart.Plan, targets.Part);
        Assert.Equal(468, targets.Paragraph.LineAt(targets.Paragraph.Text.IndexOf("主要预期目标", System.StringComparison.Ordinal)));
        Assert.Equal(470, targets.Paragraph.LineAt(targets.Paragraph.Text.IndexOf("5%左右", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(tree.FactInputs, i => i.Paragraph.Text.Contains("**"));
    }

    [Fact]
    public void Level_one_parts_after_the_review_are_plan_parts()
    {
        var tree = Sections(Layout.Unwrapped, 1,
            "一、2023年工作回顾", "", "地区生产总值增长5%。", "",
            "二、2024年经济社会发展的总体要求和主要目标", "", "主要预期目标是:地区生产总值增长5%左右。", "",
            "三、扎实做好2024年政府工作", "", "全力推动高质量发展。");
        Assert.Equal(new[] { ReportPart.Review, ReportPart.Plan, ReportPart.Plan }, tree.FactInputs.Select(i => i.Part));
        Assert.Equal(new[] { false, true, false }, tree.FactInputs.Select(i => i.IsMainTargets));
        Assert.Equal(2024, tree.PlanYear);
    }

    [Fact]
    public void An_unnamed_first_part_is_the_review_and_parts_after_the_plan_are_plan_parts()
    {
        var tree = Sections(Layout.Unwrapped, 1,
            "一、过去五年的工作", "", "全市生产总值增长5%。", "",
            "二、今后五年目标任务和2023年工作", "", "城镇新增就业25万人以上。", "",
            "三、加强政府自身建设", "", "一般性支出压减5%以上。");
        Assert.Equal(new[] { ReportPart.Review, ReportPart.Plan, ReportPart.Plan }, tree.FactInputs.Select(i => i.Part));
    }

    [Theory]
    [InlineData("2024年经济社会发展总体要求", "Plan")]
    [InlineData("2022 年工作回顾", "Review")]
    [InlineData("2023 年主要任务", "Plan")]
    [InlineData("2024年工作安排", "Plan")]
    [InlineData("2024年重点任务", "Plan")]
    [InlineData("政府自身建设", "Other")]
    public void Level_one_titles_decide_the_part(string title, string part) => Assert.Equal(part, PartTitles.PartOf(title).ToString());

    [Fact]
    public void Markdown_bold_is_removed_from_paragraph_text_002_79()
    {
        var tree = Sections(Layout.Unwrapped, 5,
            "一、2022 年工作回顾", "",
            "在肯定成绩的同时，我们也清醒地认识到：**一是生态保护仍需加大力度**。生态环境与区域功能定位相比仍有较大提升空间。**四是民生领域仍**", "",
            "有短板弱项。市政基础设施和公共服务配套还有较大差距。");
        ParagraphModel p = Assert.Single(tree.Sections[0].Paragraphs);
        Assert.Contains("认识到：一是生态保护仍需加大力度。", p.Text);
        Assert.Contains("四是民生领域仍有短板弱项", p.Text);
        Assert.Empty(tree.Sections[0].Children);
    }

    // seeds/national/1981.txt lines 11–290, shortened: the report is numbered （一）（二）（三） at the top; under （二）
    // its ten 一、…十、 policies, and under 四、 a list 一、二、三、 of its own before 五、 goes on.
    private static readonly string[] National1981 =
    {
        "（一）当前的经济形势", "",
        "过去的一年，我们的经济工作是在巩固已有的成绩、克服面临的困难中前进的。", "",
        "（二）今后经济建设的方针", "",
        "一、依靠政策和科学，加快农业的发展", "",
        "农业是国民经济的基础。", "",
        "二、把消费品工业的发展放到重要地位，进一步调整重工业的服务方向", "",
        "三、提高能源的利用效率，加强能源工业和交通运输业的建设", "",
        "四、有重点有步骤地进行技术改造，充分发挥现有企业的作用", "",
        "一、节约能源，节约原材料，降低消耗，降低生产成本；", "",
        "二、改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要；", "",
        "三、合理地利用资源，提高综合利用水平。", "",
        "五、分批进行企业的全面整顿和必要改组", "",
        "为了挖掘现有企业的潜力，提高经济效益，增加财政收入，必须分批地有计划地对现有企业进行全面整顿。", "",
        "（三）我国经济发展的前景", "",
        "当前，国务院在努力做好各项经济工作的同时，正在继续抓紧编制我国发展国民经济的第六个五年计划。",
    };

    [Fact]
    public void A_one_two_list_under_a_parenthesised_heading_at_the_top_nests_when_the_parenthesised_list_goes_on_national_1981()
    {
        var tree = Sections(Layout.Unwrapped, 11, National1981);
        Assert.Equal(new[] { "（一）", "（二）", "（三）" }, tree.Sections.Select(s => s.Marker).ToArray());
        Assert.All(tree.Sections, s => Assert.Equal(1, s.Level));
        var policies = tree.Sections[1].Children;
        Assert.Equal(new[] { "一、", "二、", "三、", "四、", "五、" }, policies.Select(c => c.Marker).ToArray());
        Assert.All(policies, c => Assert.Equal((2, GenStyle.Dun), (c.Level, c.Style)));
        Assert.Equal("分批进行企业的全面整顿和必要改组", policies[4].Title);
        // The list under 四、 starts again at 一、 and closes before 五、: a third level.
        var measures = policies[3].Children;
        Assert.Equal(new[] { "一、", "二、", "三、" }, measures.Select(c => c.Marker).ToArray());
        Assert.All(measures, c => Assert.Equal(3, c.Level));
        Assert.Equal("节约能源，节约原材料，降低消耗，降低生产成本；", measures[0].Title);
        Assert.Equal("当前，国务院在努力做好各项经济工作的同时，正在继续抓紧编制我国发展国民经济的第六个五年计划。",
            Assert.Single(tree.Sections[2].Paragraphs).Text);
    }

    [Fact]
    public void Without_the_parenthesised_list_going_on_the_one_two_list_stays_at_the_top()
    {
        // The same text without （三）: nothing shows the （） list enclosing the 一、 list, so 一、 heads the top level
        // after a （一）（二） preamble, as before.
        var lines = National1981.Take(National1981.Length - 3).ToArray();
        var tree = Sections(Layout.Unwrapped, 11, lines);
        Assert.Equal(new[] { "（一）", "（二）", "一、", "二、", "三、", "四、", "五、" }, tree.Sections.Select(s => s.Marker).ToArray());
        Assert.All(tree.Sections, s => Assert.Equal(1, s.Level));
        Assert.Equal(new[] { "一、", "二、", "三、" }, tree.Sections[5].Children.Select(c => c.Marker).ToArray());
    }

    [Fact]
    public void A_one_two_list_restarting_under_a_heading_nests_when_the_enclosing_list_goes_on_national_1986()
    {
        // seeds/national/1986.txt lines 13–244, shortened: under 三、, three （） reforms and then six 一、…六、 points,
        // after which the top list goes on with 四、.
        var tree = Sections(Layout.Unwrapped, 13,
            "一、“六五”计划执行情况的回顾", "",
            "我国社会主义现代化建设取得了巨大成就，全国经济和社会面貌发生了深刻变化。", "",
            "二、“七五”时期的基本任务和主要建设方针", "",
            "三、“七五”时期的经济体制改革", "",
            "我们要正确地贯彻执行各项建设方针，圆满实现“七五”期间的建设任务。", "",
            "（一）进一步增强企业特别是全民所有制大中型企业的活力", "",
            "要在坚持公有制为主体的前提下，继续发展多种所有制形式和多种经营方式。", "",
            "（二）进一步发展社会主义的商品市场，逐步完善市场体系。", "",
            "（三）国家对企业的管理逐步由直接控制为主转向间接控制为主，建立新的社会主义宏观经济管理制度。", "",
            "一、充分认识经济体制改革必须适应发展社会主义商品经济的要求", "",
            "商品经济的充分发展，是社会经济发展的不可逾越的阶段。", "",
            "二、充分认识新旧体制转换过程的艰巨性和复杂性", "",
            "三、充分认识改革中兼顾当前利益和长远利益、局部利益和全局利益的必要性", "",
            "四、充分认识改革的新形势对企业提出的严格要求", "",
            "五、充分认识政府机构转变管理职能和改进工作作风的重要性", "",
            "六、充分认识加强法制对于改革的促进作用和保证作用", "",
            "四、坚持独立自主的和平外交政策", "",
            "我国第七个五年计划是动员全国人民专心致志地从事社会主义现代化建设的和平发展计划。");
        Assert.Equal(new[] { "一、", "二、", "三、", "四、" }, tree.Sections.Select(s => s.Marker).ToArray());
        var reform = tree.Sections[2];
        Assert.Equal(new[] { "（一）", "（二）", "（三）", "一、", "二、", "三、", "四、", "五、", "六、" }, reform.Children.Select(c => c.Marker).ToArray());
        Assert.All(reform.Children, c => Assert.Equal(2, c.Level));
        Assert.Equal("坚持独立自主的和平外交政策", tree.Sections[3].Title);
    }

    [Fact]
    public void A_second_one_two_list_counting_past_the_first_starts_the_top_list_afresh_national_1988()
    {
        // seeds/national/1988.txt lines 127–364, shortened: 一、…三、 on the lessons of five years, a part title, then
        // 一、…五、 on the tasks of the next five. The second list's 四、 and 五、 are its own, not the first list's.
        var tree = Sections(Layout.Unwrapped, 127,
            "一、牢固树立建设要依靠改革，改革要促进建设的指导思想", "",
            "我们在实践中深刻认识到，建设和改革是密不可分的。", "",
            "二、无论建设还是改革，都必须坚持从实际出发，解放思想，实事求是", "",
            "三、建设和改革都要以提高经济效益为中心，不断推进科技进步", "",
            "今后五年建设和改革的目标、方针和任务", "",
            "一、大力发展农业生产和加强基础工业、基础设施的建设，以保持国民经济的持续稳定增长", "",
            "农业是国民经济的基础。", "",
            "二、加快科学技术和教育事业的发展和改革", "",
            "三、以深化企业改革为中心进行综合配套改革，逐步确立新经济体制的主导地位", "",
            "四、不失时机地加快实施沿海地区经济发展战略，进一步扩大对外开放", "",
            "五、切实搞好政府机构改革，努力克服官僚主义、提高工作效率和严肃政纪法纪", "",
            "政府机构改革是政治体制改革的重要内容。");
        Assert.Equal(new[] { "一、", "二、", "三、", "一、", "二、", "三、", "四、", "五、" }, tree.Sections.Select(s => s.Marker).ToArray());
        Assert.All(tree.Sections, s => Assert.Equal(1, s.Level));
        Assert.Equal("不失时机地加快实施沿海地区经济发展战略，进一步扩大对外开放", tree.Sections[6].Title);
    }

    [Fact]
    public void Items_of_a_list_in_a_sentence_start_no_top_list_national_1987()
    {
        // seeds/national/1987.txt lines 177–185, after the top list reached 四、: items ending in ； are a sentence's list.
        var tree = Sections(Layout.Unwrapped, 170,
            "一、进一步增强企业活力", "",
            "二、继续加强宏观经济管理", "",
            "三、深入改革经济体制和扩大对外开放", "",
            "四、加强社会主义精神文明建设", "",
            "在思想政治工作方面，主要抓好以下几个方面：", "",
            "一、继续深入批评资产阶级自由化的错误观点；", "",
            "二、认真进行坚持四项基本原则的正面教育；", "",
            "三、进一步整顿、充实和加强舆论阵地；", "",
            "四、切实加强和改进各条战线特别是学校的思想政治工作；", "",
            "五、大力加强马克思主义理论队伍的建设。");
        Assert.Single(tree.Sections, s => s.Marker == "一、");
        Assert.DoesNotContain(tree.Sections, s => s.Title.EndsWith("；", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_restarted_one_two_run_that_never_returns_to_the_enclosing_list_stays_running_text()
    {
        // The 1986 points without the closing 四、: the run 一、…六、 goes to the end of the text, so nothing shows a
        // list nested under 三、; the numbers stay in the text, as any number out of sequence does.
        var tree = Sections(Layout.Unwrapped, 13,
            "一、“六五”计划执行情况的回顾", "",
            "二、“七五”时期的基本任务和主要建设方针", "",
            "三、“七五”时期的经济体制改革", "",
            "我们要正确地贯彻执行各项建设方针，圆满实现“七五”期间的建设任务。", "",
            "一、充分认识经济体制改革必须适应发展社会主义商品经济的要求", "",
            "商品经济的充分发展，是社会经济发展的不可逾越的阶段。", "",
            "二、充分认识新旧体制转换过程的艰巨性和复杂性", "",
            "三、充分认识改革中兼顾当前利益和长远利益、局部利益和全局利益的必要性");
        Assert.Equal(new[] { "一、", "二、", "三、" }, tree.Sections.Select(s => s.Marker).ToArray());
        var reform = tree.Sections[2];
        Assert.Empty(reform.Children);
        Assert.Contains(reform.Paragraphs, p => p.Text.StartsWith("一、充分认识", System.StringComparison.Ordinal));
    }
}
