namespace ReportSdk.Tests.Generator;

using System.Linq;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Facts;
using ReportSdk.Generator.Vocabulary;
using Xunit;

/// <summary>Which facts get a typed member and under which name (the cases issue 11 lists from the bundled data).</summary>
public class FactMemberNameTests
{
    private static FactModel Fact(string name, IndicatorKind kind = IndicatorKind.Actual, string? label = null, int period = 2022,
        Qualifiers qualifiers = Qualifiers.None, StandardIndicator? standard = null, bool span = false, string unit = "个", Direction? direction = null)
        => Fixture.Fact(name, standard, 1m, unit, kind, period, name + "1" + unit, 1, qualifiers, direction) with { Label = label, PeriodStart = span ? period - 2 : period };

    [Theory]
    [InlineData("与首钢集团开展")]
    [InlineData("为实现十四五")]
    [InlineData("建立7")]
    [InlineData("5G基站")]
    [InlineData("资金")]
    [InlineData("和")]
    [InlineData("间")]
    [InlineData("__report")]
    [InlineData("城市低保人均保障标准从796元月")]
    [InlineData("区投促中心及各镇街新招引企业形成全口径税收")]
    [InlineData("精雕科技入选全市首批")]
    [InlineData("三十六年合计不过")]
    [InlineData("糖料产量将")]
    [InlineData("可比价格计算")]
    [InlineData("口的发展中大国")]
    [InlineData("现在我国人口已经")]
    [InlineData("企业荣登中国VR50强")]
    [InlineData("典型案例亮相联合国气候变化大会")]
    [InlineData("事项可通过微信公众号办理")]
    [InlineData("社区全面推行全响应服务")]
    [InlineData("参与冰雪运动示范区建设成果显著")]
    [InlineData("三失一独一高老年家庭提供优质服务")]
    [InlineData("运用冒烟指数等科技手段动态监测")]
    [InlineData("城镇新增就业预期目标比去年多")]
    [InlineData("农民的生产补贴资金去年")]
    [InlineData("酝酿多年的农村信用社改革开始")]
    [InlineData("拥有的核武器仍然占全世界核武器")]
    [InlineData("苏联帮助设计和供应设备")]
    [InlineData("一年就可以增加收入")]
    [InlineData("五年国务院共向全国人大常委会提交")]
    [InlineData("中国人的吃饭问题始终是头等大事")]
    [InlineData("因爲勞動效率過低損失")]
    [InlineData("国营工业企业存在着程度不同的亏损")]
    [InlineData("县市已初步建立社会救助体系的基本框架")]
    [InlineData("必须在努力提高质量的前提下增加数量")]
    [InlineData("水泥生产的窑外分解法可以节约能源")]
    [InlineData("城镇居民基本医疗保险试点要扩大到全国")]
    [InlineData("西气东输管道全线贯通并投入商业运营")]
    [InlineData("這部分的支出佔整個財政支出的比重也從")]
    [InlineData("這部分的支出佔整個財政支出的比重也")]
    [InlineData("這一比重")]
    [InlineData("虽然略")]
    [InlineData("文盲大约")]
    [InlineData("优于全国")]
    [InlineData("财政增发")]
    [InlineData("文化大革命前十七年的总和还多")]
    [InlineData("项目建成后")]
    [InlineData("农村饮水安全工程使")] // national 2010: 农村饮水安全工程使6069万农民受益
    [InlineData("农村免费孕前检查使")] // national 2014: 农村免费孕前检查使600万个家庭受益
    [InlineData("始终不懈地把")] // national 2023: 始终不懈地把14亿多中国人的饭碗牢牢端在自己手中
    [InlineData("保证到一九八○年把")] // national 1978: 保证到一九八○年把三分之一的企业建成大庆式企业
    [InlineData("中央财政还")] // national 2005: 中央财政还将安排150亿元
    [InlineData("有人认为肃反的偏差竟")] // national 1957: 有人认为肃反的偏差竟达到90%以上
    [InlineData("革命干部的子女还不到")] // national 1957: 其中革命干部的子女还不到3.5%
    [InlineData("产业化龙头企业发展到")] // 海拉尔 2013: 产业化龙头企业发展到22家
    [InlineData("小麦最低收购价每")] // national 2011: 小麦最低收购价每50公斤提高5到7元
    [InlineData("一九八○")] // national 1986: 一九八○比一九七五年增加二百二十六亿元 (a year without its 年)
    [InlineData("一九八一、一九八二两年就节约和少用")] // national 1983
    [InlineData("资本主义国家的进出口额只")] // national 1959: 我国对资本主义国家的进出口额只占资本主义世界进出口总额的
    [InlineData("科幻产业集聚区集聚科幻企业和机构接近")] // 石景山 2025: 集聚科幻企业和机构突破200家、占全市科幻企业总数近三分之一
    [InlineData("中等职业学校在校生总数三年来")] // national 1983: 中等职业学校在校生总数三年来增加两倍
    [InlineData("全国第三个北方第一个过")] // Shandong 2026: 成为全国第三个、北方第一个过10万亿元省份
    [InlineData("石油所创造的价值同工业发达国家比较")] // national 1981: 一亿吨石油所创造的价值同工业发达国家比较
    [InlineData("接续办好")] // Chongqing 2026: 我们将接续办好15件市级重点民生实事
    [InlineData("高质量建好")] // Guangdong 2026: 高质量建好15个主平台
    public void Facts_without_a_clear_name_get_no_member(string name) => Assert.Null(MemberNameRules.For(Fact(name)));

