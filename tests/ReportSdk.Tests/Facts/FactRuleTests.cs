using System.Linq;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts;

using Direction = ReportSdk.Generator.Vocabulary.Direction;
using IndicatorKind = ReportSdk.Generator.Vocabulary.IndicatorKind;
using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;
using ReportPart = ReportSdk.Generator.Parsing.ReportPart;
using StandardIndicator = ReportSdk.Generator.Vocabulary.StandardIndicator;

/// <summary>Names, kinds, directions, qualifiers, periods and standard keys on real clauses from the seeds.</summary>
public sealed class FactRuleTests
{
    [Fact]
    public void Pairs_a_growth_after_its_value_and_a_sentence_level_estimate()
    {
        var facts = Review("新进步。初步预计，地区生产总值完成 980 亿元，同比增长", "2%左右；一般公共预算收入完成 74.05 亿元，同比增长 1%",
            "（同口径增长 8.2%）；固定资产投资完成 440 亿元。");

        var gdp = facts.Single(980m, "亿元");
        Assert.Equal("地区生产总值", gdp.Name);
        Assert.Equal(StandardIndicator.Gdp, gdp.Standard);
        Assert.Equal(IndicatorKind.Actual, gdp.Kind);
        Assert.Equal(Qualifiers.Estimated, gdp.Qualifiers);
        Assert.Equal(2023, gdp.Period);

        var growth = facts.Single(2m, "%");
        Assert.Equal("地区生产总值", growth.Name);
        Assert.Equal(StandardIndicator.GdpGrowth, growth.Standard);
        Assert.Equal(IndicatorKind.Growth, growth.Kind);
        Assert.Equal(Direction.Up, growth.Direction);
        Assert.Equal(Qualifiers.About | Qualifiers.Estimated, growth.Qualifiers);

        // The like-for-like rate in parentheses qualifies the revenue before it and is not the headline growth.
        var adjusted = facts.Single(8.2m, "%");
        Assert.Equal("一般公共预算收入", adjusted.Name);
        Assert.Equal("一般公共预算收入（同口径）", adjusted.Label);
        Assert.Null(adjusted.Standard);
        Assert.Equal(StandardIndicator.GeneralBudgetRevenueGrowth, facts.Single(1m, "%").Standard);
        Assert.True(facts.Single(440m, "亿元").Qualifiers.HasFlag(Qualifiers.Estimated));
        Assert.All(facts, f => Assert.Equal("（一）测试", f.Section));
    }

    [Fact]
    public void What_the_plan_expects_is_its_target_and_no_estimate()
    {
        // seeds/national/2017.txt line 158: 预期 states the plan's target; 预计 in the review still estimates a result.
        var money = Plan("广义货币M2和社会融资规模余额预期增长均为12%左右。");
        Assert.Equal(2, money.Count);
        Assert.All(money, f => Assert.Equal((IndicatorKind.TargetGrowth, Qualifiers.About), (f.Kind, f.Qualifiers)));
        Assert.Equal(Qualifiers.Estimated, Review("预计全年地区生产总值完成980亿元。").Single().Qualifiers);
    }

    [Fact]
    public void Pairs_a_growth_stated_before_its_value()
    {
        var facts = Review("全市地区生产总值增长5.2%、约4.4万亿元,一般公共预算收入增长8.2%、突破6000亿元,城镇调查失业率4.4%");
        Assert.Equal(StandardIndicator.GdpGrowth, facts.Single(5.2m, "%").Standard);
        var gdp = facts.Single(4.4m, "万亿元");
        Assert.Equal(StandardIndicator.Gdp, gdp.Standard);
        Assert.Equal(Qualifiers.About, gdp.Qualifiers);
        var revenue = facts.Single(6000m, "亿元");
        Assert.Equal("一般公共预算收入", revenue.Name);
        Assert.Equal(Qualifiers.Over, revenue.Qualifiers);
        var unemployment = facts.Single(4.4m, "%");
        Assert.Equal(StandardIndicator.SurveyedUnemploymentRate, unemployment.Standard);
        Assert.Equal(IndicatorKind.Actual, unemployment.Kind);
        Assert.Null(unemployment.Direction);
    }

