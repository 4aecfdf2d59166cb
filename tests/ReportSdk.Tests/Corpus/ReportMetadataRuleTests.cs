using System.IO;
using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;
using Level = ReportSdk.Generator.Vocabulary.RegionLevel;

namespace ReportSdk.Tests.Corpus;

/// <summary>The metadata rules on snippets of the corpus texts, including snippets that must yield nothing.</summary>
public class ReportMetadataRuleTests
{
    [Theory]
    [InlineData("北京市石景山区人民政府", "石景山区", "110107", "北京市")]
    [InlineData("内蒙古自治区呼伦贝尔市海拉尔区", "海拉尔区", "150702", "呼伦贝尔市")]
    [InlineData("海拉尔区", "海拉尔区", "150702", "呼伦贝尔市")]
    [InlineData("四川", "四川省", "510000", null)]
    [InlineData("内蒙古", "内蒙古自治区", "150000", null)]
    [InlineData("国务院", "全国", null, null)]
    [InlineData("第一届全國人民代表大會", "全国", null, null)]
    public void Names_resolve_through_the_divisions_table(string text, string region, string? code, string? parent)
    {
        Assert.True(RegionResolver.TryResolve(text, out var info));
        Assert.Equal(region, info.Name);
        Assert.Equal(code, info.Code);
        Assert.Equal(parent, info.Parents.Count > 0 ? info.Parents[0].Name : null);
    }

    [Fact]
    public void A_bare_name_before_a_caption_that_names_its_title_is_the_speaker()
    {
        // seeds/hunan/2026.txt: the name alone on line 14 (after 来源/时间 furniture), the title only in the photo caption.
        string path = TestData.SeedPath("hunan/2026.txt");
        var report = Assert.Single(ReportParser.Parse(path, File.ReadAllText(path)).Reports);
        Assert.Equal(("毛伟明", "省长", "2026-02-03"), (report.Speaker, report.SpeakerTitle, report.Date));
        Assert.True(SpeakerParser.Delivers("2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。", "毛伟明", out string title));
        Assert.Equal("省长", title);
        // A caption about somebody else, or one that reports no delivery, is no speaker line.
        Assert.False(SpeakerParser.Delivers("省长毛伟明作政府工作报告。", "刘尚文", out _));
        Assert.False(SpeakerParser.Delivers("2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。", "毛伟明", out _));
    }

    [Fact]
    public void A_share_bar_ends_no_report_and_paragraphs_that_open_on_five_years_make_a_five_year_review()
    {
        // seeds/yunnan/2026.txt: the report ends on line 119, before the page's share bar (|, 分享到微信, ×), and is whole.
        string yunnan = TestData.SeedPath("yunnan/2026.txt");
        var report = Assert.Single(ReportParser.Parse(yunnan, File.ReadAllText(yunnan)).Reports);
        Assert.Equal((119, true), (report.EndLine, report.Complete));
        // seeds/fujian/2026.txt: 一、一年接着一年干，… says nothing of five years; its paragraphs 五年来，我们… (lines 56-58) do.
        string fujian = TestData.SeedPath("fujian/2026.txt");
        var five = Assert.Single(ReportParser.Parse(fujian, File.ReadAllText(fujian)).Reports);
        Assert.Equal((2021, 2025), (five.ReviewStartYear, five.ReviewYear));
    }

    [Theory]
    [InlineData("guangxi/2026.txt", 2021)] // 二、“十四五”时期发展成就和“十五五”时期主要目标任务: a later part looks back
    [InlineData("national/2021.txt", 2016)] // 二、“十三五”时期发展成就和“十四五”时期主要目标任务
    [InlineData("jilin/2026.txt", 2021)] // 一、工作回顾 … “十四五”时期是吉林…的五年。 (line 27)
    [InlineData("shaanxi/2026.txt", 2021)] // 各位代表！2025年目标任务顺利完成，标志着“十四五”圆满收官。五年来，… (line 32)
    [InlineData("gansu/2026.txt", 2021)] // part titles without numbers: 五年来主要做了以下工作。 before the first numbered heading
    [InlineData("national/1988.txt", 1983)] // 五年来，在改革开放的推动下，… (line 16), under a part that names no years
    [InlineData("inner-mongolia/2026.txt", 2021)] // “十四五”时期发展成就和2025年工作回顾 (line 18): an unnumbered part title joined to its first line
    public void A_review_of_five_years_shows_in_a_later_part_or_in_a_sentence_that_opens_on_them(string file, int start)
    {
        string path = TestData.SeedPath(file);
        var report = Assert.Single(ReportParser.Parse(path, File.ReadAllText(path)).Reports);
        Assert.Equal((start, start + 4), (report.ReviewStartYear, report.ReviewYear));
    }