    [Theory]
    [InlineData("开展文化活动", "文化活动")]
    [InlineData("尽管我国能源消费总量", "能源消费总量")]
    [InlineData("对东盟进出口", "东盟进出口")]
    [InlineData("新增停车位", "新增停车位")]
    [InlineData("工业增加值", "工业增加值")]
    [InlineData("PM2.5年均浓度", "PM25年均浓度")]
    [InlineData("新增收入100万元以上集体经济强村", "集体经济强村")]
    [InlineData("65岁以上老年人免费体检", "老年人免费体检")]
    [InlineData("一九五九年的社会商品零售总额", "社会商品零售总额")]
    [InlineData("2023年地区生产总值", "地区生产总值")]
    [InlineData("我国原煤产量", "原煤产量")]
    [InlineData("四是招募西部计划志愿者", "西部计划志愿者")]
    [InlineData("去年工业增加值", "工业增加值")]
    [InlineData("比上年增加的就业人数", "就业人数")]
    [InlineData("提供就业岗位", "就业岗位")]
    [InlineData("财政性教育经费占国内生产总值比例每年都", "财政性教育经费占国内生产总值比例")]
    [InlineData("广播和电视的人口覆盖率都", "广播和电视的人口覆盖率")]
    [InlineData("国际设计之都", "国际设计之都")]
    [InlineData("到一九八五年全日制高等学校招生数", "全日制高等学校招生数")]
    [InlineData("十三是维修养护农村供水工程", "维修养护农村供水工程")]
    [InlineData("绿水青山就是金山银山实践创新基地", "绿水青山就是金山银山实践创新基地")]
    [InlineData("三年内把我国人口自然增长率", "人口自然增长率")] // national 1978: 争取在三年内把我国人口自然增长率降到百分之一以下
    [InlineData("近几年把总产量", "总产量")] // national 1981: 近几年把总产量稳定在一亿吨的水平上
    [InlineData("在途项目建筑规模", "在途项目建筑规模")] // 西城 2024: 压减在途项目建筑规模15.5万平方米
    [InlineData("那麽今年的工農業總産值", "工農業總産值")] // national 1957, written in traditional script: the words are read folded, the name kept as written
    [InlineData("還有少數民族醫院", "少數民族醫院")] // national 1957
    public void Clear_names_lose_leading_prose_words(string name, string member) => Assert.Equal(member, MemberNameRules.For(Fact(name)));