    [Fact]
    public void Finds_several_facts_in_one_clause()
    {
        var facts = Review("深化“两", "区”建设，新增入库项目 178 个，实际利用外资 3.2 亿美元、", "同比增长 38.1%，");
        Assert.Equal(3, facts.Count);
        Assert.Equal("新增入库项目", facts.Single(178m, "个").Name);
        Assert.Equal(StandardIndicator.ForeignInvestmentUsed, facts.Single(3.2m, "亿美元").Standard);
        var growth = facts.Single(38.1m, "%");
        Assert.Equal("实际利用外资", growth.Name);
        Assert.Equal(5, growth.Line);
    }

    [Fact]
    public void Pairs_rates_with_figures_in_order_after_fenbie()
    {
        var facts = Review("刺阶段。预计区属国企资产总额实现5091亿元、纳", "税94亿元，分别增长10%、26%。");
        Assert.Equal("区属国企资产总额", facts.Single(5091m, "亿元").Name);
        Assert.Equal("纳税", facts.Single(94m, "亿元").Name);
        var first = facts.Single(10m, "%");
        var second = facts.Single(26m, "%");
        Assert.Equal("区属国企资产总额", first.Name);
        Assert.Equal("纳税", second.Name);
        Assert.All(new[] { first, second }, f =>
        {
            Assert.Equal(IndicatorKind.Growth, f.Kind);
            Assert.Equal(Direction.Up, f.Direction);
            Assert.Equal(Qualifiers.Estimated, f.Qualifiers);
        });
    }

    [Fact]
    public void Pairs_values_after_fenbie_with_the_names_listed_before_it()
    {
        var rates = Review("诉求解决率、群众满意率分别达到95.5%和96.1%");
        Assert.Equal("诉求解决率", rates.Single(95.5m, "%").Name);
        Assert.Equal("群众满意率", rates.Single(96.1m, "%").Name);

        var deaths = Review("生产安全死亡事故起数和死亡人数分别比2019年下降4.8%和1.8%");
        Assert.Equal("生产安全死亡事故起数", deaths.Single(4.8m, "%").Name);
        Assert.Equal("死亡人数", deaths.Single(1.8m, "%").Name);
        Assert.All(deaths, f => Assert.Equal(Direction.Down, f.Direction));
    }

    [Fact]
    public void Does_not_read_an_action_on_the_noun_after_the_value_as_a_rate()
    {
        var fact = Review("提升656公里公交专用道使用效率").Single();
        Assert.Equal("公交专用道使用效率", fact.Name);
        Assert.Equal(IndicatorKind.Actual, fact.Kind);
        Assert.Null(fact.Direction);
    }

    [Theory]
    [InlineData("万元地区生产总值能耗降幅达到 2%", "万元地区生产总值能耗", Direction.Down)]
    [InlineData("PM2.5 累计浓度为 28.9 微克/立方米，同比下降 9.1%", "PM2.5累计浓度", Direction.Down)]
    [InlineData("社会消费品零售额 107 亿元，同比下降 5%", "社会消费品零售额", Direction.Down)]
    [InlineData("技术合同成交额748.7亿元、增长1.1倍", "技术合同成交额", Direction.Up)]
    [InlineData("街道层面考核指标同比压减51.8%", "街道层面考核指标", Direction.Down)]
    public void Reads_the_direction_of_rates(string clause, string name, Direction direction)
    {
        var rate = Review(clause).Single(f => f.Kind == IndicatorKind.Growth);
        Assert.Equal(name, rate.Name);
        Assert.Equal(direction, rate.Direction);
    }

    [Fact]
    public void Keeps_a_rate_noun_that_belongs_to_a_standard_name()
    {
        var fact = Plan("居民消费价格涨幅3%左右").Single();
        Assert.Equal("居民消费价格涨幅", fact.Name);
        Assert.Equal(StandardIndicator.ConsumerPriceIncrease, fact.Standard);
        Assert.Equal(IndicatorKind.TargetGrowth, fact.Kind);
        Assert.Equal(Qualifiers.About, fact.Qualifiers);
    }