    [Fact]
    public void A_plan_part_whose_title_lost_its_number_makes_the_report_whole()
    {
        // seeds/gansu/2026.txt: 2026年重点工作 (line 50) stands unnumbered; the report ends on its closing sentence (line 95).
        string path = TestData.SeedPath("gansu/2026.txt");
        var report = Assert.Single(ReportParser.Parse(path, File.ReadAllText(path)).Reports);
        Assert.Equal((95, true, 2026), (report.EndLine, report.Complete, report.PlanYear));
    }

    [Theory]
    [InlineData("beijing/shijingshan-2025.txt")]
    [InlineData("national/2025.txt")] // a one-year review in the last year of a plan period
    [InlineData("inner-mongolia/hulunbuir-hailaer-2017.txt")]
    public void A_review_of_one_year_has_no_five_year_start(string file)
    {
        string path = TestData.SeedPath(file);
        Assert.All(ReportParser.Parse(path, File.ReadAllText(path)).Reports, r => Assert.Null(r.ReviewStartYear));
    }

    [Fact]
    public void A_district_abolished_before_2023_resolves_by_name_without_a_code()
    {
        Assert.True(RegionResolver.TryResolve("北京市宣武区", out var info));
        Assert.Equal("宣武区", info.Name);
        Assert.Null(info.Code);
        Assert.Equal("北京市", info.Parents[0].Name);
    }

    [Theory]
    [InlineData("自治区人民政府")] // 我代表自治区人民政府: no name before the unit
    [InlineData("各位代表")]
    public void A_phrase_without_a_region_resolves_to_nothing(string text) => Assert.False(RegionResolver.TryResolve(text, out _));

    [Theory]
    [InlineData(10, 1, 2003)]
    [InlineData(1, 1, 1954)]
    [InlineData(4, 1, 1975)]
    [InlineData(5, 5, 1982)]
    [InlineData(13, 3, 2020)]
    [InlineData(14, 1, 2023)]
    [InlineData(15, 2, 2029)]
    public void Congress_sessions_have_their_years(int term, int session, int year) => Assert.Equal(year, CongressSessions.Year(term, session));

    [Theory]
    [InlineData("我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。", 1959)]
    [InlineData("从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。", 1981)]
    [InlineData("第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。", 2013)]
    [InlineData("关键在于按照去年五届人大四次会议和今年党的十二大的精神", 1982)]
    public void The_session_a_text_is_delivered_to_gives_its_year(string text, int year)
        => Assert.Equal(year, ReportYears.SessionInText(Normalizer.RemoveSpaces(text)));

    [Theory]
    [InlineData("从第一届全国人民代表大会第三次会议閉幕以来，已經整整一年了。")]
    [InlineData("在五届人大四次会议上，国务院在认真的调查研究")]
    [InlineData("根据一九八三年六月第六届全国人民代表大会第一次会议的决议，各级政府")]
    public void Sessions_looked_back_on_give_no_year(string text)
        => Assert.Null(ReportYears.SessionInText(TraditionalChinese.Fold(Normalizer.RemoveSpaces(text))));

    [Fact]
    public void A_publication_stamp_is_not_a_date()
    {
        Assert.False(DateParser.TryFind("中央政府门户网站www.gov.cn2006年02月16日10时33分来源：新华社", out _, out _));
        Assert.True(FurnitureFilter.IsPublicationStamp("中央政府门户网站　www.gov.cn　　 2006年02月16日 10时33分　　 来源：新华社"));
        Assert.Equal(Furniture.Drop, FurnitureFilter.Classify("2026-02-03 09:02:33"));
        Assert.Equal(Furniture.Drop, FurnitureFilter.Classify("时间：2026-02-02"));
        Assert.True(DateParser.TryFind("——2026年1月28日在云南省第十四届人民代表大会第四次会议上", out string iso, out _));
        Assert.Equal("2026-01-28", iso);
    }

    [Theory]
    [InlineData("上海市市长 龚 正", "市长", "龚正")]
    [InlineData("省长　罗东川", "省长", "罗东川")]
    [InlineData("区长　　杜联合", "区长", "杜联合")]
    [InlineData("自治区主席 艾尔肯·吐尼亚孜", "主席", "艾尔肯·吐尼亚孜")]
    [InlineData("2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚", "省长", "赵刚")]
    public void Speaker_lines_in_the_corpus_forms(string line, string title, string name)
    {
        Assert.True(SpeakerParser.TryParse(line, out _, out string t, out string n));
        Assert.Equal((title, name), (t, n));
    }

    [Fact]
    public void A_speaker_title_with_the_name_on_the_next_line_and_a_dateline_with_the_speaker_are_read()
    {
        var meta = MetadataParser.Parse("政府工作报告", new[] { "——2022年3月5日在第十三届全国人民代表大会第五次会议上", "国务院总理　", "李克强" });
        Assert.Equal(("李克强", "总理", "2022-03-05"), (meta.Speaker, meta.SpeakerTitle, meta.Date));
        Assert.Equal(Level.National, meta.Region!.Value.Level);

        meta = MetadataParser.Parse("陕西省2026年政府工作报告", new[] { "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚" });
        Assert.Equal(("赵刚", "2026-01-27", "陕西省"), (meta.Speaker, meta.Date, meta.Region!.Value.Name));
    }