    /// <summary>
    /// 在 opening a name is a preposition (在…上) and goes, but the nouns made with it keep it (在校生, 在建项目); 把 inside
    /// a name marks a clause's object, but the words made with it keep it (把关, 一把手); 和 and 对 open no name, but 和美 and 对口 do.
    /// </summary>
    [Theory]
    [InlineData("在校生人数")]
    [InlineData("在园幼儿")]
    [InlineData("在建项目")]
    [InlineData("在岗职工")]
    [InlineData("在职职工")]
    [InlineData("在线政务服务事项")]
    [InlineData("在研项目")]
    [InlineData("在营企业")]
    [InlineData("在册贫困人口")]
    [InlineData("在库项目")]
    [InlineData("在读研究生")]
    [InlineData("在网用户")]
    [InlineData("在运核电机组")]
    [InlineData("在用车辆")]
    [InlineData("在保人数")]
    [InlineData("在管项目")]
    [InlineData("在孵企业")]
    [InlineData("质量把关检测点")]
    [InlineData("一把手工程项目")]
    [InlineData("和美乡村覆盖率")] // zhejiang 2026: 和美 is a word, not the conjunction 和
    [InlineData("对口支援协作项目")] // fujian 2026: 对口 is a word, not the preposition 对
    public void Words_made_with_zai_ba_he_or_dui_keep_them(string name) => Assert.Equal(name, MemberNameRules.For(Fact(name)));

    [Theory]
    [InlineData("五年共利用外资", "利用外资")] // national 1993: 五年共利用外资６０９亿美元
    [InlineData("五年合计国家财政收入", "国家财政收入")] // national 1982: 计划规定，五年合计国家财政收入为五千九百五十三亿元
    [InlineData("前三年共开垦荒地", "开垦荒地")]
    [InlineData("过去五年累计新增城镇就业", "新增城镇就业")]
    [InlineData("近三年来共建成农村公路", "农村公路")]
    [InlineData("力争到2030年全社会研发投入", "全社会研发投入")]
    [InlineData("增加到一九五四年的国家预算收入", "国家预算收入")]
    public void A_year_or_a_span_and_its_total_after_a_verb_are_the_period_not_the_name(string name, string member) => Assert.Equal(member, MemberNameRules.For(Fact(name)));

    [Theory]
    [InlineData("在１９８８年水平的基础上")] // national 1989: 要在１９８８年水平的基础上压缩２０％
    [InlineData("在一九五四年將由一九四九年的百分之二十八點八上升爲")] // national 1954
    public void A_name_holding_a_value_written_out_or_a_basis_is_prose(string name) => Assert.Null(MemberNameRules.For(Fact(name)));

    [Theory]
    [InlineData("一二三产业融合项目")]
    [InlineData("十三五规划项目")]
    [InlineData("一九八五年全日制高等学校招生数")]
    public void Numerals_that_are_words_or_a_year_before_nian_stay_in_a_name(string name) => Assert.True(MemberNameRules.IsClear(name));

    [Fact]
    public void A_vague_name_borrows_its_label_and_the_kind_word_follows()
    {
        Assert.Equal("现代金融产业收入目标", MemberNameRules.For(Fact("收入", IndicatorKind.Target, label: "现代金融产业收入")));
        Assert.Equal("出口增速", MemberNameRules.For(Fact("出口", IndicatorKind.Growth, standard: StandardIndicator.Gdp, unit: "%")));
        Assert.Null(MemberNameRules.For(Fact("出口", IndicatorKind.Growth, unit: "%")));
    }