    [Theory]
    [InlineData("城镇登记失业率控制在 4%左右", Qualifiers.Within | Qualifiers.About)]
    [InlineData("城镇调查失业率控制在5%以内", Qualifiers.Within)]
    [InlineData("全区“小院”力争达到100家以上", Qualifiers.AtLeast)]
    [InlineData("实现城镇新增就业不少于26万人", Qualifiers.AtLeast)]
    [InlineData("新建5G基站1万个以上", Qualifiers.Over)]
    [InlineData("资产管理规模超16万亿元", Qualifiers.Over)]
    [InlineData("轨道交通运营总里程超过1200公里", Qualifiers.Over)]
    public void Reads_qualifiers(string clause, Qualifiers expected)
    {
        Assert.Equal(expected, Plan(clause).Single().Qualifiers);
    }

    [Fact]
    public void Limits_an_estimate_after_its_subject_to_that_subject()
    {
        var facts = Review("地区生产总值预计达到4500亿元、增长6%，区级一", "般公共预算收入完成431.1亿元、增长0.1%，居民人",
            "均可支配收入预计为8.8万元、增长7.5%，经济社会实现平稳健康发展。");
        Assert.Equal(Qualifiers.Estimated, facts.Single(4500m, "亿元").Qualifiers);
        Assert.Equal(Qualifiers.Estimated, facts.Single(6m, "%").Qualifiers);
        Assert.Equal(Qualifiers.None, facts.Single(431.1m, "亿元").Qualifiers);
        Assert.Equal(Qualifiers.None, facts.Single(0.1m, "%").Qualifiers);
        Assert.Equal("区级一般公共预算收入", facts.Single(431.1m, "亿元").Name);
        Assert.Equal(StandardIndicator.GeneralBudgetRevenue, facts.Single(431.1m, "亿元").Standard);
        Assert.Equal(Qualifiers.Estimated, facts.Single(8.8m, "万元").Qualifiers);
    }

    [Fact]
    public void Limits_a_clause_opening_estimate_to_its_clause()
    {
        var facts = Review("预计全年地区生产总值突破1200亿元、同比增长5.5%左右;一般公共预算收入完成88.3亿元、同比增长10.1%;");
        Assert.Equal(Qualifiers.Estimated | Qualifiers.Over, facts.Single(1200m, "亿元").Qualifiers);
        Assert.Equal(Qualifiers.Estimated | Qualifiers.About, facts.Single(5.5m, "%").Qualifiers);
        Assert.Equal(Qualifiers.None, facts.Single(88.3m, "亿元").Qualifiers);
    }

    [Fact]
    public void Types_main_targets_and_plans_by_the_plan_year()
    {
        var targets = Extract(ReportPart.Plan, true, "主要预期目标是：地区生产总值增长 6%左右；区级", "一般公共预算收入增长 2%左右；城镇登记失业率控制在", "1.5%以内。");
        Assert.All(targets, f => Assert.True(f.MainTarget));
        Assert.All(targets, f => Assert.Equal(2024, f.Period));
        Assert.Equal(IndicatorKind.TargetGrowth, targets.Single(6m, "%").Kind);
        Assert.Equal("区级一般公共预算收入", targets.Single(2m, "%").Name);
        Assert.Equal(StandardIndicator.GeneralBudgetRevenueGrowth, targets.Single(2m, "%").Standard);
        var unemployment = targets.Single(1.5m, "%");
        Assert.Equal(IndicatorKind.Target, unemployment.Kind);
        Assert.Equal(5, unemployment.Line);

        var plan = Plan("推动中铁建资本等一批重点在洽企业落户，力争引入高精尖企业 1000 家。").Single();
        Assert.Equal("引入高精尖企业", plan.Name);
        Assert.Equal(IndicatorKind.Target, plan.Kind);
        Assert.False(plan.MainTarget);
    }

    [Fact]
    public void Types_shares()
    {
        var facts = Review("预计第三产业增加值占地区生产总值比重超90%,两大主导产业增加值占地区生产总值比重达55.5%;");
        var tertiary = facts.Single(90m, "%");
        Assert.Equal(IndicatorKind.Share, tertiary.Kind);
        Assert.Equal(StandardIndicator.TertiaryIndustryShare, tertiary.Standard);
        Assert.Equal(Qualifiers.Estimated | Qualifiers.Over, tertiary.Qualifiers);
        Assert.Equal("两大主导产业增加值占地区生产总值比重", facts.Single(55.5m, "%").Name);
        Assert.Equal(Qualifiers.Estimated, facts.Single(55.5m, "%").Qualifiers);
    }