    [Fact]
    public void A_sentence_ending_in_a_title_and_a_name_is_not_a_speaker_line()
        => Assert.False(SpeakerParser.TryParse("我们要认真落实党中央关于加强基层治理的部署要求由副市长王明", out _, out _, out _));

    [Fact]
    public void An_untitled_national_text_gets_its_region_and_years_from_what_it_says()
    {
        const string text = "各位代表：\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n一、１９９１年国内工作的回顾\n" +
                            "　　１９９１年是我们的国家沿着有中国特色的社会主义道路继续前进的一年。国民经济和社会事业全面发展。\n" +
                            "二、抓紧有利时机，加快经济发展\n　　今年经济工作的主要任务是，继续加强农业，国民生产总值增长百分之六。\n";
        var report = Assert.Single(ReportParser.Parse("/r/n.txt", text).Reports);
        Assert.Equal(("全国", Level.National, (string?)null, 1992, 1991), (report.Region, report.Level, report.DivisionCode, report.DeliveredYear, report.ReviewYear));
        Assert.Equal("national-1992", report.Id);
    }

    [Fact]
    public void A_news_article_about_a_report_is_not_a_report()
    {
        const string text = "新华社北京3月5日电 国务院总理李克强5日在十三届全国人大五次会议上作政府工作报告时说，今年发展主要预期目标是国内生产总值增长5.5%左右。\n" +
                            "报告说，城镇新增就业1100万人以上。\n";
        Assert.Empty(ReportParser.Parse("/r/news.txt", text).Reports);
    }

    [Fact]
    public void A_page_scraped_six_times_holds_one_report()
    {
        string text = File.ReadAllText(Path.Combine(TestData.SeedsDir, "national", "1990.txt"));
        var parsed = ReportParser.Parse("national/1990.txt", text);
        var report = Assert.Single(parsed.Reports);
        Assert.Equal(("1990-03-20", "李鹏"), (report.Date, report.Speaker));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "RSDK005");
    }

    [Fact]
    public void Traditional_characters_fold_for_matching_only() =>
        Assert.Equal("第一届全国人民代表大会第一次会议", TraditionalChinese.Fold("第一届全國人民代表大會第一次會議"));

    [Fact]
    public void A_speaker_line_the_parser_rejects_is_reported_at_its_line()
    {
        const string text = "测乙区政府工作报告\n——2024年1月9日在北京市测乙区第十七届人民代表大会第四次会议上\n区长 张\"三\\\n各位代表：\n" +
                            "一、2023年工作回顾\n过去一年，地区生产总值增长5%。\n二、2024年主要任务\n今年地区生产总值增长5%左右。\n";
        var parsed = ReportParser.Parse("/r/s.txt", text);
        var report = Assert.Single(parsed.Reports);
        Assert.Null(report.Speaker);
        var d = Assert.Single(parsed.Diagnostics, x => x.Id == "RSDK021");
        Assert.Equal(2, d.Location!.StartLine); // 0-based: the third line
        Assert.Contains("speaker line", d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_whose_region_cannot_be_read_is_reported_and_the_dateline_region_is_used()
    {
        const string text = "class区政府工作报告\n——2024年1月9日在北京市测乙区第十七届人民代表大会第四次会议上\n各位代表：\n" +
                            "一、2023年工作回顾\n过去一年，地区生产总值增长5%。\n二、2024年主要任务\n今年地区生产总值增长5%左右。\n";
        var parsed = ReportParser.Parse("/r/t.txt", text);
        var report = Assert.Single(parsed.Reports);
        Assert.Equal(("测乙区", "北京市"), (report.Region, report.Parents[0].Name));
        var d = Assert.Single(parsed.Diagnostics, x => x.Id == "RSDK021");
        Assert.Equal(0, d.Location!.StartLine);
        Assert.Contains("测乙区", d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_delivered_in_December_reviews_that_same_year_and_plans_the_next()
    {
        const string text = "延庆区政府工作报告\n——2022年12月21日在北京市延庆区第十八届人民代表大会第二次会议上\n各位代表：\n" +
                            "一、过去一年工作回顾\n过去一年，地区生产总值增长5%。\n二、明年主要任务\n明年地区生产总值增长5%左右。\n";
        var report = Assert.Single(ReportParser.Parse("/r/y.txt", text).Reports);
        Assert.Equal((2022, 2022, 2023, "2022-12-21"), (report.DeliveredYear, report.ReviewYear, report.PlanYear, report.Date));
    }
}