    [Fact]
    public void A_change_in_an_amount_is_named_an_increment_or_a_decrement_and_only_a_rate_a_growth_rate()
    {
        // seeds/national/2006.txt lines 105 and 90: 今年中央财政用于“三农”的支出达到3397亿元，比上年增加422亿元;
        // 拟安排中央财政赤字2950亿元，比上年预算减少50亿元.
        var facts = FactHarness.Paragraphs(2006, ReportPart.Plan, null,
            "今年中央财政用于“三农”的支出达到3397亿元，比上年增加422亿元。",
            "拟安排中央财政赤字2950亿元，比上年预算减少50亿元。");
        var rise = facts.Single(422m, "亿元");
        Assert.Equal("中央财政用于三农的支出目标增量", MemberNameRules.For(rise));
        Assert.StartsWith("中央财政用于三农的支出：422 亿元（2006 年，目标增量）", DocText.FactHeadline(rise));
        var fall = facts.Single(50m, "亿元");
        Assert.Equal("中央财政赤字目标减量", MemberNameRules.For(fall));
        Assert.StartsWith("中央财政赤字：50 亿元（2006 年，目标减量）", DocText.FactHeadline(fall));
        // Rates keep their word and their direction: percent, percentage points, multiples.
        Assert.Equal("工业增加值增速", MemberNameRules.For(Fact("工业增加值", IndicatorKind.Growth, unit: "%", direction: Direction.Down)));
        Assert.Equal("城镇化率目标增速", MemberNameRules.For(Fact("城镇化率", IndicatorKind.TargetGrowth, unit: "个百分点")));
        Assert.Equal("进出口总额增速", MemberNameRules.For(Fact("进出口总额", IndicatorKind.Growth, unit: "倍")));
        Assert.Contains("（2022 年，增速，下降）", DocText.FactHeadline(Fact("工业增加值", IndicatorKind.Growth, unit: "%", direction: Direction.Down)));
    }

    [Fact]
    public void Facts_sharing_a_name_are_told_apart_by_period_then_qualifier_and_never_numbered()
    {
        var facts = new[]
        {
            Fact("粮食产量"),
            Fact("粮食产量", period: 2021),
            Fact("粮食产量", period: 2025, span: true),
            Fact("粮食产量", qualifiers: Qualifiers.Estimated),
            Fact("粮食产量"),
            Fact("ToString"),
            Fact("Values"),
        }.ToEquatableArray();
        var names = FactMemberNames.For(facts, "Y2023");
        Assert.Equal(new[] { "粮食产量", "粮食产量2021年", "粮食产量2023至2025年", "粮食产量预计", null, null, null }, names.Members);
        // A name both years would make longer than 20 characters names the span by its last year.
        var income = FactMemberNames.For(new[] { Fact("城镇居民人均可支配收入增速"), Fact("城镇居民人均可支配收入增速", period: 2025, span: true) }.ToEquatableArray(), "Y2026");
        Assert.Equal(new[] { "城镇居民人均可支配收入增速", "城镇居民人均可支配收入增速至2025年" }, income.Members);
    }

    [Fact]
    public void A_standard_member_returns_the_figure_of_the_report_year_not_an_earlier_baseline()
    {
        // seeds/hebei/2026.txt line 20: 全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元 states the 2020 level first.
        string path = TestData.SeedPath("hebei/2026.txt");
        var report = Assert.Single(ReportSdk.Generator.Parsing.ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports);
        var names = FactMemberNames.For(report.Facts, "Y2026", report.DeliveredYear, report.ReviewYear, report.PlanYear);
        int gdpIndex = names.Standard.Single(s => s.Name == "Gdp").Fact;
        var gdp = report.Facts[gdpIndex];
        Assert.Equal((4.93m, 2025), (gdp.Value, gdp.PeriodEnd));
        Assert.Equal(3.68m, report.Facts.First(f => f.Standard == StandardIndicator.Gdp).Value);
        // The Chinese-named member without a year is the same figure; the baseline is told apart by its year.
        Assert.Equal("生产总值", names.Members[gdpIndex]);
        Assert.Equal("生产总值2020年", names.Members[report.Facts.ToList().FindIndex(f => f.Value == 3.68m)]);
        // The plan's GDP growth target is the 主要预期目标 one.
        Assert.True(report.Facts[names.Standard.Single(s => s.Name == "GdpGrowthTarget").Fact].MainTarget);
    }
}