    [Fact]
    public void Marks_multi_year_averages_as_spans()
    {
        var facts = Review("初步预计,地区生产总值同比增长5%左右,过去三年年均增速达6.2%,为实现“十四五”年均5%的增长目标奠定了坚实基础;");
        Assert.False(facts.Single(f => f.Value == 5m && f.Qualifiers.HasFlag(Qualifiers.About)).IsSpan);
        var average = facts.Single(6.2m, "%");
        Assert.True(average.IsSpan);
        Assert.Equal("地区生产总值", average.Name);
    }

    [Fact]
    public void Leaves_thresholds_and_counts_inside_names()
    {
        var target = Assert.Single(Plan("2023 年新增收入 100 万元以上集体经济强村不少于 10 个。"));
        Assert.Equal("新增收入100万元以上集体经济强村", target.Name);
        Assert.Equal(10m, target.Value);
        Assert.Equal(Qualifiers.AtLeast, target.Qualifiers);

        var revenue = Review("完成区级一般公共预算收入200.5亿元,首次突破200亿元关口,同比增长8.4%;");
        Assert.Equal(new[] { 200.5m, 8.4m }, revenue.Select(f => f.Value));
        Assert.Equal("区级一般公共预算收入", revenue[1].Name);

        var culture = Review("46个项目按期完成。518家文化产业单位总收入", "预计实现1000亿元、增长2.3%。");
        Assert.DoesNotContain(culture, f => f.Value == 518m);
        Assert.Equal("文化产业单位总收入", culture.Single(1000m, "亿元").Name);
        Assert.Equal("文化产业单位总收入", culture.Single(2.3m, "%").Name);
    }

    [Theory]
    // guizhou 2026, line 19; the others as reports write them (套(间), 辆(台), 条(段)).
    [InlineData("累计完成棚户区改造47.63万户（套）、老旧小区改造68.56万户、背街小巷改造5667条，", 68.56, "老旧小区改造")]
    [InlineData("筹集保障性租赁住房3.8万套（间）、发放租赁补贴2.1万户。", 2.1, "租赁补贴")]
    [InlineData("淘汰老旧车辆8978辆（台）、新能源公交车1200辆。", 1200, "新能源公交车")]
    public void An_alternative_unit_in_parentheses_stays_with_the_figure_before(string clause, double value, string name)
    {
        var facts = Review(clause);
        Assert.Equal(name, facts.Single(f => f.Value == (decimal)value).Name);
        Assert.DoesNotContain(facts, f => f.Name.Contains('(') || f.Name.Contains('（'));
    }

    [Theory]
    // national 1957, lines 64 and 66: the first three years of the plan are its period, not part of the name.
    [InlineData("从主要工业产品看，钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨", 150, "钢产量")]
    [InlineData("例如，棉纱产量前三年共增加了三十五万件，而1956年就增加了一百二十七万件。", 35, "棉纱产量")]
    public void The_first_years_of_a_plan_before_a_value_are_no_part_of_its_name(string clause, double value, string name)
        => Assert.Equal(name, Review(clause).Single(f => f.Value == (decimal)value).Name);

    [Fact]
    public void Names_by_the_noun_after_the_value_when_a_verb_comes_before()
    {
        var fact = Plan("新建1000张养老家庭照护床位").Single();
        Assert.Equal("养老家庭照护床位", fact.Name);
        Assert.Equal("张", fact.Unit);

        var list = Review("高标准做好赛时安保、防疫、交通和景观布设等工作，4 个集体、2 名个人获国家级表彰");
        Assert.Equal("集体", list.Single(4m, "个").Name);

        var villages = Review("第一时间抢通256个断路村、507个断水村、273个断电村和342个断信号村");
        Assert.Equal(new[] { "断路村", "断水村", "断电村", "断信号村" }, villages.Select(f => f.Name));
        Assert.Equal("惠及", Review("举办文化活动，惠及 1.7 万人").Single().Name);
    }

    [Fact]
    public void Splits_subject_and_measure_into_name_and_label()
    {
        var park = Review("推动中关村石景山园实现收入突破 3800 亿元").Single();
        Assert.Equal("中关村石景山园", park.Name);
        Assert.Equal("中关村石景山园收入", park.Label);

        var finance = Review("金融业实现增加值3227.5亿元,同比增长6.8%").Single(3227.5m, "亿元");
        Assert.Equal("金融业", finance.Name);
        Assert.Equal("金融业增加值", finance.Label);
    }

    [Fact]
    public void Starts_a_change_from_its_baseline()
    {
        var facts = Review("其中市级专精特新小巨人企业从 6 家增至 22 家、排名生态涵养区第一");
        Assert.DoesNotContain(facts, f => f.Value == 6m);
        var fact = facts.Single(22m, "家");
        Assert.Equal("市级专精特新小巨人企业", fact.Name);
    }

    [Fact]
    public void Keeps_adjusted_growth_apart_from_the_standard_rate()
    {
        var facts = Review("地方级一般公共预算收入 51.68 亿元，还原留抵退税因素影响后增长 7%，增速全市排名第六");
        var level = facts.Single(51.68m, "亿元");
        Assert.Equal("地方级一般公共预算收入", level.Name);
        Assert.Equal(StandardIndicator.GeneralBudgetRevenue, level.Standard);
        var adjusted = facts.Single(7m, "%");
        Assert.Equal("地方级一般公共预算收入", adjusted.Name);
        Assert.Null(adjusted.Standard);
        Assert.Equal(2, facts.Count(f => f.Kind != IndicatorKind.Rank));
    }

    [Fact]
    public void Reads_ranks_the_text_states()
    {
        var facts = Review("地方级一般公共预算收入 51.68 亿元，还原留抵退税因素影响后增长 7%，增速全市排名第六、生态涵养区排名第三；");
        var ranks = facts.Where(f => f.Kind == IndicatorKind.Rank).ToList();
        Assert.Equal(new[] { 6m, 3m }, ranks.Select(r => r.Value));
        Assert.Equal(new[] { "第六", "第三" }, ranks.Select(r => r.ValueText));
        Assert.All(ranks, r => Assert.Equal("地方级一般公共预算收入", r.Name));
        Assert.Equal("地方级一般公共预算收入（还原留抵退税因素影响后）", ranks[0].Label); // the rate stated before is what is ranked

        var own = Review("群众安全感排名全市城区组第一").Single();
        Assert.Equal("群众安全感", own.Name);
        Assert.Equal(1m, own.Value);

        Assert.Empty(Review("居民人均可支配收入稳步提高,“万人诉求比”排名由年初第十四位上升"));
    }

    [Fact]
    public void Quotes_the_clause_of_the_fact()
    {
        var facts = Review("调查失业率保持5%以内;预计居民人均可支配收入达95454元、同比增长4.5%;");
        Assert.Equal("调查失业率保持5%以内", facts.Single(5m, "%").Quote);
        Assert.Equal("预计居民人均可支配收入达95454元、同比增长4.5%", facts.Single(4.5m, "%").Quote);
        Assert.Equal(StandardIndicator.SurveyedUnemploymentRate, facts.Single(5m, "%").Standard);
    }

    [Fact]
    public void States_a_restated_target_once()
    {
        var facts = Plan("主要预期目标是:地区生产总值增长4.5%左右。地区生产总值增长预期目标安排在4.5%左右,主要是考虑过去三年较快增长形成的基数。");
        var gdp = Assert.Single(facts);
        Assert.Equal(IndicatorKind.TargetGrowth, gdp.Kind);
    }

    [Fact]
    public void Reads_wordings_of_reports_not_in_the_seeds()
    {
        var review = Review("全年实现地区生产总值12345.6亿元，比上年增长5.1%；粮食总产量达到1180万吨，进出口总额增长8.5%，其中出口增长10.2%；",
            "PM2.5平均浓度下降到35微克/立方米，经济总量迈上2万亿元台阶；单位GDP能耗下降3%左右，森林覆盖率提高0.6个百分点，达到44.8%。");
        Assert.Equal(StandardIndicator.Gdp, review.Single(12345.6m, "亿元").Standard);
        Assert.Equal(StandardIndicator.GdpGrowth, review.Single(5.1m, "%").Standard);
        Assert.Equal("粮食总产量", review.Single(1180m, "万吨").Name);
        Assert.Equal("出口", review.Single(10.2m, "%").Name);
        var pm = review.Single(35m, "微克/立方米");
        Assert.Equal(StandardIndicator.Pm25, pm.Standard);
        Assert.Equal(IndicatorKind.Actual, pm.Kind);
        var economy = review.Single(2m, "万亿元");
        Assert.Equal("经济总量", economy.Name);
        Assert.Equal(Qualifiers.Over, economy.Qualifiers);
        Assert.Equal(StandardIndicator.EnergyIntensityReduction, review.Single(3m, "%").Standard);
        Assert.Equal(Direction.Down, review.Single(3m, "%").Direction);
        Assert.Equal(IndicatorKind.Growth, review.Single(0.6m, "个百分点").Kind);
        Assert.Equal("森林覆盖率", review.Single(44.8m, "%").Name);

        var plan = Extract(ReportPart.Plan, true,
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，城镇新增就业10万人以上，城镇调查失业率5.5%以内，CPI涨幅控制在3%左右。");
        Assert.All(plan, f => Assert.True(f.MainTarget));
        Assert.Equal(Qualifiers.Over, plan.Single(5m, "%").Qualifiers);
        Assert.Equal(IndicatorKind.Target, plan.Single(10m, "万人").Kind);
        Assert.Equal(Qualifiers.Within, plan.Single(5.5m, "%").Qualifiers);
        Assert.Equal(StandardIndicator.ConsumerPriceIncrease, plan.Single(3m, "%").Standard);
    }

    [Fact]
    public void A_respectively_growth_pairs_with_the_levels_paired_before_it_in_its_clause()
    {
        // Wordings not in the seeds (provincial and city reports): 分别为 A 和 B，分别增长 x 和 y.
        // 城乡 names two figures: 城镇… and 农村…, in the order of the values.
        var facts = Review("一般公共预算收入8600亿元,同口径增长7.0%;城乡居民人均可支配收入分别为74997元和40311元,分别增长4.9%和7.3%。");
        Assert.Equal("城镇居民人均可支配收入", facts.Single(74997m, "元").Name);
        Assert.Equal("农村居民人均可支配收入", facts.Single(40311m, "元").Name);
        Assert.Equal("城镇居民人均可支配收入", facts.Single(4.9m, "%").Name);
        Assert.Equal(IndicatorKind.Growth, facts.Single(7.3m, "%").Kind);
        Assert.Equal("农村居民人均可支配收入", facts.Single(7.3m, "%").Name);
        Assert.Equal(StandardIndicator.RuralDisposableIncomePerCapitaGrowth, facts.Single(7.3m, "%").Standard);

        // 城镇和农村居民…: the short modifier before 和 shares the head of the last item; each is named in full.
        facts = Review("城镇和农村居民人均可支配收入分别达到80587元和48180元，分别增长4.6%和6.7%。");
        Assert.Equal("城镇居民人均可支配收入", facts.Single(80587m, "元").Name);
        Assert.Equal(StandardIndicator.UrbanDisposableIncomePerCapita, facts.Single(80587m, "元").Standard);
        Assert.Equal("城镇居民人均可支配收入", facts.Single(4.6m, "%").Name);
        Assert.Equal("农村居民人均可支配收入", facts.Single(6.7m, "%").Name);
    }

    [Fact]
    public void Item_numbers_scopes_and_traditional_units()
    {
        var facts = Plan("1.新增国家高新技术企业2000家以上。");
        Assert.Equal("新增国家高新技术企业", facts.Single(2000m, "家").Name);

        facts = Plan("粮食产量稳定在124亿斤以上。");
        Assert.Equal("粮食产量", facts.Single(124m, "亿斤").Name);

        facts = Review("设区城市PM2.5平均浓度27微克/立方米。");
        Assert.Equal(StandardIndicator.Pm25, facts.Single(27m, "微克/立方米").Standard);
    }
}
