using System.Linq;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;
using static ReportSdk.Tests.Facts.FactHarness;

namespace ReportSdk.Tests.Facts;

using Direction = ReportSdk.Generator.Vocabulary.Direction;
using FactStatus = ReportSdk.Generator.Vocabulary.FactStatus;
using Measure = ReportSdk.Generator.Vocabulary.Measure;
using Qualifiers = ReportSdk.Generator.Vocabulary.Qualifiers;
using StandardIndicator = ReportSdk.Generator.Vocabulary.StandardIndicator;

/// <summary>Facts of national (1954–2025) and provincial (2026) reports, on snippets copied from seeds/national and seeds/&lt;province&gt;.</summary>
public sealed class GenreFactTests
{
    [Fact]
    public void Five_year_review_figures_cover_the_five_years_and_levels_their_last_year()
    {
        // seeds/national/2023.txt lines 44 and 46: the span opens one paragraph and holds for the next.
        var facts = Paragraphs(2023, ReportPart.Review, "一、过去一年和五年工作回顾",
            "过去五年极不寻常、极不平凡。在以习近平同志为核心的党中央坚强领导下，我们经受了世界变局加快演变、新冠疫情冲击、国内经济下行等多重考验。",
            "——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长、迈向高质量发展。财政收入增加到20.4万亿元。");
        var gdp = facts.Single(121m, "万亿元");
        Assert.Equal((StandardIndicator.Gdp, Measure.Level, FactStatus.Actual), (gdp.Standard!.Value, gdp.Measure, gdp.Status));
        Assert.Equal((2022, 2022), (gdp.PeriodStart, gdp.PeriodEnd));
        var growth = facts.Single(5.2m, "%");
        Assert.Equal((StandardIndicator.GdpGrowth, Measure.Change), (growth.Standard!.Value, growth.Measure));
        Assert.Equal((2018, 2022), (growth.PeriodStart, growth.PeriodEnd));
        var decade = facts.Single(70m, "万亿元");
        Assert.Equal((2013, 2022), (decade.PeriodStart, decade.PeriodEnd));
        Assert.Null(decade.Standard); // an amount of change is neither the level nor the rate
        Assert.Equal((2013, 2022), facts.PeriodOf(6.2m, "%"));
    }

    [Fact]
    public void A_sentence_opening_on_the_past_year_speaks_for_the_next_sentences_of_its_paragraph()
    {
        // seeds/national/2011.txt line 195, in the plan part: the results of 2010 are actuals, not 2011 targets.
        var facts = Paragraphs(2011, ReportPart.Plan, "二、2011年主要任务",
            "2011年，是“十二五”开局之年，做好今年的工作对于完成“十二五”各项目标任务至关重要。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在 3.3%，城镇新增就业1168万人，国际收支状况有所改善。这为做好今年的工作打下了良好基础。");
        var growth = facts.Single(10.3m, "%");
        Assert.Equal((StandardIndicator.GdpGrowth, FactStatus.Actual, 2010, 2010), (growth.Standard!.Value, growth.Status, growth.PeriodStart, growth.PeriodEnd));
        Assert.Equal((FactStatus.Actual, 2010), (facts.Single(1168m, "万人").Status, facts.Single(1168m, "万人").PeriodEnd));

        // Same report line 207: the next paragraph states the targets; nothing carries into it.
        var targets = Paragraphs(2011, ReportPart.Plan, "二、2011年主要任务",
            "国内生产总值增长8%左右；经济结构进一步优化；居民消费价格总水平涨幅控制在4%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；国际收支状况继续改善。");
        var target = targets.Single(8m, "%");
        Assert.Equal((StandardIndicator.GdpGrowth, FactStatus.Target, 2011), (target.Standard!.Value, target.Status, target.PeriodEnd));

        // seeds/national/1996.txt line 228 (the plan of 1996–2000 part): 过去的一年 is the same year just past.
        var ninetyFive = Paragraphs(1996, ReportPart.Plan, "二、“九五”时期的主要奋斗目标",
            "过去的一年，我国改革开放和经济、社会发展取得新的成就，完成了八届人大三次会议确定的任务。国内生产总值比上年增长１０．２％，零售物价涨幅从２１．７％回落到１４．８％。");
        var gdp1995 = ninetyFive.Single(10.2m, "%");
        Assert.Equal((StandardIndicator.GdpGrowth, FactStatus.Actual, 1995, 1995), (gdp1995.Standard!.Value, gdp1995.Status, gdp1995.PeriodStart, gdp1995.PeriodEnd));

        // A sentence opening on this year ends it: 过去一年…。今年…增长8%左右 is a target again.
        var mixed = Paragraphs(2011, ReportPart.Plan, "二、2011年主要任务",
            "过去一年，国内生产总值增长10.3%。今年国内生产总值增长8%左右。");
        Assert.Equal(FactStatus.Actual, mixed.Single(10.3m, "%").Status);
        Assert.Equal((FactStatus.Target, 2011), (mixed.Single(8m, "%").Status, mixed.Single(8m, "%").PeriodEnd));
    }

    [Fact]
    public void An_unnumbered_part_title_line_opens_the_plan_part()
    {
        // seeds/gansu/2026.txt: the web copy lost its 一、二、 (lines 18 “十四五”时期工作回顾 and 50 2026年重点工作);
        // the 主要预期目标 of line 52 are 2026 targets, the review figures of the 十四五 part (lines 18–37) are not.
        string path = TestData.SeedPath("gansu/2026.txt");
        var report = Assert.Single(ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports);
        var target = Assert.Single(report.Facts, f => f.Line == 52 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((5.5m, FactStatus.Target, 2026, true), (target.Value, target.Status, target.PeriodEnd, target.MainTarget));
        Assert.DoesNotContain(report.Facts, f => f.Line > 18 && f.Line < 38 && f.Status == FactStatus.Target && f.PeriodEnd == 2026);
    }

    [Fact]
    public void The_items_of_a_list_keep_the_span_the_paragraph_before_them_opened_on()
    {
        static ReportSdk.Generator.Model.ReportModel Parse(string file)
        {
            string path = TestData.SeedPath(file);
            return Assert.Single(ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports);
        }
        // seeds/zhejiang/2026.txt: 五年来，… (line 32), then ——发展质效不断提高，… 年均增长5.9% (line 33): the five years.
        var zhejiang = Parse("zhejiang/2026.txt");
        var growth = Assert.Single(zhejiang.Facts, f => f.Line == 33 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((5.9m, 2021, 2025), (growth.Value, growth.PeriodStart, growth.PeriodEnd));
        // seeds/hubei/2026.txt: “十四五”时期是… (line 18) opens the five years of the items on lines 19–25; 刚刚过去的2025年
        // (line 27, after the last item) opens one year for the items after it (line 29: 地区生产总值增长5.5%).
        var hubei = Parse("hubei/2026.txt");
        var projects = Assert.Single(hubei.Facts, f => f.Line == 19 && f.Value == 3m && f.Unit == "万个");
        Assert.Equal((2021, 2025), (projects.PeriodStart, projects.PeriodEnd));
        var hubeiGrowth = Assert.Single(hubei.Facts, f => f.Line == 29 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((2025, 2025), (hubeiGrowth.PeriodStart, hubeiGrowth.PeriodEnd));
        // seeds/jiangsu/2026.txt: 过去五年，… (line 29), then 各位代表，刚刚过去的2025年，… (line 30): the items after it are 2025's.
        var jiangsu = Parse("jiangsu/2026.txt");
        Assert.All(jiangsu.Facts.Where(f => f.Line == 31 || f.Line == 32), f => Assert.Equal((2025, 2025), (f.PeriodStart, f.PeriodEnd)));
        // seeds/henan/2026.txt: the first item's title 过去的五年极不寻常 (line 18) opens the five years of the items after it
        // (line 24: 居民人均可支配收入年均增长6%); 刚刚过去的2025年很不平凡 (line 25) ends them.
        var henan = Parse("henan/2026.txt");
        var income = Assert.Single(henan.Facts, f => f.Line == 24 && f.Standard == StandardIndicator.DisposableIncomePerCapitaGrowth);
        Assert.Equal((2021, 2025), (income.PeriodStart, income.PeriodEnd));
        Assert.All(henan.Facts.Where(f => f.Line > 25 && f.Line < 34), f => Assert.Equal((2025, 2025), (f.PeriodStart, f.PeriodEnd)));
        // seeds/tibet/2026.txt line 34: a title that names its span twice (这五年是西藏发展最好变化最大的五年) names it.
        var tibet = Parse("tibet/2026.txt");
        var tibetGrowth = Assert.Single(tibet.Facts, f => f.Line == 34 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((2021, 2025), (tibetGrowth.PeriodStart, tibetGrowth.PeriodEnd));
        // seeds/jiangsu/2026.txt: “十四五”时期是…的五年 (line 19) opens the five years of the numbered （一）…（六） after it
        // (line 20: 年均增长5.7%). seeds/national/2013.txt: 结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议
        // (line 109) opens no past span for the plan's subsections (line 131: 严守18亿亩 stays a target of 2013).
        var jiangsuGrowth = Assert.Single(Parse("jiangsu/2026.txt").Facts, f => f.Line == 20 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((2021, 2025), (jiangsuGrowth.PeriodStart, jiangsuGrowth.PeriodEnd));
        var farmland = Assert.Single(Parse("national/2013.txt").Facts, f => f.Line == 131 && f.Value == 18m && f.Unit == "亿亩");
        Assert.Equal((FactStatus.Target, 2013), (farmland.Status, farmland.PeriodEnd));
        // seeds/national/2008.txt: ——经济跨上新台阶。2007年，… opens one year for its own item only; the item on line 28
        // (五年全国新增城镇就业5100万人) keeps the five years of the part's title.
        var national = Parse("national/2008.txt");
        var jobs = Assert.Single(national.Facts, f => f.Line == 28 && f.Value == 5100m);
        Assert.Equal((2003, 2007), (jobs.PeriodStart, jobs.PeriodEnd));
    }

    [Fact]
    public void A_past_span_in_the_plan_part_gives_actuals_not_targets()
    {
        // seeds/guangdong/2026.txt line 23, under the lead sentence 这是经济实力持续提升的五年。 Read as if it stood in the
        // plan part, its figures still report 2021–2025: actuals, the levels of 2025.
        var facts = Paragraphs(2026, ReportPart.Plan, "这是经济实力持续提升的五年。",
            "地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元。地方一般公共预算收入从1.29万亿元提高到1.39万亿元。");
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(FactStatus.Actual, f.Status));
        var gdp = facts.Single(14.58m, "万亿元");
        Assert.Equal((StandardIndicator.Gdp, 2025, 2025), (gdp.Standard!.Value, gdp.PeriodStart, gdp.PeriodEnd));
        // The values the changes started from are the levels of 2020, the year before the span.
        var start = facts.Single(11.37m, "万亿元");
        Assert.Equal((StandardIndicator.Gdp, 2020, 2020), (start.Standard!.Value, start.PeriodStart, start.PeriodEnd));
    }

    [Fact]
    public void A_plan_named_as_a_plan_frames_no_period_and_one_year_words_end_a_span()
    {
        // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 88: 对接“十四五”规划 names the plan; the targets are 2024's.
        var facts = Extract(ReportPart.Plan, true,
            "按照上述要求,综合分析研判内外部形势,对接“十四五”规划,提出今年全市经济社会发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5%,城镇调查失业率控制在5%以内");
        Assert.All(facts, f => Assert.Equal((2024, 2024, FactStatus.Target), (f.PeriodStart, f.PeriodEnd, f.Status)));
        Assert.Equal(3, facts.Count);

        // Same report line 246: 过去三年年均 is 2021–2023; 为实现“十四五”年均5% does not spread past its clause.
        facts = Review("初步预计,地区生产总值同比增长5%左右,过去三年年均增速达6.2%,为实现“十四五”年均5%的增长目标奠定了坚实基础;在重点税源主体出现大幅震荡情况下,完成区级一般公共预算收入200.5亿元,首次突破200亿元关口,同比增长8.4%;");
        Assert.Equal((2021, 2023, FactStatus.Estimated), (facts.Single(6.2m, "%").PeriodStart, facts.Single(6.2m, "%").PeriodEnd, facts.Single(6.2m, "%").Status));
        Assert.Equal((2023, 2023), facts.PeriodOf(8.4m, "%"));
    }

    [Fact]
    public void A_subsection_inherits_the_span_of_its_part_title()
    {
        // seeds/henan/2026.txt line 37, under 二、“十五五”时期主要目标任务 › 坚持扩大有效需求…: a 2026–2030 goal, so the
        // same wording in the 2026 main targets (line 47) stays a fact of its own.
        var goal = new SourceParagraph("——坚持扩大有效需求，融入服务全国统一大市场建设。努力提高经济循环质量和效率，经济年均增长5%左右。", new[] { 0 }, new[] { 37 });
        var year = new SourceParagraph("主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果，规上工业增加值增长6.5%左右。", new[] { 0 }, new[] { 47 });
        var facts = FactExtractor.Extract(new[]
        {
            new FactInput(goal, ReportPart.Plan, "坚持扩大有效需求，融入服务全国统一大市场建设", false, "“十五五”时期主要目标任务"),
            new FactInput(year, ReportPart.Plan, "2026年重点工作安排", true, "2026年重点工作安排"),
        }, new FactContext(2026, 2025, 2026), System.Threading.CancellationToken.None).ToList();
        var economy = facts.Where(f => f.Name == "经济").ToList();
        Assert.Equal(new[] { (2026, 2030, false), (2026, 2026, true) }, economy.Select(f => (f.PeriodStart, f.PeriodEnd, f.MainTarget)));
        Assert.All(economy, f => Assert.Equal((StandardIndicator.GdpGrowth, FactStatus.Target), (f.Standard!.Value, f.Status)));
    }

    [Fact]
    public void Thresholds_crossed_and_kinds_of_a_measure_are_no_figures()
    {
        // seeds/tianjin/2026.txt: 跨上万亿元台阶; seeds/national/1984.txt: 三十多种主要产品产量.
        Assert.Empty(Paragraphs(2026, ReportPart.Review, null, "服务业增加值跨上万亿元台阶。"));
        Assert.Empty(Paragraphs(1984, ReportPart.Review, null, "工农业总产值以及粮食、棉花、原煤、原油、钢、钢材、生铁、水泥、化肥等三十多种主要产品产量，提前两年达到或超过第六个五年计划规定的一九八五年指标。"));
    }

    [Fact]
    public void A_list_of_thresholds_crossed_gives_no_figures_and_names_what_follows()
    {
        // seeds/zhejiang/2026.txt line 33, the sentence as written.
        var facts = Paragraphs(2026, ReportPart.Review, null, "全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%，规模稳居全国第4位。");
        Assert.DoesNotContain(facts, f => f.Unit == "万亿");
        var growth = facts.Single(5.9m, "%");
        Assert.Equal(("生产总值", StandardIndicator.GdpGrowth, Direction.Up), (growth.Name, growth.Standard!.Value, growth.Direction));
        var rank = facts.Single(f => f.Measure == Measure.Rank);
        Assert.Equal(("生产总值", 4m), (rank.Name, rank.Value));
    }

    [Fact]
    public void A_measure_listed_after_its_counterpart_shares_its_modifier()
    {
        // seeds/tibet/2026.txt line 34: 支出 is the region's 地方财政支出.
        var facts = Paragraphs(2026, ReportPart.Review, null, "全区地方财政收入、支出分别突破300亿元和3000亿元。");
        Assert.Equal(new[] { ("地方财政收入", 300m), ("地方财政支出", 3000m) }, facts.Select(f => (f.Name, f.Value)));
        Assert.All(facts, f => Assert.Equal(Qualifiers.Over, f.Qualifiers));
        // seeds/zhejiang/2026.txt line 18: a modifier shared the other way round (城镇和农村 + 居民人均可支配收入) is unchanged.
        var income = Paragraphs(2026, ReportPart.Review, null, "城镇和农村居民人均可支配收入分别增长4.3%、5.5%。");
        Assert.Equal(new[] { "城镇居民人均可支配收入", "农村居民人均可支配收入" }, income.Select(f => f.Label ?? f.Name));
    }

    [Fact]
    public void A_paired_scope_names_its_two_rates_without_respectively()
    {
        // seeds/xinjiang/2026.txt line 27: 城乡 pairs 城镇 with 5.3% and 农村 with 8.1%, both growth rates.
        var facts = Paragraphs(2026, ReportPart.Review, null, "城镇累计新增就业239.2万人，农村劳动力外出务工1610万人次，城乡居民人均可支配收入年均增长5.3%、8.1%。");
        Assert.Equal(new[] { (StandardIndicator.UrbanDisposableIncomePerCapitaGrowth, 5.3m), (StandardIndicator.RuralDisposableIncomePerCapitaGrowth, 8.1m) },
            facts.Where(f => f.Unit == "%").Select(f => (f.Standard!.Value, f.Value)));
        Assert.All(facts.Where(f => f.Unit == "%"), f => Assert.Equal(Direction.Up, f.Direction));
        // A name that is no paired scope keeps one rate and leaves the second alone (no 分别, nothing says what it is).
        var one = Paragraphs(2026, ReportPart.Review, null, "城镇居民人均可支配收入增长5.3%、8.1%。");
        Assert.Equal(Direction.Up, one.Single(5.3m, "%").Direction);
        Assert.DoesNotContain(one, f => f.Value == 8.1m && f.Direction == Direction.Up);
    }

    [Fact]
    public void A_scope_and_an_ordinal_that_end_the_piece_state_a_rank()
    {
        // seeds/beijing/shijingshan-2025.txt line 89: 位列 states the first two ranks, the third has no verb; 连续三年 is
        // no part of the name.
        var health = Paragraphs(2025, ReportPart.Review, null, "我区在年度地市级行政区医改评价工作中位列全国第30名、全市第一,医联体考核连续三年全市第一。");
        Assert.Equal((1m, Measure.Rank), (health.Single(f => f.Name == "医联体考核").Value, health.Single(f => f.Name == "医联体考核").Measure));
        // seeds/jiangsu/2026.txt line 22 and seeds/beijing/mentougou-2023.txt line 9: 连续11年 and 持续 leave the name.
        var index = Paragraphs(2026, ReportPart.Review, null, "两化融合发展水平指数连续11年全国第一。");
        Assert.Equal(("两化融合发展水平指数", 1m), (Assert.Single(index).Name, index[0].Value));
        var income = Paragraphs(2023, ReportPart.Review, null, "收入总量持续位于北京郊区首位。");
        Assert.Equal(("收入总量", 1m), (Assert.Single(income).Name, income[0].Value));
        // seeds/henan/2026.txt line 21: the same span words leave a level's name.
        var grain = Paragraphs(2026, ReportPart.Review, null, "粮食总产量连续9年稳定在1300亿斤以上。");
        Assert.Equal((StandardIndicator.GrainOutput, Qualifiers.Over), (Assert.Single(grain).Standard!.Value, grain[0].Qualifiers));
        // An ordinal of a batch is no rank: seeds/gansu/2026.txt, 陇南入列全国第一批美丽城市先行区.
        Assert.DoesNotContain(Paragraphs(2026, ReportPart.Review, null, "陇南入列全国第一批美丽城市先行区。"), f => f.Measure == Measure.Rank);
    }

    [Fact]
    public void A_count_of_thresholds_passed_is_no_figure_and_names_what_follows()
    {
        // seeds/jiangsu/2026.txt line 20: 4个万亿元台阶 counts thresholds; 达14.2万亿元 and 年均增长5.7% are the GDP's.
        var facts = Paragraphs(2026, ReportPart.Review, null, "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%，人均地区生产总值达16.7万元。");
        Assert.DoesNotContain(facts, f => f.Unit == "个");
        Assert.Equal(StandardIndicator.Gdp, facts.Single(14.2m, "万亿元").Standard);
        Assert.Equal(StandardIndicator.GdpGrowth, facts.Single(5.7m, "%").Standard);
        // seeds/shandong/2026.txt line 26: 跨过3个万亿元大关 the same; the year of a baseline (由2020年的7.2%) dates the
        // baseline, not the share it rose to.
        var share = Paragraphs(2026, ReportPart.Review, null, "经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。");
        Assert.DoesNotContain(share, f => f.Unit == "个");
        Assert.Equal((2025, 2025, Measure.Share), (share.Single(7.4m, "%").PeriodStart, share.Single(7.4m, "%").PeriodEnd, share.Single(7.4m, "%").Measure));
    }

    [Fact]
    public void A_yearly_mean_after_a_dated_change_runs_from_the_year_after_its_baseline()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2016.txt line 15: 由2010年的…增加到2015年的…，年均增长12.1% is the
        // mean of 2011–2015; the level the change reached is 2015's.
        var hailaer = Paragraphs(2016, ReportPart.Review, null,
            "地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%；公共财政预算收入由2010年的5.24亿元增加到2015年的15.07亿元，年均增长23.53%。");
        Assert.Equal((2011, 2015), hailaer.PeriodOf(12.1m, "%"));
        Assert.Equal((2011, 2015), hailaer.PeriodOf(23.53m, "%"));
        Assert.Equal((2015, 2015), hailaer.PeriodOf(287.9m, "亿元"));
        // seeds/hebei/2026.txt line 20: a mean stated later in the clause of the change is over the same years.
        var hebei = Paragraphs(2026, ReportPart.Review, null,
            "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%，固定资产投资增速连续超过全国平均水平。");
        Assert.Equal((2021, 2025), hebei.PeriodOf(6.5m, "%"));
        Assert.Equal((2025, 2025), hebei.PeriodOf(4.93m, "万亿元"));
        // seeds/national/2001.txt line 20 (a report that reviews 1996–2000): a mean after the review year it dates is over
        // the years reviewed; national/2008.txt line 14: so is 年均增长10.6%, while the rank in the next piece is 2007's.
        var ninth = YearsReviewed(2001, 1996, "国内生产总值2000年达89404亿元，平均每年增长8.3％。");
        Assert.Equal((1996, 2000), ninth.PeriodOf(8.3m, "%"));
        Assert.Equal((2000, 2000), ninth.PeriodOf(89404m, "亿元"));
        var tenth = YearsReviewed(2008, 2003, "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位。");
        Assert.Equal((2003, 2007), tenth.PeriodOf(10.6m, "%"));
        // The change over 2002's level in the same sentence is over the years since: 2003–2007; so is one over 2019's in
        // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 70 (a 2024 report: 2020–2023).
        Assert.Equal((2003, 2007), tenth.PeriodOf(65.5m, "%"));
        var safety = Paragraphs(2024, ReportPart.Review, null, "压实基层末梢安全责任,全市生产安全死亡事故起数和死亡人数分别比2019年下降4.8%和1.8%。");
        Assert.Equal((2020, 2023), safety.PeriodOf(4.8m, "%"));
        var rank = tenth.Single(f => f.Measure == Measure.Rank);
        Assert.Equal((2007, 2007), (rank.PeriodStart, rank.PeriodEnd));
        // seeds/national/2018.txt line 16: a rank reached over the years reviewed is the standing at their end.
        var research = YearsReviewed(2018, 2013, "五年来，创新驱动发展成果丰硕。全社会研发投入年均增长11%，规模跃居世界第二位。");
        Assert.Equal((2013, 2017), research.PeriodOf(11m, "%"));
        Assert.Equal((2017, 2017), (research.Single(f => f.Measure == Measure.Rank).PeriodStart, research.Single(f => f.Measure == Measure.Rank).PeriodEnd));
        // seeds/inner-mongolia/hulunbuir-hailaer-2016.txt line 39: a growth with no word of a mean is the year's own.
        var year = Paragraphs(2016, ReportPart.Review, null, "地区生产总值达到 287.9亿元,同比增长8.9%（按可比价计算）。");
        Assert.Equal((2015, 2015), year.PeriodOf(8.9m, "%"));
    }

    [Fact]
    public void A_sentence_opening_on_the_past_year_after_a_short_frame_reports_results_also_in_the_plan_part()
    {
        // seeds/national/1987.txt line 16, in a section that reviews 1986 and sets the year's tasks (read as the plan):
        // 在经济领域，过去一年里… opens on the past year, so the figures after it are 1986's results.
        var facts = Paragraphs(1987, ReportPart.Plan, null,
            "在经济领域，过去一年里取得的最重要的成绩，就是把１９８４年末至１９８５年一度出现的经济过热现象初步调整过来，使整个国民经济继续纳入正常发展的轨道。全国社会总产值达到１８７７４亿元，比上年增长９．１％；其中工农业总产值１５１０４亿元，比上年增长９．３％。");
        foreach (var fact in new[] { facts.Single(18774m, "亿元"), facts.Single(9.3m, "%") })
        {
            Assert.Equal((1986, 1986, FactStatus.Actual), (fact.PeriodStart, fact.PeriodEnd, fact.Status));
        }
        // A frame before 今年 opens on this year: the plan's figures stay targets (seeds/national/2007.txt line 93).
        var plan = Paragraphs(2007, ReportPart.Plan, null, "综合考虑各种因素，今年国民经济和社会发展的主要目标是：在优化结构、提高效益和降低消耗、保护环境的基础上，国内生产总值增长8%左右。");
        Assert.Equal((2007, FactStatus.Target), (plan.Single(8m, "%").PeriodEnd, plan.Single(8m, "%").Status));
    }

    [Fact]
    public void The_year_a_sentence_compares_with_is_its_base_and_not_its_date()
    {
        // seeds/national/1987.txt line 83: 1986年同1978年相比 dates the figures 1986; the changes run since the base year
        // (1979–1986) and the baselines are its levels (1978).
        var facts = Paragraphs(1987, ReportPart.Review, null, "１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％。");
        Assert.Equal((1986, 1986), facts.PeriodOf(9380m, "亿元"));
        Assert.Equal((1979, 1986), facts.PeriodOf(102m, "%"));
        Assert.Equal((1978, 1978), facts.PeriodOf(3480m, "亿元"));
        // seeds/national/1993.txt line 14: the same for each clause of the sentence.
        var output = Paragraphs(1993, ReportPart.Review, null, "１９９２年同１９８７年相比，钢产量增长百分之四十二，达到８０００万吨；原煤产量增长百分之二十，达到１１亿吨。");
        Assert.Equal((1992, 1992), output.PeriodOf(8000m, "万吨"));
        Assert.Equal((1988, 1992), output.PeriodOf(20m, "%"));
    }

    [Fact]
    public void A_level_the_plan_holds_through_its_years_spans_them()
    {
        // seeds/guizhou/2026.txt line 34, under “十五五”时期主要目标任务: 控制在5.5%左右 is to hold in each of 2026–2030.
        var plan = Paragraphs(2026, ReportPart.Plan, "“十五五”时期主要目标任务",
            "——人民生活品质不断提高。脱贫兜底“固若金汤”，乡村全面振兴扎实推进，兴业、强县、富民一体发展成效明显。高质量充分就业取得新进展，城镇调查失业率控制在5.5%左右，居民收入增长和经济增长同步。");
        Assert.Equal((2026, 2030), plan.PeriodOf(5.5m, "%"));
        // seeds/national/2023.txt line 46, reviewing 2018–2022: a level held in the years reviewed spans them, a level
        // reached is the last year's.
        var review = YearsReviewed(2023, 2018, "过去五年极不寻常、极不平凡。", "——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%。财政收入增加到20.4万亿元。粮食产量连年稳定在1.3万亿斤以上。外汇储备稳定在3万亿美元以上。");
        Assert.Equal(((2018, 2022), (2018, 2022)), (review.PeriodOf(1.3m, "万亿斤"), review.PeriodOf(3m, "万亿美元")));
        Assert.Equal((2022, 2022), review.PeriodOf(121m, "万亿元"));
    }

    [Fact]
    public void A_paragraph_opening_on_the_years_reviewed_reports_them_also_in_the_plan_part()
    {
        // seeds/guangxi/2026.txt line 41 (its first and a later sentence), in the section of the “十五五” outline: 过去五年，…
        // opens the paragraph, so 五年提高3.89个百分点 counts back over 2021–2025 and is a result, not a target.
        var facts = Paragraphs(2026, ReportPart.Plan, null, "过去五年，我们牢记习近平总书记殷切嘱托，勇担历史使命，努力在推动边疆民族地区高质量发展上闯出新路子，在服务和融入新发展格局上展现新作为，在推动绿色发展上迈出新步伐，在巩固发展民族团结、社会稳定、边疆安宁上彰显新担当，有效应对新冠疫情等一系列重大风险挑战，推动各项事业取得新的长足发展，高质量发展综合绩效评价指数稳步提升，“含金量”、“含新量”、“含绿量”越来越足。城乡协调发展质效持续提升，常住人口城镇化率五年提高3.89个百分点，经济总量超500亿元的县域增至12个，城乡居民收入倍差从2.42缩小至2.12。");
        var urban = facts.Single(3.89m, "个百分点");
        Assert.Equal((2021, 2025, FactStatus.Actual), (urban.PeriodStart, urban.PeriodEnd, urban.Status));
    }

    [Fact]
    public void Adverbs_and_frames_between_a_name_and_its_value_leave_the_name()
    {
        // seeds/anhui/2026.txt line 24, seeds/hubei/2026.txt line 24, seeds/anhui/2026.txt line 30.
        Assert.Equal("出口", Assert.Single(Paragraphs(2026, ReportPart.Review, null, "出口逆势增长17.8%。")).Name);
        var jobs = Assert.Single(Paragraphs(2026, ReportPart.Review, null, "城镇新增就业每年超过90万人。"));
        Assert.Equal(("城镇新增就业", StandardIndicator.UrbanNewJobs), (jobs.Name, jobs.Standard!.Value));
        var deposits = Paragraphs(2026, ReportPart.Review, null, "人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。");
        Assert.DoesNotContain(deposits, f => f.Name.EndsWith("双双", System.StringComparison.Ordinal) || f.Unit == "个");
        // seeds/jiangsu/2026.txt line 21: R&D intensity is R&D spending as a share of GDP.
        var intensity = Assert.Single(Paragraphs(2026, ReportPart.Review, null, "全社会研发投入强度达3.38%左右。"));
        Assert.Equal((Measure.Share, Qualifiers.About), (intensity.Measure, intensity.Qualifiers));
    }

    [Fact]
    public void Verbs_around_a_name_shares_adjustments_and_cuts_are_read_as_written()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2018.txt lines 15, 23 and 27; seeds/national/2017.txt lines 38, 192 and 226.
        Assert.Equal("中央和自治区预算内投资", Paragraphs(2018, ReportPart.Review, null, "争取到中央和自治区预算内投资2.76亿元、“三城”建设资金1.4亿元。").Single(2.76m, "亿元").Name);
        Assert.Equal("城乡低保金", Assert.Single(Paragraphs(2018, ReportPart.Review, null, "全年发放城乡低保金1900万元。")).Name);
        Assert.Equal("中央预算内投资", Assert.Single(Paragraphs(2017, ReportPart.Plan, null, "中央预算内投资安排5076亿元。")).Name);
        var profits = Paragraphs(2017, ReportPart.Review, null, "工业企业利润由上年下降2.3%转为增长8.5%。");
        Assert.All(profits, f => Assert.Equal("工业企业利润", f.Name));
        // A share written 占…的 is named by the part, labelled with the whole.
        var share = Assert.Single(Paragraphs(2018, ReportPart.Review, null, "全年民生支出占一般公共预算支出的73.6%。"));
        Assert.Equal(("民生支出", "民生支出占一般公共预算支出", Measure.Share), (share.Name, share.Label, share.Measure));
        // An adjustment written inside the name (剔除…后) is the measure's, in its label.
        var revenue = Paragraphs(2018, ReportPart.Review, null, "一般公共预算收入剔除虚增空转因素后完成10.4亿元；社会消费品零售总额完成159.5亿元。").Single(10.4m, "亿元");
        Assert.Equal(("一般公共预算收入", "一般公共预算收入剔除虚增空转因素后"), (revenue.Name, revenue.Label));
        // A cut opening the name is a fall of what follows; 减少收入的农户 (seeds/national/1957.txt line 30) is a noun phrase.
        var poverty = Assert.Single(Paragraphs(2017, ReportPart.Plan, null, "今年再减少农村贫困人口1000万以上。"));
        Assert.Equal(("农村贫困人口", Direction.Down, Measure.Change), (poverty.Name, poverty.Direction, poverty.Measure));
        Assert.DoesNotContain(Paragraphs(1957, ReportPart.Review, null, "减少收入的农户只占10％左右。"), f => f.Direction == Direction.Down);
    }

    [Fact]
    public void Values_listed_before_a_counted_noun_count_it()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2018.txt line 17: both 1.8万户 and 189万平方米 measure the 棚改任务.
        var facts = Paragraphs(2018, ReportPart.Review, null, "全年投资90.07亿元，完成1.8万户、189万平方米棚改任务，结束了海拉尔区集中连片棚户区的历史。");
        Assert.Equal(new[] { "投资", "棚改任务", "棚改任务" }, facts.Select(f => f.Name));
    }

    [Fact]
    public void Ages_are_figures_of_life_expectancy_and_brackets_of_a_group()
    {
        // seeds/hunan/2026.txt line 32: 岁 is a unit.
        var life = Assert.Single(Paragraphs(2026, ReportPart.Review, null, "人均预期寿命提升到79岁。"));
        Assert.Equal(("人均预期寿命", 79m, "岁"), (life.Name, life.Value, life.Unit));
        // seeds/chongqing/2026.txt line 26: 65岁以上老年人 is a group; the 390万 checked are the figure.
        var checkups = Paragraphs(2026, ReportPart.Review, null, "高龄津贴惠及130万老年人，为390万65岁以上老年人免费体检。");
        Assert.DoesNotContain(checkups, f => f.Unit == "岁");
        // seeds/national/2019.txt line 134: the bracket stays in the name.
        Assert.Equal("60岁以上人口", Assert.Single(Paragraphs(2019, ReportPart.Review, null, "我国60岁以上人口已达2.5亿。")).Name);
    }

    [Fact]
    public void Ranks_bases_and_shares_between_figures_name_nothing_of_their_own()
    {
        // seeds/hunan/2026.txt line 19: 、稳居全国前十强、增长4.8% is the GDP's growth.
        var gdp = Paragraphs(2026, ReportPart.Review, null, "全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%，其中规模工业增加值增长6.2%。");
        Assert.Equal(StandardIndicator.GdpGrowth, gdp.Single(4.8m, "%").Standard);
        // seeds/hunan/2026.txt line 29: 较“十三五”增长16.3% is the revenue's; 5万亿台阶 is a threshold (台 is no unit there).
        var revenue = Paragraphs(2026, ReportPart.Review, null, "地方一般公共预算收入累计超1.6万亿元、较“十三五”增长16.3%。");
        Assert.Equal(StandardIndicator.GeneralBudgetRevenueGrowth, revenue.Single(16.3m, "%").Standard);
        var level = Paragraphs(2026, ReportPart.Review, null, "地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。");
        Assert.Equal(("万亿", StandardIndicator.Gdp), (level.Single(f => f.Value == 5m).Unit, level.Single(f => f.Value == 5m).Standard!.Value));
        // seeds/shaanxi/2026.txt line 28: a measure setting a record in the piece before names the values after it, not the
        // figure named earlier in the clause.
        var trade = Paragraphs(2026, ReportPart.Review, null, "机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元、增长18.5％。");
        Assert.Equal(("进出口总值", "进出口总值"), (trade.Single(5379m, "亿元").Name, trade.Single(18.5m, "%").Name));
        Assert.Equal("机电产品出口占比", trade.Single(86m, "%").Name);
        // The milestone noun after it is its own: the next figure's name starts after the list mark.
        Assert.Equal("五年增量", level.Single(1.36m, "万亿元").Name);
        // seeds/national/2017.txt line 38: a contribution rate is a share.
        Assert.Equal(Measure.Share, Assert.Single(Paragraphs(2017, ReportPart.Review, null, "对全球经济增长的贡献率超过30%。")).Measure);
    }

    [Fact]
    public void Last_year_opens_no_name_and_listed_modifiers_share_the_last_items_head()
    {
        // seeds/national/2011.txt line 18 and seeds/national/2023.txt line 88: 去年, 去年底 are time words.
        var trade = Assert.Single(Paragraphs(2011, ReportPart.Review, null, "去年对外贸易总额达到2.97万亿美元，开放型经济水平快速提升。"));
        Assert.Equal("对外贸易总额", trade.Name);
        Assert.Equal("企业数量", Assert.Single(Paragraphs(2023, ReportPart.Review, null, "去年底企业数量超过5200万户。")).Name);
        // seeds/fujian/2026.txt line 19: 城镇居民、农村居民人均可支配收入 names two incomes.
        var incomes = Paragraphs(2026, ReportPart.Review, null, "城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。");
        Assert.Equal(new[] { StandardIndicator.UrbanDisposableIncomePerCapitaGrowth, StandardIndicator.RuralDisposableIncomePerCapitaGrowth },
            incomes.Select(f => f.Standard!.Value));
    }

    [Fact]
    public void Main_targets_announced_on_a_line_of_their_own_are_the_next_paragraphs()
    {
        // seeds/national/2011.txt: 今年国民经济和社会发展的主要预期目标是： (line 204), the list on line 207.
        string path = TestData.SeedPath("national/2011.txt");
        var report = Assert.Single(ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports);
        var targets = report.Facts.Where(f => f.Line == 207).ToList();
        Assert.Equal(4, targets.Count);
        Assert.All(targets, f => Assert.True(f.MainTarget, f.Name));
        Assert.Contains(targets, f => f.Standard == StandardIndicator.GdpGrowth && f.Value == 8m);
        // A paragraph that only names the targets in passing, with no colon, opens no list after it (line 209 and on).
        Assert.DoesNotContain(report.Facts, f => f.MainTarget && f.Line > 207);
    }

    [Fact]
    public void A_change_after_a_list_mark_keeps_the_name_of_the_figure_before()
    {
        // seeds/national/2025.txt line 53: 安排、比上年提高1个百分点 is the deficit ratio's change, 安排 names nothing.
        var facts = Paragraphs(2025, ReportPart.Plan, null, "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。");
        var change = facts.Single(1m, "个百分点");
        Assert.Equal(("赤字率", Direction.Up), (change.Name, change.Direction));
        Assert.Equal("赤字规模", facts.Single(1.6m, "万亿元").Name);
    }

    [Fact]
    public void A_count_after_a_verb_listed_with_a_policy_names_the_noun_counted()
    {
        // seeds/guangdong/2026.txt line 20: 惠及168万名儿童 counts children; the policy before the 、 is no name.
        var facts = Paragraphs(2026, ReportPart.Review, null, "实施学前一年免费教育政策、惠及168万名儿童，全面落实育儿补贴政策。");
        Assert.Equal(("儿童", 168m), (Assert.Single(facts).Name, facts[0].Value));
    }

    [Fact]
    public void The_noun_counted_after_a_value_ends_at_the_list_mark_before_the_next_value()
    {
        // seeds/shandong/2026.txt line 47: the projects are counted, the investment is its own figure.
        var plan = Paragraphs(2026, ReportPart.Plan, null, "积极扩大有效投资。推进2000个省级重点项目、完成投资9800亿元以上。");
        Assert.Equal(new[] { ("省级重点项目", 2000m), ("投资", 9800m) }, plan.Select(f => (f.Name, f.Value)));
        // seeds/gansu/2026.txt line 21: 金矿 is what the 40 吨 measures; 平凉… opens the next item.
        var finds = Paragraphs(2026, ReportPart.Review, null, "新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处。");
        Assert.Equal(("金矿", Qualifiers.Over), (finds.Single(40m, "吨").Name, finds.Single(40m, "吨").Qualifiers));
        Assert.StartsWith("平凉", finds.Single(35m, "处").Name, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_from_a_dated_baseline_names_the_level_it_reached()
    {
        // seeds/zhejiang/2026.txt line 33: the level of 2025 takes the name; the baseline is the level of 2020.
        var facts = Paragraphs(2026, ReportPart.Review, null, "人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。");
        Assert.Equal(2, facts.Count);
        var level = facts.Single(14m, "万元");
        Assert.Equal(("人均地区生产总值", StandardIndicator.GdpPerCapita, 2025), (level.Name, level.Standard!.Value, level.PeriodEnd));
        var start = facts.Single(10.5m, "万元");
        Assert.Equal(("人均地区生产总值", StandardIndicator.GdpPerCapita, 2020), (start.Name, start.Standard!.Value, start.PeriodEnd));
        // seeds/national/2025.txt line 14.
        var grain = Paragraphs(2025, ReportPart.Review, null, "粮食产量首次跃上1.4万亿斤新台阶。").Single();
        Assert.Equal(("粮食产量", Qualifiers.Over, StandardIndicator.GrainOutput), (grain.Name, grain.Qualifiers, grain.Standard!.Value));
    }

    [Fact]
    public void Dated_values_of_a_change_keep_the_name_and_take_their_years()
    {
        // seeds/national/1981.txt line 24: 从１９７９年的 is no part of the name; each value is for its own year.
        var facts = Paragraphs(1981, ReportPart.Review, null, "财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元。");
        Assert.Equal(new[] { ("财政赤字", 170m, 1979), ("财政赤字", 127m, 1980) }, facts.Take(2).Select(f => (f.Name, f.Value, f.PeriodEnd)));
        // seeds/zhejiang/2026.txt line 33: 跃居全国第3位 ranks the figure before it.
        var rank = Paragraphs(2026, ReportPart.Review, null, "一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位。").Single(f => f.Measure == Measure.Rank);
        Assert.Equal(("一般公共预算收入", 3m), (rank.Name, rank.Value));
    }

    [Fact]
    public void Numbered_five_year_plans_give_their_years()
    {
        // seeds/national/1982.txt: the sixth five-year plan is 1981–1985.
        var facts = Paragraphs(1982, ReportPart.Plan, null, "第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元。");
        var fund = facts.Single(1300m, "亿元");
        Assert.Equal((1985, FactStatus.Target), (fund.PeriodEnd, fund.Status));
        Assert.Equal("1300", fund.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // seeds/national/1957.txt
    [InlineData("全国农業总产值約为五百八十三亿元，比1955年增加了二十七亿四千万元。", 27.4, "亿元", Qualifiers.None)]
    [InlineData("粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤。", 3650, "亿斤", Qualifiers.None)]
    [InlineData("前三年扩大的灌溉面积共四千一百多万亩。", 4100, "万亩", Qualifiers.Over)]
    // seeds/national/1954.txt (traditional characters)
    [InlineData("共登記選民三億二千三百八十萬九千六百八十四人。", 323809684, "人", Qualifiers.None)]
    // seeds/national/1959.txt
    [InlineData("一九五七年全国工业中的工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。", 175000, "人", Qualifiers.None)]
    public void Reads_numbers_written_in_chinese_numerals(string text, double value, string unit, Qualifiers qualifiers)
    {
        var fact = Review(text).Single((decimal)value, unit);
        Assert.Equal(qualifiers, fact.Qualifiers & ~Qualifiers.About);
    }

    [Fact]
    public void Reads_percentages_and_multiples_written_out()
    {
        // seeds/national/1982.txt: 百分之二十一点七 is 21.7 %, not the fraction 21/100.
        var facts = Paragraphs(1982, ReportPart.Plan, null, "在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。");
        var total = facts.Single(21.7m, "%");
        Assert.Equal(("工农业总产值", Measure.Change, Direction.Up), (total.Name, total.Measure, total.Direction!.Value));
        Assert.Equal(Direction.Up, facts.Single(4m, "%").Direction);

        // seeds/national/1959.txt line 142: 增长两倍 is a multiple; the value compared with (比一九五二年的) is that year's.
        var engineers = Paragraphs(1959, ReportPart.Review, null, "一九五七年全国工业中的工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。");
        Assert.Equal(("工业中的工程技术人员", Measure.Change, 1957), (engineers.Single(2m, "倍").Name, engineers.Single(2m, "倍").Measure, engineers.Single(2m, "倍").PeriodEnd));
        Assert.Equal((1952, 1957), (engineers.Single(58000m, "人").PeriodEnd, engineers.Single(175000m, "人").PeriodEnd));
        // 七点 is a time of day, not a number.
        Assert.Empty(Review("会议于七点召开。"));
    }

    [Fact]
    public void Doubling_and_quadrupling_stay_text()
    {
        // seeds/national/1981.txt and 1982.txt: 翻两番 is no figure.
        Assert.Empty(Review("力争用二十年的时间使工农业总产值翻两番，使人民的消费达到小康水平。"));
        Assert.Empty(Review("从一九八一年到本世纪末的二十年内力争实现我国工农业年总产值翻两番。"));
    }

    [Fact]
    public void Numbers_keep_their_sign_and_precision_and_never_overflow_the_base_unit()
    {
        var jobs = Review("新增岗位 -5 个。").Single();
        Assert.Equal(("新增岗位", -5m, "-5"), (jobs.Name, jobs.Value, jobs.ValueText));
        // A range keeps its own minus sign apart from the value's.
        Assert.Equal(7m, Review("经济增长6.5%－7%。").Single(6.5m, "%").ValueHigh);

        // More decimal places than a decimal holds: rejected, never rounded to 0.
        Assert.Empty(Review("误差为0.00000000000000000000000000001个。"));
        Assert.Equal(0.0000000000000000000000000001m, Review("误差为0.0000000000000000000000000001个。").Single().Value);
        // 7.9 × 10²⁵ 万亿元 is more than a decimal holds in 元: rejected, so Quantity.ToBase() cannot overflow.
        Assert.Empty(Review("产值达到79228162514264337593543万亿元。"));
        var big = Review("产值达到79228162514264万亿元。").Single();
        Assert.Equal(79228162514264m * 1_000_000_000_000m, new Quantity(big.Value, big.Unit).ToBase());
    }

    private readonly record struct Quantity(decimal Value, string Unit)
    {
        public decimal ToBase() => global::ReportSdk.Quantity.Of(Value, Unit).ToBase();
    }

    [Theory]
    // seeds/<province>/2026.txt review overviews
    [InlineData("城镇和农村常住居民人均可支配收入分别增长3.9%和5.7%", "城镇常住居民人均可支配收入", 3.9, "农村常住居民人均可支配收入", 5.7)]
    [InlineData("民生支出占一般公共预算支出87%，20件民生实事全部完成，城乡居民人均可支配收入分别增长4.4%、5.8%", "城镇居民人均可支配收入", 4.4, "农村居民人均可支配收入", 5.8)]
    [InlineData("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%", "城镇居民人均可支配收入", 4.2, "农村居民人均可支配收入", 5.3)]
    public void Town_and_country_pairs_become_two_facts(string text, string first, double firstRate, string second, double secondRate)
    {
        var facts = Paragraphs(2026, ReportPart.Review, null, text);
        var a = facts.Single((decimal)firstRate, "%");
        var b = facts.Single((decimal)secondRate, "%");
        Assert.Equal((first, second), (a.Name, b.Name));
        Assert.Equal((StandardIndicator.UrbanDisposableIncomePerCapitaGrowth, StandardIndicator.RuralDisposableIncomePerCapitaGrowth), (a.Standard!.Value, b.Standard!.Value));
        Assert.DoesNotContain(facts, f => f.Name.StartsWith("城乡", System.StringComparison.Ordinal));
    }

    [Fact]
    public void National_headline_targets_carry_standard_keys()
    {
        // seeds/national/2025.txt line 47.
        var facts = Paragraphs(2025, ReportPart.Plan, "二、2025年经济社会发展总体要求和政策取向",
            "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右，生态环境质量持续改善。");
        Assert.Equal(
            new[]
            {
                StandardIndicator.GdpGrowth, StandardIndicator.SurveyedUnemploymentRate, StandardIndicator.UrbanNewJobs,
                StandardIndicator.ConsumerPriceIncrease, StandardIndicator.GrainOutput, StandardIndicator.EnergyIntensityReduction,
            },
            facts.Select(f => f.Standard!.Value));
        Assert.All(facts, f => Assert.Equal((FactStatus.Target, 2025), (f.Status, f.PeriodEnd)));
    }

    [Fact]
    public void Unemployment_averages_prices_and_fiscal_figures_carry_standard_keys()
    {
        // seeds/national/2022.txt
        var unemployment = Paragraphs(2022, ReportPart.Review, null, "城镇新增就业1269万人，城镇调查失业率平均为5.1%。").Single(5.1m, "%");
        Assert.Equal(("城镇调查失业率", StandardIndicator.SurveyedUnemploymentRate), (unemployment.Name, unemployment.Standard!.Value));
        // seeds/yunnan/2026.txt line 33: the mean of a rate (均值, 平均值) is the rate as reported; a mean of something else keeps it.
        var yunnan = Paragraphs(2026, ReportPart.Review, null, "社会消费品零售总额增长2.4%，城镇调查失业率均值5.2%，居民人均可支配收入增长4.6%。").Single(5.2m, "%");
        Assert.Equal(("城镇调查失业率", StandardIndicator.SurveyedUnemploymentRate), (yunnan.Name, yunnan.Standard));
        Assert.Equal("细颗粒物浓度均值", Paragraphs(2026, ReportPart.Review, null, "细颗粒物浓度均值28微克/立方米。").Single().Name);

        // seeds/national/2002.txt (full-width digits), 1990s national reports, seeds/<province>/2026.txt.
        var prices = Paragraphs(2002, ReportPart.Review, null, "居民消费价格总水平上升０．７％。");
        Assert.Equal((StandardIndicator.ConsumerPriceIncrease, Direction.Up, "0.7"), (prices.Single(0.7m, "%").Standard!.Value, prices.Single(0.7m, "%").Direction!.Value, prices.Single().ValueText));
        Assert.Equal(StandardIndicator.ConsumerPriceIncrease, Paragraphs(1996, ReportPart.Plan, null, "居民消费价格总水平涨幅控制在4%。").Single().Standard);
        Assert.Equal(StandardIndicator.ConsumerPriceIncrease, Paragraphs(2026, ReportPart.Plan, null, "CPI涨幅2%左右。").Single().Standard);
        // seeds/shanxi/2026.txt line 54, seeds/national/1996.txt line 230: a name ending on a rate of rise says the direction.
        Assert.Equal(Direction.Up, Paragraphs(2026, ReportPart.Plan, null, "居民消费价格总水平上涨幅度控制在2%左右。").Single().Direction);
        Assert.Equal(Direction.Up, Paragraphs(1996, ReportPart.Plan, null, "经济增长速度8%左右。").Single().Direction);
        Assert.Equal(Direction.Down, Paragraphs(2026, ReportPart.Review, null, "单位地区生产总值能耗降幅3%。").Single().Direction);

        var fiscal = Paragraphs(2025, ReportPart.Plan, null,
            "赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元。");
        Assert.Equal(StandardIndicator.DeficitRatio, fiscal.Single(4m, "%").Standard);
        Assert.Equal(StandardIndicator.Deficit, fiscal.Single(5.66m, "万亿元").Standard);
        Assert.Equal(StandardIndicator.LocalGovernmentSpecialBonds, fiscal.Single(4.4m, "万亿元").Standard);
        Assert.Null(fiscal.Single(5000m, "亿元").Standard);
    }

    [Fact]
    public void The_value_a_change_started_from_is_the_level_of_the_year_before_its_span_or_of_the_year_written()
    {
        // seeds/zhejiang/2026.txt lines 32-33: 五年来 opens the span 2021–2025 for the list item after it.
        var facts = Paragraphs(2026, ReportPart.Review, "一、2025年主要工作和“十四五”发展成就",
            "五年来，我们有力有效应对世纪疫情冲击、中美贸易摩擦等重大风险挑战，推动经济社会发展取得新成就、迈上新台阶，顺利实现“十四五”经济社会发展主要目标，在省域层面书写了中国式现代化的精彩华章。",
            "——发展质效不断提高，综合实力进一步跃升。全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%，规模稳居全国第4位。人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位。");
        // The year written before the baseline dates it; the value the change reached keeps its own year.
        var perCapita = facts.Single(10.5m, "万元");
        Assert.Equal((StandardIndicator.GdpPerCapita, Measure.Level, FactStatus.Actual, 2020, 2020),
            (perCapita.Standard!.Value, perCapita.Measure, perCapita.Status, perCapita.PeriodStart, perCapita.PeriodEnd));
        Assert.Equal((StandardIndicator.GdpPerCapita, 2025), (facts.Single(14m, "万元").Standard!.Value, facts.Single(14m, "万元").PeriodEnd));
        // No year written: the level of the year before the span.
        var revenue = facts.Single(7248m, "亿元");
        Assert.Equal((StandardIndicator.GeneralBudgetRevenue, FactStatus.Actual, 2020, 2020),
            (revenue.Standard!.Value, revenue.Status, revenue.PeriodStart, revenue.PeriodEnd));
        Assert.Equal((2025, 2025), facts.PeriodOf(8865m, "亿元"));

        // seeds/beijing/mentougou-2023.txt lines 35 and 59, one year's review: an undated baseline (从 6 家) and one
        // hedged as 不足 (no qualifier says "below") stay names of the change, no facts.
        var year = Paragraphs(2023, ReportPart.Review, "一、2022年工作回顾",
            "长安街西延线专精特新产业集群建设初见成效，全年新增专精特新企业 47 家，累计达 70 家，其中市级专精特新小巨人企业从 6 家增至 22 家、排名生态涵养区第一。",
            "物业服务满意率由不足60%提升至72.1%。");
        Assert.DoesNotContain(year, f => f.Value == 6m || f.Value == 60m);
        Assert.Equal("市级专精特新小巨人企业", year.Single(22m, "家").Name);
        Assert.Equal("物业服务满意率", year.Single(72.1m, "%").Name);
    }

    [Fact]
    public void A_comparable_basis_or_prices_taken_out_leave_the_measure_named_before_them()
    {
        // seeds/gansu/2026.txt line 52 (main targets): 同口径 after the name is no figure of the one before it.
        var targets = Paragraphs(2026, ReportPart.Plan, null,
            "经济社会发展的主要预期目标是：外贸进出口总值增长10%以上；一般公共预算收入同口径增长5.5%左右；城镇调查失业率5.5%左右。");
        var revenue = targets.Single(f => f.Value == 5.5m && f.Measure == Measure.Change);
        Assert.Equal(("一般公共预算收入", "一般公共预算收入同口径", StandardIndicator.GeneralBudgetRevenueGrowth),
            (revenue.Name, revenue.Label, revenue.Standard!.Value));
        Assert.Equal("外贸进出口总值", targets.Single(10m, "%").Name);

        // seeds/national/1995.txt lines 20 and 28: 扣除价格因素 (real terms) after a name, or alone after a level.
        var ninetyFour = Paragraphs(1995, ReportPart.Review, null,
            "国内市场繁荣，社会商品零售总额扣除价格因素增长百分之七点八。",
            "农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五；城镇居民人均生活费收入达到３１７９元，扣除物价因素增长百分之八以上。");
        Assert.Equal(("社会商品零售总额", "社会商品零售总额扣除价格因素"), (ninetyFour.Single(7.8m, "%").Name, ninetyFour.Single(7.8m, "%").Label));
        Assert.Equal("农村居民人均纯收入", ninetyFour.Single(5m, "%").Name);
        Assert.Equal("城镇居民人均生活费收入", ninetyFour.Single(8m, "%").Name);

        // seeds/inner-mongolia/hulunbuir-hailaer-2017.txt line 13: the basis alone still qualifies the figure before it.
        var hailaer = Paragraphs(2017, ReportPart.Review, null, "2016年,地区生产总值完成303.6亿元,同比增长7.2%;一般公共财政预算收入完成17亿元,按可比口径增长13%;");
        Assert.Equal("一般公共财政预算收入", hailaer.Single(13m, "%").Name);
    }

    [Fact]
    public void Goals_listed_after_a_paragraph_that_announces_them_for_a_span_cover_the_span()
    {
        // seeds/gansu/2026.txt lines 40-48: “十五五”时期，要努力实现以下目标任务： then 一是…八是 (read as headings, the
        // part titles having lost their numbers). Rates cover 2026–2030, levels are those of 2030.
        string path = TestData.SeedPath("gansu/2026.txt");
        var facts = Assert.Single(ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports).Facts;
        var gdp = facts.Single(f => f.Line == 41 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((5m, FactStatus.Target, 2026, 2030, false), (gdp.Value, gdp.Status, gdp.PeriodStart, gdp.PeriodEnd, gdp.MainTarget));
        var life = facts.Single(f => f.Line == 46 && f.Unit == "岁");
        Assert.Equal((78m, 2030, 2030), (life.Value, life.PeriodStart, life.PeriodEnd));
        // The plan year's own targets (line 52) keep the plan year.
        var target = facts.Single(f => f.Line == 52 && f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((2026, 2026, true), (target.PeriodStart, target.PeriodEnd, target.MainTarget));
    }

    [Fact]
    public void Circumstances_and_yearly_words_before_an_indicator_are_no_part_of_its_name()
    {
        // seeds/chongqing/2026.txt line 22, seeds/jilin/2026.txt line 45, seeds/gansu/2026.txt line 31.
        var facts = Paragraphs(2026, ReportPart.Review, null,
            "外贸进出口在对美贸易下降超3成的情况下增长12%。",
            "年均新增城镇就业30万人、输转城乡富余劳动力500万人以上。");
        Assert.Equal(("外贸进出口", StandardIndicator.ImportsExportsGrowth), (facts.Single(12m, "%").Name, facts.Single(12m, "%").Standard!.Value));
        Assert.Equal(("新增城镇就业", StandardIndicator.UrbanNewJobs), (facts.Single(30m, "万人").Name, facts.Single(30m, "万人").Standard!.Value));
        var grain = Paragraphs(2026, ReportPart.Plan, null, "正常年景下粮食产量达到900亿斤以上。").Single();
        Assert.Equal(("粮食产量", StandardIndicator.GrainOutput), (grain.Name, grain.Standard!.Value));

        // seeds/national/2011.txt line 182 (the 十二五 plan): 五年 before a standard indicator.
        var jobs = Paragraphs(2011, ReportPart.Plan, null, "坚持把增加就业作为经济社会发展的优先目标，为全体劳动者创造公平的就业机会，五年城镇新增就业4500万人。").Single();
        Assert.Equal(("城镇新增就业", StandardIndicator.UrbanNewJobs, 2011, 2015), (jobs.Name, jobs.Standard!.Value, jobs.PeriodStart, jobs.PeriodEnd));
        // seeds/national/2001.txt line 75 (the 十五 plan): 年均 before a rate of change, which is the name.
        var growth = Paragraphs(2001, ReportPart.Plan, null, "综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7％左右。").Single();
        Assert.Equal(("经济增长速度", 2001, 2005), (growth.Name, growth.PeriodStart, growth.PeriodEnd));
    }

    [Fact]
    public void A_count_of_years_opening_a_figure_sums_them()
    {
        // seeds/national/1993.txt line 14: the five-year total of 1988–1992, not the investment of 1992.
        var investment = Paragraphs(1993, ReportPart.Review, null, "基本建设和技术改造取得新成就，五年全社会固定资产投资完成２６０００亿元。").Single();
        Assert.Equal(("全社会固定资产投资", 1988, 1992), (investment.Name, investment.PeriodStart, investment.PeriodEnd));
        // seeds/guangxi/2026.txt line 59, in the plan: three years from the plan year.
        var plan = Paragraphs(2026, ReportPart.Plan, null, "深化拓展“人工智能+”，三年安排450亿元支持以AI为引领的新质生产力发展。").Single();
        Assert.Equal((2026, 2028), (plan.PeriodStart, plan.PeriodEnd));
        // seeds/xinjiang/2026.txt line 27: 九年义务教育 is a name, no count of years.
        var school = Paragraphs(2026, ReportPart.Review, null, "九年义务教育巩固率、高中阶段毛入学率保持在97%以上。");
        Assert.All(school, f => Assert.Equal((2025, 2025), (f.PeriodStart, f.PeriodEnd)));
    }

    [Fact]
    public void Industries_listed_by_their_ordinals_are_named_in_full()
    {
        // seeds/guangxi/2026.txt line 19 and seeds/guizhou/2026.txt line 41.
        var review = Paragraphs(2026, ReportPart.Review, "“十四五”时期经济社会发展回顾", "一、二、三产业增加值分别增长4.2%、5%、5.4%。");
        Assert.Equal(new[] { "第一产业增加值", "第二产业增加值", "第三产业增加值" }, review.Select(f => f.Name));
        var plan = Paragraphs(2026, ReportPart.Plan, null, "主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。");
        Assert.Equal(new[] { ("第一产业增加值", 3.5m), ("第二产业增加值", 6m), ("第三产业增加值", 5m) },
            plan.Where(f => f.Name.EndsWith("产业增加值", System.StringComparison.Ordinal)).Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void A_rank_reached_from_another_is_stated_and_named_for_what_moved()
    {
        // seeds/national/2005.txt line 16, seeds/anhui/2026.txt line 30, seeds/guangxi/2026.txt line 20.
        var trade = Paragraphs(2005, ReportPart.Review, null, "进出口贸易总额1.15万亿美元，增长35.7%，由上年居世界第四位上升为第三位。");
        var rank = trade.Single(f => f.Measure == Measure.Rank);
        Assert.Equal(("进出口贸易总额", 3m, 2004), (rank.Name, rank.Value, rank.PeriodEnd));
        var industry = Paragraphs(2026, ReportPart.Review, null, "规上工业企业营收从全国第12位跃升至第5位。").Single();
        Assert.Equal(("规上工业企业营收", Measure.Rank, 5m), (industry.Name, industry.Measure, industry.Value));
        var income = Paragraphs(2026, ReportPart.Review, null, "居民人均可支配收入实际增长5.4%，其中农村居民收入增长6.3%、增速排全国第五，城镇居民收入增长4.4%。");
        Assert.Equal(("农村居民收入", 5m), (income.Single(f => f.Measure == Measure.Rank).Name, income.Single(f => f.Measure == Measure.Rank).Value));
        // 安排, 排放, 减排 are no rank verbs.
        Assert.DoesNotContain(Paragraphs(2026, ReportPart.Plan, null, "安排第二批超长期特别国债资金，林业碳汇减排量全国第一。"),
            f => f.Measure == Measure.Rank && f.Value == 2m);
    }

    [Fact]
    public void A_plan_period_or_target_year_opening_a_figure_is_its_period_not_its_name()
    {
        // seeds/shaanxi/2026.txt line 39.
        var facts = Paragraphs(2026, ReportPart.Plan, "一是全力激发创新潜能，推动现代化产业体系建设实现更大突破",
            "坚持以经济建设为中心，统筹质量、规模、效率的关系，以适当经济增速支撑高质量发展，为推进现代化建设提供坚实物质技术基础，力争“十五五”时期地区生产总值年均增长5％左右。",
            "坚持以科技创新为引领，加强原始创新和关键核心技术攻关，破解科技、产业对接融合的短板制约，因地制宜发展新质生产力，着力把科教资源优势转化为追赶超越的动力，到2030年全社会研发投入强度达到3.2％左右。");
        var gdp = facts.Single(5m, "%");
        Assert.Equal(("地区生产总值", StandardIndicator.GdpGrowth, 2026, 2030), (gdp.Name, gdp.Standard!.Value, gdp.PeriodStart, gdp.PeriodEnd));
        var research = facts.Single(3.2m, "%");
        Assert.Equal(("全社会研发投入强度", 2030, 2030), (research.Name, research.PeriodStart, research.PeriodEnd));
    }

    [Fact]
    public void A_paragraph_opening_on_the_year_its_goals_are_set_for_keeps_the_span_of_its_title()
    {
        // seeds/jilin/2026.txt line 63: （一）“十五五”发展目标。到2030年，…。主要目标包括：地区生产总值年均增长5%以上，…
        string path = TestData.SeedPath("jilin/2026.txt");
        var facts = Assert.Single(ReportParser.Parse(path, System.IO.File.ReadAllText(path)).Reports).Facts.Where(f => f.Line == 63).ToList();
        var gdp = facts.Single(f => f.Standard == StandardIndicator.GdpGrowth);
        Assert.Equal((5m, 2026, 2030, false), (gdp.Value, gdp.PeriodStart, gdp.PeriodEnd, gdp.MainTarget));
        Assert.Equal((2030, 2030), facts.PeriodOf(69m, "%"));
    }

    [Fact]
    public void This_year_and_last_year_count_from_the_year_the_report_is_given()
    {
        // seeds/national/2015.txt line 89 (plan): 比去年增加2700亿元 is this year's change; 从去年的2.1% only dates the baseline.
        var budget = Paragraphs(2015, ReportPart.Plan, null, "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。");
        // 从去年的2.1%: the baseline is last year's level (2014), a fact of its own.
        Assert.Equal((FactStatus.Actual, 2014), (budget.Single(2.1m, "%").Status, budget.Single(2.1m, "%").PeriodEnd));
        Assert.All(budget.Where(f => f.Value != 2.1m), f => Assert.Equal((FactStatus.Target, 2015), (f.Status, f.PeriodEnd)));
        Assert.Equal(("赤字率", StandardIndicator.DeficitRatio), (budget.Single(2.3m, "%").Name, budget.Single(2.3m, "%").Standard!.Value));
        // seeds/national/2008.txt line 242: the words before the comma name a change whose baseline is unnamed.
        var educationFacts = Paragraphs(2008, ReportPart.Plan, null, "今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；地方财政也都要增加投入。");
        var education = educationFacts.Single(1562m, "亿元");
        Assert.Equal(("中央财政用于教育的投入", 1562m, FactStatus.Target, 2008), (education.Name, education.Value, education.Status, education.PeriodEnd));
        Assert.Equal(("中央财政用于教育的投入", FactStatus.Actual, 2007), (educationFacts.Single(1076m, "亿元").Name, educationFacts.Single(1076m, "亿元").Status, educationFacts.Single(1076m, "亿元").PeriodEnd));

        // seeds/national/1981.txt, given at the end of 1981: 今年 is 1981 and 与去年同期相比 compares it with 1980.
        var yearEnd = new FactContext(1981, 1981, 1982);
        var deficit = Extract1981("财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元。", yearEnd).Single(27m, "亿元");
        Assert.Equal((FactStatus.Estimated, 1981), (deficit.Status, deficit.PeriodEnd));
        var quarters = Extract1981("今年的经济情况是一个季度比一个季度好。与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％。", yearEnd);
        Assert.All(quarters, f => Assert.Equal(1981, f.PeriodEnd));

        // seeds/national/1984.txt line 14: the first quarter of the plan year is a result, not a target.
        var quarter = Paragraphs(1984, ReportPart.Plan, null, "今年第一季度，工业生产又比去年同期增长１２％。").Single();
        Assert.Equal((FactStatus.Actual, 1984), (quarter.Status, quarter.PeriodEnd));
    }

    private static System.Collections.Generic.List<ReportSdk.Generator.Model.FactModel> Extract1981(string paragraph, FactContext context) =>
        FactExtractor.Extract(new[] { new FactInput(new SourceParagraph(paragraph, new[] { 0 }, new[] { 1 }), ReportPart.Plan, null, false) }, context, System.Threading.CancellationToken.None).ToList();

    [Fact]
    public void A_baseline_dated_by_a_part_of_the_year_and_a_pair_of_measures_in_one_word()
    {
        // seeds/guangxi/2026.txt lines 24 and 41.
        var rate = Paragraphs(2026, ReportPart.Review, null, "城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。");
        Assert.DoesNotContain(rate, f => f.Value == 5.5m);
        Assert.Equal(("城镇调查失业率", StandardIndicator.SurveyedUnemploymentRate), (rate.Single(5.3m, "%").Name, rate.Single(5.3m, "%").Standard!.Value));
        var budget = Paragraphs(2026, ReportPart.Review, null, "一般公共预算收支累计分别突破9千亿元、3万亿元。");
        Assert.Equal(new[] { "一般公共预算收入", "一般公共预算支出" }, budget.Select(f => f.Name));
    }

    [Fact]
    public void A_plan_period_that_is_the_base_of_a_comparison_dates_only_the_value_stated_after_it()
    {
        // seeds/liaoning/2026.txt line 31, under 五年来 (2021–2025): compared with the 十三五 period, not of it.
        var foreign = Paragraphs(2026, ReportPart.Review, null,
            "五年来，我们牢记嘱托。",
            "华锦阿美、华晨宝马全新动力电池、SK海力士等重大外资项目落地，实际使用外资比“十三五”时期增长78.9%。").Single();
        Assert.Equal(("实际使用外资", 2021, 2025), (foreign.Name, foreign.PeriodStart, foreign.PeriodEnd));
        // seeds/gansu/2026.txt line 20: the 十三五 end level stated after 较…末的 is that year's; the change is not.
        var gdp = Paragraphs(2026, ReportPart.Review, null,
            "五年来，我们牢记嘱托。",
            "全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。");
        Assert.Equal((2020, 2020), gdp.PeriodOf(9323.1m, "亿元"));
        Assert.Equal((2021, 2025), gdp.PeriodOf(4374.4m, "亿元"));
    }

    [Fact]
    public void One_value_said_of_each_listed_name_with_jun_is_a_fact_of_each()
    {
        // seeds/ningxia/2026.txt line 41 and seeds/national/2014.txt line 46: the measure after the last item is each's.
        var waste = Paragraphs(2026, ReportPart.Review, null, "城市生活垃圾和建筑垃圾利用率均达60%以上。");
        Assert.Equal(new[] { "城市生活垃圾利用率", "建筑垃圾利用率" }, waste.Select(f => f.Name));
        Assert.All(waste, f => Assert.Equal((60m, "城市生活垃圾和建筑垃圾利用率"), (f.Value, f.Label)));
        var roads = Paragraphs(2014, ReportPart.Review, null, "铁路、高速公路运营里程均超过10万公里。");
        Assert.Equal(new[] { "铁路运营里程", "高速公路运营里程" }, roads.Select(f => f.Name));
        // A list closed by 等 is one collective name; 人均 is no 均.
        Assert.Single(Paragraphs(2026, ReportPart.Review, null, "锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长20%以上。"));
        Assert.Equal("城镇居民人均可支配收入", Paragraphs(2026, ReportPart.Review, null, "城镇居民人均可支配收入5.2万元。").Single().Name);
    }

    [Fact]
    public void A_gap_to_the_wider_area_is_a_change_of_its_own_with_no_standard_key()
    {
        // seeds/heilongjiang/2026.txt line 25 and seeds/jilin/2026.txt line 18.
        var gaps = Paragraphs(2026, ReportPart.Review, null,
            "第九届中俄博览会成功举办，对俄进出口增速高于全国8.4个百分点。",
            "我们牢记嘱托，地区生产总值增长5%，一产增加值增幅高于全国0.7个百分点。");
        var russia = gaps.Single(8.4m, "个百分点");
        Assert.Equal(("对俄进出口", "对俄进出口增速高于全国", Measure.Change, Direction.Up), (russia.Name, russia.Label, russia.Measure, russia.Direction!.Value));
        Assert.Equal("一产增加值", gaps.Single(0.7m, "个百分点").Name);
        // seeds/innermongolia/2026.txt line 26: a gap after the growth it qualifies is not that growth.
        var after = Paragraphs(2026, ReportPart.Review, null, "规上工业增加值增长6.7%、高于全国0.8个百分点，固定资产投资增长4%、高于全国7.8个百分点。");
        Assert.Equal(StandardIndicator.IndustrialValueAddedGrowth, after.Single(6.7m, "%").Standard);
        var gap = after.Single(0.8m, "个百分点");
        Assert.Equal(("规上工业增加值高于全国", (StandardIndicator?)null), (gap.Label, gap.Standard));
    }

    [Fact]
    public void A_baseline_year_written_once_holds_for_the_parallel_changes_and_including_is_no_name()
    {
        // seeds/hebei/2026.txt line 20.
        var hebei = Paragraphs(2026, ReportPart.Review, null,
            "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%。");
        var revenue = hebei.Single(3826.5m, "亿元");
        Assert.Equal((StandardIndicator.GeneralBudgetRevenue, 2020), (revenue.Standard!.Value, revenue.PeriodEnd));
        Assert.Equal(2025, hebei.Single(4398.6m, "亿元").PeriodEnd);
        // seeds/fujian/2026.txt line 69.
        var fujian = Paragraphs(2026, ReportPart.Plan, "三、“十五五”时期主要目标任务",
            "《纲要草案》据此细化设定了今后五年我省经济发展、创新驱动、民生福祉、绿色低碳、安全保障等五大类24个主要指标，包括地区生产总值年均增长5%左右、居民人均可支配收入增长与经济增长同步等16个预期性指标。");
        var gdp = fujian.Single(5m, "%");
        Assert.Equal(("地区生产总值", StandardIndicator.GdpGrowth), (gdp.Name, gdp.Standard!.Value));
    }

    [Fact]
    public void Targets_set_with_ding_wei_are_named_for_what_they_set()
    {
        // seeds/national/1996.txt line 230 and seeds/xinjiang/2026.txt line 48.
        var targets = Paragraphs(1996, ReportPart.Plan, null, "今年经济增长速度的调控目标定为８％，物价上涨幅度控制在１０％左右，固定资产投资率定为３２％左右。");
        Assert.Equal(("经济增长速度", "固定资产投资率"), (targets.Single(8m, "%").Name, targets.Single(32m, "%").Name));
        var goal = Paragraphs(2026, ReportPart.Plan, null, "建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%。").Single();
        Assert.Equal(("地区生产总值", StandardIndicator.GdpGrowth, 2026, 2030), (goal.Name, goal.Standard!.Value, goal.PeriodStart, goal.PeriodEnd));
    }

    [Fact]
    public void Years_written_in_numerals_or_after_a_name_date_figures_and_name_nothing()
    {
        // seeds/national/1982.txt line 23 (the sixth five-year plan).
        var plan = Paragraphs(1982, ReportPart.Plan, null, "第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。");
        Assert.All(plan, f => Assert.Equal("工农业总产值", f.Name));
        Assert.Equal((1985, 1980), (plan.Single(8710m, "亿元").PeriodEnd, plan.Single(7159m, "亿元").PeriodEnd));
        // seeds/national/2001.txt line 20.
        var gdp = Paragraphs(2001, ReportPart.Review, null, "国内生产总值2000年达89404亿元，平均每年增长8.3％。").Single(89404m, "亿元");
        Assert.Equal(("国内生产总值", StandardIndicator.Gdp, 2000), (gdp.Name, gdp.Standard!.Value, gdp.PeriodEnd));
    }

    [Fact]
    public void A_standard_indicator_opening_a_clause_names_the_figures_after_it_and_a_new_subject_takes_no_earlier_name()
    {
        // seeds/anhui/2026.txt line 30 and seeds/national/2006.txt line 22.
        var anhui = Paragraphs(2026, ReportPart.Review, null, "五年来，我们牢记嘱托。", "地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。");
        var growth = anhui.Single(5.7m, "%");
        Assert.Equal(("地区生产总值", StandardIndicator.GdpGrowth, 2021, 2025), (growth.Name, growth.Standard!.Value, growth.PeriodStart, growth.PeriodEnd));
        var grain = Paragraphs(2006, ReportPart.Review, null, "粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。");
        Assert.Equal(("粮食总产量", StandardIndicator.GrainOutput), (grain.Single(9680m, "亿斤").Name, grain.Single(9680m, "亿斤").Standard!.Value));
        // seeds/national/1988.txt line 28: the second clause opens on its own subject; 农民人均纯收入 is not its name.
        var income = Paragraphs(1988, ReportPart.Review, null,
            "农民人均纯收入，１９８２年为２７０元，１９８７年提高到４６３元，扣除物价上涨因素，平均每年增长８．６％；城镇居民人均生活费收入，１９８２年为４９４．５元，１９８７年提高到９．６元，扣除物价上涨因素，平均每年增长６．３％。");
        Assert.Equal(2, income.Count(f => f.Name == "农民人均纯收入" && f.Unit == "元"));
        Assert.DoesNotContain(income, f => f.Name == "农民人均纯收入" && (f.Value == 494.5m || f.Value == 6.3m));
    }

    [Fact]
    public void Classes_tiers_and_lists_closed_by_deng_are_read_for_what_they_are()
    {
        // seeds/guangxi/2026.txt line 63: 30万吨级 is the class of a channel, no figure.
        Assert.Empty(Paragraphs(2026, ReportPart.Plan, null, "推进防城港30万吨级、北海20万吨级、南宁至贵港一级等航道建设。"));
        // seeds/heilongjiang/2026.txt line 31: 第一方阵 is a tier, no first place.
        Assert.Empty(Paragraphs(2026, ReportPart.Review, null, "森林覆盖率持续提高，河湖长制工作稳居全国第一方阵。"));
        // seeds/jilin/2026.txt line 20: 信息等产业增加值 shares the head 产业增加值.
        var industries = Paragraphs(2026, ReportPart.Review, null, "食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。");
        Assert.Equal(new[] { "食品产业增加值", "石化产业增加值", "医药产业增加值" }, industries.Take(3).Select(f => f.Name));
        // seeds/jilin/2026.txt line 63: 克/千克 is one unit.
        Assert.Equal("克/千克", Paragraphs(2026, ReportPart.Plan, null, "全省土壤有机质平均含量28克/千克。").Single().Unit);
    }

    [Fact]
    public void A_name_ending_on_a_rate_noun_names_a_change()
    {
        // seeds/national/1996.txt line 230 (the same sentence as above): 物价上涨幅度控制在10%左右 is a change of prices.
        var targets = Paragraphs(1996, ReportPart.Plan, null, "今年经济增长速度的调控目标定为８％，物价上涨幅度控制在１０％左右，固定资产投资率定为３２％左右。");
        Assert.Equal((Measure.Change, Measure.Change), (targets.Single(8m, "%").Measure, targets.Single(10m, "%").Measure));
        Assert.Equal(Measure.Level, targets.Single(32m, "%").Measure);
    }

    [Fact]
    public void A_rank_stated_before_a_value_ends_no_name()
    {
        // seeds/guangxi/2026.txt line 41.
        var roads = Paragraphs(2026, ReportPart.Review, null, "基础设施全面提升，高速公路通车里程全国第四、突破1万公里。");
        Assert.Equal(("高速公路通车里程", Qualifiers.Over), (roads.Single(1m, "万公里").Name, roads.Single(1m, "万公里").Qualifiers));
        Assert.Equal(("高速公路通车里程", 4m), (roads.Single(f => f.Measure == Measure.Rank).Name, roads.Single(f => f.Measure == Measure.Rank).Value));
    }

    [Fact]
    public void Years_of_schooling_are_a_measure_in_years_and_an_average_by_nature_is_the_level_of_its_year()
    {
        // seeds/national/2021.txt line 109 (the 十四五 goals): a level for 2025, not five years of prose.
        var schooling = Paragraphs(2021, ReportPart.Plan, "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
            "“十四五”时期经济社会发展主要目标是：劳动年龄人口平均受教育年限提高到11.3年。").Single();
        Assert.Equal(("劳动年龄人口平均受教育年限", 11.3m, "年", 2025, 2025), (schooling.Name, schooling.Value, schooling.Unit, schooling.PeriodStart, schooling.PeriodEnd));
        // Durations in prose stay no figures; PM2.5年均浓度 holds no 2.5 years.
        Assert.Empty(Paragraphs(2026, ReportPart.Review, null, "连续4年保持增长。"));
        Assert.DoesNotContain(Paragraphs(2026, ReportPart.Review, null, "空气质量优良天数比例、PM_2.5年均浓度均达到国家考核要求。"), f => f.Unit == "年");
    }

    [Fact]
    public void A_bare_verb_before_a_count_leaves_the_name_to_the_noun_after_it()
    {
        // seeds/national/2005.txt line 32 and seeds/liaoning/2026.txt line 45.
        var works = Paragraphs(2005, ReportPart.Review, null, "西部大开发继续推进，新开工10项国家重点建设工程，总投资800亿元。");
        Assert.Equal("国家重点建设工程", works.Single(10m, "项").Name);
        var brands = Paragraphs(2026, ReportPart.Plan, null, "再打造30个“辽宁优品”，推动更多“辽品出辽”“辽品出海”。");
        Assert.Equal("辽宁优品", brands.Single(30m, "个").Name);
    }
    [Fact]
    public void A_bare_total_is_the_total_of_the_figure_named_before_it()
    {
        // seeds/national/2000.txt line 16: the threshold passed (突破万亿元) before the level is no figure of its own.
        var revenue = Paragraphs(2000, ReportPart.Review, null, "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。");
        Assert.Equal(("国家财政收入", StandardIndicator.FiscalRevenue), (revenue.Single(11377m, "亿元").Name, revenue.Single(11377m, "亿元").Standard!.Value));
        Assert.DoesNotContain(revenue, f => f.Value == 1m);
        // seeds/anhui/2026.txt line 33: the total of new ones counted is the total of them all.
        var listed = Paragraphs(2026, ReportPart.Review, null, "新增境内上市公司62家，总数186家、从全国第9位升至第7位。");
        Assert.Equal("境内上市公司总数", listed.Single(186m, "家").Name);
        // seeds/guangdong/2026.txt line 12: a total that describes the noun after it is that noun's (总规模1000亿元的…基金),
        // not the total of a figure before.
        Assert.Equal("省战略性新兴产业投资引导基金总规模", Paragraphs(2026, ReportPart.Review, null, "组建总规模1000亿元的省战略性新兴产业投资引导基金。").Single(1000m, "亿元").Name);
    }

    [Fact]
    public void A_threshold_passed_before_the_level_itself_is_no_figure()
    {
        // seeds/xinjiang/2026.txt line 28 and seeds/jiangxi/2026.txt line 27.
        var income = Paragraphs(2026, ReportPart.Review, null, "其中农村居民人均可支配收入首次突破2万元、达到20793元。");
        Assert.Equal(20793m, income.Single().Value);
        var gdp = Paragraphs(2026, ReportPart.Review, null, "地区生产总值突破3万亿元、达3.6万亿元，人均地区生产总值突破1万美元、达1.12万美元。");
        Assert.Equal(new[] { 3.6m, 1.12m }, gdp.Select(f => f.Value).ToArray());
        // A threshold alone stays a figure (有色金属产业营收突破1万亿元).
        Assert.Equal(Qualifiers.Over, Paragraphs(2026, ReportPart.Review, null, "有色金属产业营收突破1万亿元。").Single().Qualifiers);
    }

    [Fact]
    public void The_end_of_a_year_dates_a_baseline_and_ends_no_name()
    {
        // seeds/national/2013.txt lines 23 and 31; seeds/national/2000.txt line 16.
        var banks = Paragraphs(2013, ReportPart.Review, null, "金融体系运行稳健，银行业风险抵御能力持续增强，资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%。");
        Assert.Equal(("资本充足率", 2007), (banks.Single(8.4m, "%").Name, banks.Single(8.4m, "%").PeriodEnd));
        Assert.Equal(("资本充足率", 2012), (banks.Single(13.3m, "%").Name, banks.Single(13.3m, "%").PeriodEnd));
        Assert.Equal(("不良贷款率", 2007), (banks.Single(6.1m, "%").Name, banks.Single(6.1m, "%").PeriodEnd));
        var loans = Paragraphs(2013, ReportPart.Review, null, "加强农村金融服务，涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。");
        Assert.Equal(new[] { ("涉农贷款余额", 2007), ("涉农贷款余额", 2012) }, loans.Select(f => (f.Name, f.PeriodEnd)).ToArray());
        Assert.Equal("国家外汇储备", Paragraphs(2000, ReportPart.Review, null, "人民币汇率稳定，国家外汇储备年底达到1547亿美元。").Single().Name);
        // seeds/ningxia/2026.txt line 26: 由上年 dates its baseline to the year before.
        var people = Paragraphs(2026, ReportPart.Review, null, "常住人口由上年729万人增加到732万人，城镇化率达69.1%、超过全国平均水平。");
        Assert.Equal(("常住人口", 2024), (people.Single(729m, "万人").Name, people.Single(729m, "万人").PeriodEnd));
    }

    [Fact]
    public void The_object_of_a_verb_that_puts_money_or_things_to_use_names_the_value()
    {
        // seeds/national/2000.txt lines 28, 51 and 56–57; seeds/inner-mongolia/2026.txt line 44; seeds/gansu/2026.txt line 85.
        var bonds = Paragraphs(2000, ReportPart.Review, null, "从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金，用于增加基础设施投资，共建设5100多个项目。");
        Assert.Equal(new[] { "长期国债", "银行贷款和自筹资金", "项目" }, bonds.Select(f => f.Name).ToArray());
        Assert.Equal("长期国债", Paragraphs(2000, ReportPart.Plan, null, "一是发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设。").Single().Name);
        Assert.Equal("受益", Paragraphs(2000, ReportPart.Review, null, "落实这些措施，国家财政共增加支出540多亿元，全国有8400多万人受益。").Single(8400m, "万人").Name);
        Assert.Equal("新型储能项目", Paragraphs(2026, ReportPart.Plan, null, "在电网关键节点、新能源富集地区布局建设700万千瓦新型储能项目。").Single().Name);
        Assert.Equal("社区儿童友好空间改造工程", Paragraphs(2026, ReportPart.Plan, null, "十是实施100个社区儿童友好空间改造工程。").Single().Name);
        // seeds/yunnan/2026.txt line 117: 继续 before a bare verb.
        Assert.Equal("惠民实事", Paragraphs(2026, ReportPart.Plan, null, "继续办好10件惠民实事。").Single().Name);
    }

    [Fact]
    public void Adjustments_cumulative_words_and_scope_words_open_no_name()
    {
        // seeds/national/2000.txt line 28 and seeds/jiangxi/2026.txt line 23.
        var urban = Paragraphs(2000, ReportPart.Review, null, "城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％。").Single();
        Assert.Equal(StandardIndicator.UrbanDisposableIncomePerCapitaGrowth, urban.Standard);
        Assert.Equal("空气优良天数比率", Paragraphs(2026, ReportPart.Review, null, "扣除自然因素影响后空气优良天数比率96.7%。").Single().Name);
        // seeds/inner-mongolia/2026.txt line 20 and seeds/national/2013.txt line 47.
        Assert.Equal("重大项目投资", Paragraphs(2026, ReportPart.Review, null, "固定资产投资年均增长12.8%，累计完成重大项目投资3.8万亿元。").Single(3.8m, "万亿元").Name);
        Assert.Equal("实际利用外资", Paragraphs(2013, ReportPart.Review, null, "五年累计实际利用外资5528亿美元，利用外资的结构和布局明显优化。").Single().Name);
        // seeds/gansu/2026.txt line 34, seeds/jiangxi/2026.txt line 50, seeds/inner-mongolia/2026.txt line 20: 开展 and 年度
        // open no name, 翻番 before the level is no part of it.
        Assert.Equal("促消费活动", Paragraphs(2026, ReportPart.Review, null, "实施消费品以旧换新行动，开展促消费活动2.9万场次。").Single().Name);
        Assert.Equal("投资", Paragraphs(2026, ReportPart.Plan, null, "实施省大中型项目5296个，年度完成投资1.1万亿元左右。").Single(1.1m, "万亿元").Name);
        Assert.Equal("进出口总值", Paragraphs(2026, ReportPart.Review, null, "积极争创中国（内蒙古）自由贸易试验区，进出口总值翻番达到2206亿元。").Single().Name);
        // seeds/ningxia/2026.txt line 98: 稳定保持在 links the value.
        Assert.Equal("粮食总产量", Paragraphs(2026, ReportPart.Plan, null, "确保粮食总产量稳定保持在76亿斤以上。").Single().Name);
    }

    [Fact]
    public void A_subject_that_realises_a_profit_labels_it()
    {
        // seeds/national/2000.txt line 16, as the gold labels 金融业实现增加值 (name the subject, label subject and measure).
        var profits = Paragraphs(2000, ReportPart.Review, null, "全年工业企业实现利润2202亿元，比上年增长 52％。");
        Assert.All(profits, f => Assert.Equal(("工业企业", "工业企业利润"), (f.Name, f.Label)));
    }

    [Fact]
    public void A_measure_ending_a_list_before_fen_bie_is_each_items_measure()
    {
        // seeds/ningxia/2026.txt line 26 and seeds/shanxi/2026.txt line 22.
        var industries = Paragraphs(2026, ReportPart.Review, null, "一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。");
        Assert.Equal(new[] { "一产增加值", "二产增加值", "三产增加值" }, industries.Where(f => f.Measure == Measure.Change).Select(f => f.Name).ToArray());
        // The ranks listed after 分别 rank those figures in order.
        Assert.Equal(new[] { ("一产增加值", 2m), ("二产增加值", 7m), ("三产增加值", 9m) },
            industries.Where(f => f.Measure == Measure.Rank).Select(f => (f.Name, f.Value)).ToArray());
        var incomes = Paragraphs(2026, ReportPart.Review, null, "全体居民人均可支配收入增长5.5%，居全国第五，其中城镇、农村居民收入分别增长4.8%、5.9%，分别居全国第四、第八。");
        Assert.Equal(new[] { ("全体居民人均可支配收入", 5m), ("城镇居民收入", 4m), ("农村居民收入", 8m) },
            incomes.Where(f => f.Measure == Measure.Rank).Select(f => (f.Name, f.Value)).ToArray());
        var manufacturing = Paragraphs(2026, ReportPart.Review, null, "规上制造业、工业战略性新兴产业增加值年均分别增长7%、6.8%。");
        Assert.Equal(new[] { "规上制造业增加值", "工业战略性新兴产业增加值" }, manufacturing.Select(f => f.Name).ToArray());
        // seeds/jiangsu/2026.txt line 30: an item with a measure of its own keeps it.
        var jiangsu = Paragraphs(2026, ReportPart.Review, null, "规上工业增加值、规上服务业营收分别增长6.5%、7%。");
        Assert.Equal(new[] { "规上工业增加值", "规上服务业营收" }, jiangsu.Select(f => f.Name).ToArray());
    }

    [Fact]
    public void Rank_brackets_runs_and_comparison_bases_are_no_figures_of_their_own()
    {
        // seeds/inner-mongolia/2026.txt line 20: 前8位 is a bracket of ranks; seeds/gansu/2026.txt line 20: 连续30个月 a run.
        Assert.Single(Paragraphs(2026, ReportPart.Review, null, "经济总量达到2.67万亿元，人均GDP进入全国前8位。"));
        var gansu = Paragraphs(2026, ReportPart.Review, null, "规模以上工业增加值增速连续30个月居全国前10位，规模以上工业企业从1832户增加到3382户。");
        Assert.Equal("规模以上工业企业", gansu.Single().Name);
        // seeds/national/2013.txt line 100 and seeds/national/2018.txt lines 14 and 16.
        var deficit = Paragraphs(2013, ReportPart.Plan, null, "今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元。");
        Assert.Equal(("财政赤字", Measure.Change), (deficit.Single(4000m, "亿元").Name, deficit.Single(4000m, "亿元").Measure));
        Assert.Equal("城镇化率", Paragraphs(2018, ReportPart.Review, null, "城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。").Single(58.5m, "%").Name);
        var research = Paragraphs(2018, ReportPart.Review, null, "全社会研发投入年均增长11%，规模跃居世界第二位。").Single(f => f.Measure == Measure.Rank);
        Assert.Equal(("全社会研发投入", 2m), (research.Name, research.Value));
        // seeds/anhui/2026.txt lines 22 and 32: an adverb before the rank verb is no part of what is ranked, and a rank
        // moved from (从全国第8位) is no rank stated.
        var cars = Paragraphs(2026, ReportPart.Review, null, "汽车、新能源汽车产量历史性跃居全国首位，整车出口突破百万辆。");
        Assert.Equal(("汽车、新能源汽车产量", 1m), (cars.Single(f => f.Measure == Measure.Rank).Name, cars.Single(f => f.Measure == Measure.Rank).Value));
        var moved = Paragraphs(2026, ReportPart.Review, null, "汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位，新一代信息技术产业营收突破万亿元。");
        Assert.Equal(new[] { 1m }, moved.Where(f => f.Measure == Measure.Rank).Select(f => f.Value).ToArray());
        // seeds/jiangxi/2026.txt line 20: 高出全国平均水平 is the gap of the figure before.
        var gap = Paragraphs(2026, ReportPart.Review, null, "民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。").Single(9.1m, "个百分点");
        Assert.Equal(("民间投资", Measure.Change), (gap.Name, gap.Measure));
    }
    [Fact]
    public void Old_national_wordings_name_and_date_their_figures()
    {
        // seeds/national/2012.txt line 14: as many names listed as values joined pair without 分别.
        var incomes = Paragraphs(2012, ReportPart.Review, null, "城镇新增就业1221万人，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。");
        Assert.Equal(("农村居民人均纯收入", Measure.Change), (incomes.Single(11.4m, "%").Name, incomes.Single(11.4m, "%").Measure));
        // seeds/national/2008.txt line 28: 五年 before 全国 and 新增 is the span, no part of the name.
        var jobs = Paragraphs(2008, ReportPart.Review, null, "五年全国新增城镇就业5100万人。").Single();
        Assert.Equal(("新增城镇就业", 2003, 2007), (jobs.Name, jobs.PeriodStart, jobs.PeriodEnd));
        // seeds/national/1998.txt lines 182 and 260: an adverb and a two-character verb leave the name to the noun after.
        Assert.Equal("青壮年文盲", Paragraphs(1998, ReportPart.Plan, null, "今年，基本普及九年义务教育的地区要增加到全国人口的72％，再扫除350万青壮年文盲。").Single(350m, "万").Name);
        Assert.Equal("国际人权公约", Paragraphs(1998, ReportPart.Review, null, "中国历来重视人权问题，已经加入17个国际人权公约。").Single().Name);
        // seeds/national/1998.txt line 16: 比五年前 is a base some years back; the change is the grain output's.
        var grainOutput = Paragraphs(1998, ReportPart.Review, null, "1997年粮食产量达到49250万吨，比五年前增加5000万吨，粮食生产上了一个新的台阶。");
        Assert.Equal(("粮食产量", Measure.Change), (grainOutput.Single(5000m, "万吨").Name, grainOutput.Single(5000m, "万吨").Measure));
        // seeds/national/1998.txt line 140, seeds/national/1979.txt lines 20, 131 and 139: 预定, 即, 可达, 估计, 我们, 力争使.
        Assert.Equal("全社会固定资产投资", Paragraphs(1998, ReportPart.Plan, null, "今年全社会固定资产投资预定增长10％或者更多一些。").Single().Name);
        var grain = Paragraphs(1979, ReportPart.Review, null, "总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。");
        Assert.Equal("总产量", grain.Single(7.8m, "%").Name);
        var housing = Paragraphs(1979, ReportPart.Plan, null, "全国将用三十亿元建设职工住宅（企业自建的在外），竣工面积可达三千多万平方米。");
        Assert.Equal("竣工面积", housing.Single(3000m, "万平方米").Name);
        var income = Paragraphs(1979, ReportPart.Plan, null, "今年由于提高了农副产品的收购价格，农村社队和农民的收入估计将增加一百三十亿元左右。").Single();
        Assert.Equal(("农村社队和农民的收入", Qualifiers.About | Qualifiers.Estimated), (income.Name, income.Qualifiers));
        Assert.Equal("人口增长率", Paragraphs(1979, ReportPart.Plan, null, "今年我们要力争使全国人口增长率降到千分之十左右。").Single().Name);
        // seeds/national/1959.txt line 91: a measure standing alone before the figure's piece is what it measures.
        var steel = Paragraphs(1959, ReportPart.Review, null, "例如，钢的产量，一九五八年比一九五七年增长了百分之一百零七，即增加了五百七十三万吨。");
        Assert.Equal(new[] { "钢的产量", "钢的产量" }, steel.Select(f => f.Name).ToArray());
    }
    [Fact]
    public void Modals_per_units_and_bare_verbs_after_named_things()
    {
        // seeds/national/2015.txt lines 147 and 151: 要 before the link words ends no name.
        Assert.Equal("铁路投资", Paragraphs(2015, ReportPart.Plan, null, "铁路投资要保持在8000亿元以上，新投产里程8000公里以上。").Single(8000m, "亿元").Name);
        Assert.Equal("粮食产量", Paragraphs(2015, ReportPart.Plan, null, "今年粮食产量要稳定在5.5亿吨以上，保障粮食安全和主要农产品供给。").Single().Name);
        // seeds/national/2012.txt line 273: 每人每年 is the unit the figure is counted per.
        Assert.Equal("城镇居民医保和新农合补助标准", Paragraphs(2012, ReportPart.Plan, null, "城镇居民医保和新农合补助标准提高到每人每年240元。").Single().Name);
        // seeds/national/2022.txt line 111: 规模 is the total of the figure before.
        var transfers = Paragraphs(2022, ReportPart.Plan, null, "中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。");
        Assert.All(transfers, f => Assert.Equal("中央对地方转移支付", f.Name));
        Assert.Equal("中央对地方转移支付规模", transfers.Single(9.8m, "万亿元").Label);
        // seeds/national/2020.txt lines 43 and 81, seeds/national/2015.txt line 153: 将, 也要 and 今明两年 open no name;
        // 今明两年 spans the plan year and the next.
        Assert.Equal("价格临时补贴标准", Paragraphs(2020, ReportPart.Review, null, "发放抗疫一线和困难人员补助，将价格临时补贴标准提高1倍。").Single().Name);
        var poverty = Paragraphs(2015, ReportPart.Plan, null, "难度再大，今年也要再减少农村贫困人口1000万人以上。").Single();
        Assert.Equal(("农村贫困人口", Direction.Down), (poverty.Name, poverty.Direction));
        var training = Paragraphs(2020, ReportPart.Plan, null, "资助以训稳岗，今明两年职业技能培训3500万人次以上，高职院校扩招200万人。").Single(3500m, "万人次");
        Assert.Equal(("职业技能培训", 2021), (training.Name, training.PeriodEnd));
        // seeds/national/2012.txt line 94 and seeds/beijing (004 line 170): a bare verb counts more of the things named
        // before, written as the gold writes 老旧小区综合整治新开工.
        var housing = Paragraphs(2012, ReportPart.Review, null, "中央财政安排资金1713亿元，全年城镇保障性住房基本建成432万套，新开工建设1043万套。");
        Assert.Equal("城镇保障性住房新开工建设", housing.Single(1043m, "万套").Name);
        var estates = Paragraphs(2024, ReportPart.Plan, null, "老旧小区综合整治新开工300个、完工200个。");
        Assert.Equal("老旧小区综合整治完工", estates.Single(200m, "个").Name);
    }

    [Fact]
    public void Decimal_dots_lists_named_before_dated_bases_and_allocating_subjects()
    {
        // seeds/national/1999.txt lines 16 and 32: a middle dot between digits is a decimal point (19·5％).
        var investment = Paragraphs(1999, ReportPart.Review, null, "国有单位固定资产投资全年增长19·5％，全社会固定资产投资增长14·1％。");
        Assert.Equal(("全社会固定资产投资", Measure.Change), (investment.Single(14.1m, "%").Name, investment.Single(14.1m, "%").Measure));
        Assert.Equal(2, investment.Count);
        // seeds/national/2001.txt line 32, seeds/national/2006.txt line 302: the names of an unnamed 分别 list stand
        // alone in the piece before it.
        var incomes = Paragraphs(2001, ReportPart.Review, null, "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。");
        Assert.Equal(("农村居民人均纯收入", "城镇居民人均可支配收入"), (incomes.Single(2253m, "元").Name, incomes.Single(6280m, "元").Name));
        Assert.Equal(("农村居民人均纯收入", "城镇居民人均可支配收入"), (incomes.Single(4.7m, "%").Name, incomes.Single(5.7m, "%").Name));
        // seeds/national/2008.txt line 49: the names listed end where their predicate starts.
        var pollutants = Paragraphs(2008, ReportPart.Review, null, "化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14%和4.66%。");
        Assert.Equal(("化学需氧量", "二氧化硫排放总量"), (pollutants.Single(3.14m, "%").Name, pollutants.Single(4.66m, "%").Name));
        // seeds/national/2014.txt line 44: as in 2008's list, 二氧化硫 names itself; no head is cut inside the word
        // 化学需氧量 (二氧化硫量排放量).
        var emissions = Paragraphs(2014, ReportPart.Review, null, "能源消耗强度下降3.7%，二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。");
        Assert.Equal("二氧化硫", emissions.Single(3.5m, "%").Name);
        Assert.DoesNotContain(emissions, f => f.Name == "二氧化硫量排放量" || f.Label == "二氧化硫量排放量");
        Assert.Equal("化学需氧量排放量", emissions.Single(2.9m, "%").Name);
        var fiveYears = Paragraphs(2006, ReportPart.Review, null, "城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。");
        Assert.Equal(("城镇居民人均可支配收入", "农村居民人均纯收入"), (fiveYears.Single(58.3m, "%").Name, fiveYears.Single(29.2m, "%").Name));
        // seeds/national/2001.txt line 28, seeds/national/2004.txt line 103: 比1995年底, 比“八五”时期, 比年初 are bases.
        var reserves = Paragraphs(2001, ReportPart.Review, null, "五年累计实际利用外资2894亿美元，比“八五”时期增长79.6％。国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。");
        Assert.Equal(("实际利用外资", "国家外汇储备"), (reserves.Single(79.6m, "%").Name, reserves.Single(920m, "亿美元").Name));
        Assert.Equal("国家外汇储备", Paragraphs(2004, ReportPart.Review, null, "年底国家外汇储备达4033亿美元，比年初增加1168亿美元。").Single(1168m, "亿美元").Name);
        // seeds/national/2006.txt lines 150, 329 and 337, seeds/national/2004.txt line 144: what a subject allocates or
        // proposes is the name (and 今后五年 opens none); 安排为, a link, leaves the name alone.
        Assert.Equal("科技投入", Paragraphs(2006, ReportPart.Plan, null, "今年中央财政安排科技投入716亿元，比上年增长19.2%。").Single(716m, "亿元").Name);
        Assert.Equal("国内生产总值", Paragraphs(2006, ReportPart.Plan, null, "《纲要（草案）》提出，今后五年国内生产总值年均增长7.5%。").Single().Name);
        Assert.Equal("单位国内生产总值能源消耗", Paragraphs(2006, ReportPart.Plan, null, "《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。").Single().Name);
        Assert.Equal("经济", Paragraphs(2004, ReportPart.Plan, null, "中央提出今年经济增长预期目标为7%左右，既考虑了保持宏观调控目标的连续性。").Single().Name);
        Assert.StartsWith("国民收入", Paragraphs(1981, ReportPart.Plan, null, "国民收入也安排为比今年增长４％左右。").Single().Name, System.StringComparison.Ordinal);
        // seeds/national/1997.txt line 179, seeds/national/2014.txt lines 97 and 151, seeds/national/1999.txt line 174:
        // 到 and the goal's year, a trailing 拟, and the leads 但 and 要使 are no part of a name.
        Assert.Equal("人口", Paragraphs(1997, ReportPart.Plan, null, "我国人口到２０００年要控制在１３亿以内。").Single().Name);
        Assert.Equal("中央预算内投资", Paragraphs(2014, ReportPart.Plan, null, "中央预算内投资拟增加到4576亿元，重点投向保障性安居工程。").Single().Name);
        Assert.Equal("赤字率", Paragraphs(2014, ReportPart.Plan, null, "财政赤字和国债规模有所增加，但赤字率稳定在2.1%，体现了财政政策的连续性。").Single().Name);
        Assert.Equal("人口地区普及九年义务教育", Paragraphs(1999, ReportPart.Plan, null, "今年，要使全国80％以上的人口地区普及九年义务教育。").Single().Name);
    }

    [Fact]
    public void Numeral_baselines_adjusted_levels_and_what_a_verb_gains_or_counts()
    {
        // seeds/national/1983.txt lines 16, 22 and 82: a baseline dated by a year in numerals is the level of that year,
        // and the change reaches the later year; 调整到 is a change of a level.
        var trade = Paragraphs(1983, ReportPart.Review, null, "我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍。");
        Assert.Equal(("进出口贸易总额", 1978), (trade.Single(355m, "亿元").Name, trade.Single(355m, "亿元").PeriodEnd));
        Assert.Equal(("进出口贸易总额", 1982), (trade.Single(772m, "亿元").Name, trade.Single(772m, "亿元").PeriodEnd));
        var accumulation = Paragraphs(1983, ReportPart.Review, null, "到一九八二年，积累率由一九七八年的百分之三十六点五调整到百分之二十九，消费基金相应增加。");
        Assert.Equal(("积累率", 1982), (accumulation.Single(29m, "%").Name, accumulation.Single(29m, "%").PeriodEnd));
        // seeds/national/1993.txt line 20, seeds/national/1988.txt line 376: 已经 before the link words ends no name.
        Assert.Equal("平均期望寿命", Paragraphs(1993, ReportPart.Review, null, "平均期望寿命已经达到７０岁左右。").Single().Name);
        // seeds/national/1993.txt lines 16 and 238, 1988.txt lines 53 and 84, 1982.txt line 132: 培养, 取得, 获得 and 吸收
        // opening a piece, 取得 after a subject and 现已 before the link words name what is gained, not the gaining; 实际使用外资
        // keeps its verb.
        Assert.Equal("本科和专科毕业生", Paragraphs(1993, ReportPart.Review, null, "五年共培养本科和专科毕业生５８４万人。").Single().Name);
        Assert.Equal("同我国建交的国家总数", Paragraphs(1993, ReportPart.Review, null, "同我国建交的国家总数现已达到１５５个。").Single().Name);
        Assert.Equal("外商直接投资", Paragraphs(1988, ReportPart.Review, null, "吸收外商直接投资８７．８亿美元。").Single().Name);
        Assert.Equal("重大科技成果", Paragraphs(1982, ReportPart.Review, null, "这两年取得重大科技成果六千多项。").Single().Name);
        Assert.Equal("实际使用外资", Paragraphs(2018, ReportPart.Review, null, "实际使用外资1363亿美元。").Single().Name);
        // seeds/national/1987.txt lines 16 and 24, 1990.txt line 109, 1994.txt line 24: what 通过了, 颁布了 or 夺得 count is
        // the noun after the value; 要求 after a subject leaves the name to what it asks for; 亿千瓦小时 is one unit.
        var laws = Paragraphs(1987, ReportPart.Review, null, "经全国人大常委会审议和通过了１１项法律，国务院制定和颁布了５９项行政法规。");
        Assert.Equal(("法律", "行政法规"), (laws.Single(11m, "项").Name, laws.Single(59m, "项").Name));
        Assert.Equal("世界冠军", Paragraphs(1994, ReportPart.Review, null, "体育健儿在世界重大比赛中夺得１０３个世界冠军。").Single().Name);
        Assert.Equal("国民生产总值", Paragraphs(1990, ReportPart.Plan, null, "国家计划要求今年的国民生产总值比上年增长百分之五。").Single().Name);
        // ... but 要求 inside a relative clause (符合环保要求的企业) is part of the name.
        Assert.Equal("符合环保要求的企业", Paragraphs(2025, ReportPart.Review, null, "全市符合环保要求的企业达到1200家。").Single().Name);
        Assert.Equal("亿千瓦小时", Paragraphs(1987, ReportPart.Review, null, "发电量达到４４５５亿千瓦小时，比上年增长８．５％。").Single(4455m, "亿千瓦小时").Unit);
        // seeds/national/1986.txt lines 30 and 67, 1988.txt lines 165, 176 and 186: 五年内, 这五年, 使 (not 使用), 每年平均 and a
        // trailing 必须 are no part of a name.
        Assert.Equal("工农业总产值", Paragraphs(1986, ReportPart.Plan, null, "五年内全国工农业总产值增长百分之三十八。").Single().Name);
        Assert.Equal("农民人均纯收入", Paragraphs(1986, ReportPart.Review, null, "这五年农民人均纯收入平均每年增长百分之十三点七。").Single().Name);
        Assert.Equal("国民生产总值", Paragraphs(1988, ReportPart.Plan, null, "使国民生产总值达到１５５００亿元左右。").Single().Name);
        Assert.Equal("粮食生产", Paragraphs(1988, ReportPart.Plan, null, "我国粮食生产必须争取达到５０００亿公斤。").Single().Name);
        Assert.Equal("装机", Paragraphs(1988, ReportPart.Plan, null, "争取每年平均装机９００万千瓦以上。").Single().Name);
        // seeds/inner-mongolia/hulunbuir-hailaer-2018.txt line 19: 共 (in all) before another lead word opens no name.
        Assert.Equal("多证合一营业执照", Paragraphs(2018, ReportPart.Review, null, "共颁发“多证合一”营业执照1239户。").Single().Name);
        // Verbs and adverbs that open a piece before what is counted: 共投入 (hailaer 2012 line 33), 新纳入 (national 2021
        // line 45), 建成投产 (national 1992 line 14), 圆满完成 (national 2005 line 305), 要求 (national 1981 line 312).
        Assert.Equal("各类民生资金", Paragraphs(2012, ReportPart.Review, null, "全年我区共投入各类民生资金6.8亿元，占地方财政总支出的47.5%。").Single(6.8m, "亿元").Name);
        Assert.Equal("低保、特困供养", Paragraphs(2021, ReportPart.Review, null, "新纳入低保、特困供养近600万人，实施临时救助超过800万人次。").Single(600m, "万人").Name);
        Assert.Equal("大中型基本建设和重要技术改造项目", Paragraphs(1992, ReportPart.Review, null, "建成投产大中型基本建设和重要技术改造项目２１５个。").Single().Name);
        Assert.Equal("裁减军队员额", Paragraphs(2005, ReportPart.Review, null, "圆满完成裁减军队员额20万的任务。").Single().Name);
        Assert.Equal("消费部分", Paragraphs(1981, ReportPart.Plan, null, "要求消费部分增长５．７％，社会商品零售总额增长８％。").Single(5.7m, "%").Name);
        // 已 (already) and 仅 (alone) open no name either: national 1990 line 77, 2005 line 62.
        Assert.Equal("撤并公司", Paragraphs(1990, ReportPart.Review, null, "全国已撤并公司７万多个，占公司总数的百分之二十四点五。").Single(7m, "万个").Name);
        Assert.Equal("偿还历年拖欠工资", Paragraphs(2005, ReportPart.Review, null, "已偿还历年拖欠工资332亿元。").Single().Name);
        // The preposition before a figure's starting point ends no name: national 1996 line 228, 1993 line 57, 2023 line 96.
        var prices = Paragraphs(1996, ReportPart.Review, null, "零售物价涨幅从２１．７％回落到１４．８％，既降低了物价涨幅，又保持了经济较快增长。");
        Assert.Equal(new[] { "零售物价涨幅", "零售物价涨幅" }, new[] { prices.Single(21.7m, "%").Name, prices.Single(14.8m, "%").Name });
        Assert.Equal("国民经济增长速度", Paragraphs(1993, ReportPart.Plan, null, "国民经济增长速度由原定平均每年百分之六调高到百分之八至九。").Single(6m, "%").Name);
        Assert.Equal("制造业企业、科技型中小企业", Paragraphs(2023, ReportPart.Review, null, "将制造业企业、科技型中小企业分别从50%、75%提高至100%。").Single(100m, "%").Name);
        // Adverbs between a name and its figure are no part of it: national 1983 lines 18, 20 and 66.
        Assert.Equal("农业总产值", Paragraphs(1983, ReportPart.Review, null, "而全国农业总产值仍以每年平均递增百分之七点五的速度前进。").Single().Name);
        Assert.Equal("整个工业", Paragraphs(1983, ReportPart.Review, null, "而整个工业却以每年递增百分之七点二的速度向前发展。").Single().Name);
        Assert.Equal("国内财政收入", Paragraphs(1983, ReportPart.Review, null, "而国内财政收入却下降了百分之三点三。").Single().Name);
    }

    [Fact]
    public void A_noun_counted_before_its_predicate_names_the_figure_and_the_whole_phrase_labels_it()
    {
        // seeds/national/2021.txt lines 48 and 83, seeds/national/2022.txt line 47: 5575万农村贫困人口实现脱贫.
        var poverty = Paragraphs(2021, ReportPart.Review, null, "脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫。").Single();
        Assert.Equal(("农村贫困人口", "农村贫困人口实现脱贫"), (poverty.Name, poverty.Label));
        Assert.Equal("农村贫困人口", Paragraphs(2021, ReportPart.Review, null, "年初剩余的551万农村贫困人口全部脱贫。").Single().Name);
        Assert.Equal("中央财政资金", Paragraphs(2022, ReportPart.Review, null, "建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。").Single().Name);
        // seeds/national/1999.txt line 16: 增发 puts bonds to use; the bonds after the value name it (as after 发行).
        Assert.Equal("财政债券", Paragraphs(1999, ReportPart.Review, null, "经全国人大常委会批准调整预算后，国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。").Single().Name);
        Assert.Equal("国债", Paragraphs(1999, ReportPart.Review, null, "去年财政增发1000亿元国债加强基础设施建设。").Single().Name);
        // seeds/gansu/2026.txt line 34, seeds/heilongjiang/2026.txt line 19: a count opening its piece, of things that then
        // act, is a figure of its own and the subject of the next; the rates after it pair with nothing it lists.
        var gansu = Paragraphs(2026, ReportPart.Review, null, "304个省列重大项目完成投资2929亿元、超年度计划28%，为6107名困难家庭高校新生发放资助金5637.2万元。");
        Assert.Equal(("省列重大项目", "省列重大项目完成投资"), (gansu.Single(304m, "个").Name, gansu.Single(2929m, "亿元").Name));
        // 发放 allocates what follows it, which names the money (资助金).
        Assert.Equal(("困难家庭高校新生", "资助金"), (gansu.Single(6107m, "名").Name, gansu.Single(5637.2m, "万元").Name));
        var projects = Paragraphs(2026, ReportPart.Review, null, "1000个省级重点产业项目完成投资1865.7亿元、增长4%，243个重点项目建成投产。");
        Assert.Equal(("省级重点产业项目完成投资", Direction.Up), (projects.Single(4m, "%").Name, projects.Single(4m, "%").Direction));
        Assert.Equal("重点项目建成投产", projects.Single(243m, "个").Name);
        // seeds/inner-mongolia/2026.txt line 44: what is counted after …的 names the count (not the words before 的); a
        // rate after 的 is no count (national 2012: 占国内生产总值的4%); a locative 中 closes no noun (工业产品中).
        Assert.Equal("沙戈荒大基地", Paragraphs(2026, ReportPart.Plan, null, "加快建设“十四五”批复的6个沙戈荒大基地，争取再纳规3个沙戈荒大基地。").Single(6m, "个").Name);
        Assert.Equal(Measure.Share, Paragraphs(2012, ReportPart.Plan, null, "中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算。").Single().Measure);
        Assert.Equal("工业产品", Paragraphs(2026, ReportPart.Review, null, "在国家公布产量的104种工业产品中，一半以上居全国前列。").Single().Name);
        Assert.Equal("中国人的饭碗牢牢端在自己手中", Paragraphs(2022, ReportPart.Plan, null, "要把14亿多中国人的饭碗牢牢端在自己手中。").Single().Name);
        // seeds/national/2022.txt line 134: money and what it goes to; a 支持 that is part of a noun stays (支持政策).
        var fund = Paragraphs(2022, ReportPart.Plan, null, "使用1000亿元失业保险基金支持稳岗和培训，加快培养制造业高质量发展的急需人才。").Single(1000m, "亿元");
        Assert.Equal(("失业保险基金", "失业保险基金支持稳岗和培训"), (fund.Name, fund.Label));
        Assert.Equal("细分产业支持政策", Paragraphs(2025, ReportPart.Review, null, "出台人形机器人等30余项细分产业支持政策。").Single().Name);
        // seeds/inner-mongolia/hulunbuir-hailaer-2012.txt line 33: an adverb before the predicate goes with it.
        Assert.Equal("居民群众", Paragraphs(2012, ReportPart.Review, null, "3万多居民群众直接受益。").Single().Name);
        // seeds/national/2007.txt line 159: nothing but a modal before the predicate: the phrase stays whole.
        var vaccines = Paragraphs(2007, ReportPart.Plan, null, "今年将15种可以通过接种疫苗有效预防的传染病纳入国家免疫规划。").Single().Name;
        Assert.NotEqual("可以", vaccines);
        Assert.StartsWith("可以通过接种疫苗", vaccines, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_year_of_the_long_range_objectives_dates_no_figure()
    {
        // seeds/hunan/2026.txt line 43: 2035年远景目标 names the long-range objectives; the target is the plan's.
        var growth = Paragraphs(2026, ReportPart.Plan, null, "综合考虑实现2035年远景目标、扛牢经济大省责任担当以及我省现实支撑条件，提出地区生产总值年均增长5%—5.5%。").Single();
        Assert.Equal(("地区生产总值", 2026), (growth.Name, growth.PeriodEnd));
    }

    [Fact]
    public void An_annual_average_in_a_report_that_reviews_five_years_spans_them()
    {
        // seeds/guizhou/2026.txt line 15: 居民人均可支配收入年均增长6.6% under the review of the 十四五 years, in a
        // paragraph that opens on no span of its own.
        var paragraph = new SourceParagraph("全省地区生产总值达到23562亿元，居民人均可支配收入年均增长6.6%。", new[] { 0 }, new[] { 15 });
        var inputs = new[] { new FactInput(paragraph, ReportPart.Review, "全面转向高质量发展新阶段", false, "2025年和“十四五”时期工作回顾") };
        var five = FactExtractor.Extract(inputs, new FactContext(2026, 2025, 2026, 2021), System.Threading.CancellationToken.None).ToList();
        var income = five.Single(f => f.Value == 6.6m);
        Assert.Equal((2021, 2025), (income.PeriodStart, income.PeriodEnd));
        Assert.Equal((2025, 2025), (five.Single(f => f.Value == 23562m).PeriodStart, five.Single(f => f.Value == 23562m).PeriodEnd));
        // Without a five-year review the year reviewed stays the period.
        var one = FactExtractor.Extract(inputs, new FactContext(2026, 2025, 2026), System.Threading.CancellationToken.None).ToList();
        Assert.Equal((2025, 2025), (one.Single(f => f.Value == 6.6m).PeriodStart, one.Single(f => f.Value == 6.6m).PeriodEnd));
    }

    [Theory]
    // seeds/anhui/2026.txt line 20: the last item's modifier (普惠小微) runs longer than the first item.
    [InlineData("制造业、普惠小微贷款余额分别增长10.7%、13.3%。", 10.7, "制造业贷款余额", 13.3, "普惠小微贷款余额")]
    // seeds/gansu/2026.txt line 26 and seeds/jilin/2026.txt line 45.
    [InlineData("新材料、生物医药产业产值分别增长195.6%、83.5%。", 195.6, "新材料产业产值", 83.5, "生物医药产业产值")]
    [InlineData("人参、食用菌全产业链产值分别达到1230亿元、120亿元。", 1230, "人参全产业链产值", 120, "食用菌全产业链产值")]
    // seeds/shanxi/2026.txt line 44: an industry (…业) takes the measure without a second 产业.
    [InlineData("推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。", 5, "制造业增加值", 8, "数字经济核心产业增加值")]
    // A head that opens on no head word keeps the first item's length (城镇, 农村常住居民…).
    [InlineData("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%。", 4.4, "城镇常住居民人均可支配收入", 5.9, "农村常住居民人均可支配收入")]
    public void A_list_head_opens_on_its_head_word_when_the_last_items_modifier_runs_longer(string text, double value, string name, double lastValue, string lastName)
    {
        var facts = Paragraphs(2026, ReportPart.Review, null, text);
        // The first item takes the shared head; the last names itself in full.
        Assert.Equal((name, lastName), (facts.Single(f => f.Value == (decimal)value).Name, facts.Single(f => f.Value == (decimal)lastValue).Name));
    }

    [Fact]
    public void Counted_events_after_a_verb_of_coping_are_named_by_what_was_counted()
    {
        // seeds/guangdong/2026.txt line 20: a list closed by 等 before the next count ends the first noun at 和.
        var storms = Paragraphs(2026, ReportPart.Review, null, "全省上下众志成城、严防坚守，成功应对22轮强降水和“桦加沙”等15个台风，有力守护人民群众生命财产安全。");
        Assert.Equal(("强降水", "台风"), (storms.Single(22m, "轮").Name, storms.Single(15m, "个").Name));
        // seeds/yunnan/2026.txt line 48: a verb after a list mark opens another act.
        var rain = Paragraphs(2026, ReportPart.Review, null, "有效应对24轮强降雨、抗御台风“三连击”，提前转移群众18.52万人次。");
        Assert.Equal("强降雨", rain.Single(24m, "轮").Name);
    }

    [Fact]
    public void The_quantity_a_price_is_counted_per_is_no_figure_and_no_part_of_its_name()
    {
        // seeds/national/2012.txt line 210 and seeds/national/2011.txt line 248.
        var prices = Paragraphs(2012, ReportPart.Plan, null, "继续提高粮食最低收购价，今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。");
        Assert.DoesNotContain(prices, f => f.Unit == "公斤");
        Assert.Equal(("小麦最低收购价", "稻谷最低收购价"), (prices.Single(7.4m, "元").Name, prices.Single(16m, "元").Name));
        var ranges = Paragraphs(2011, ReportPart.Plan, null, "今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。");
        Assert.Equal(new[] { "小麦最低收购价", "水稻最低收购价" }, ranges.Select(f => f.Name));
        // 每10万人 inside a name stays there.
        Assert.Equal("每10万人刑事案件数", Paragraphs(2026, ReportPart.Review, null, "每10万人刑事案件数下降36.9％。").Single().Name);
    }

    [Theory]
    // seeds/guangdong/2026.txt line 12, seeds/zhejiang/2026.txt line 19, seeds/gansu/2026.txt line 22.
    [InlineData("招银金投、信银金投开业运营，组建总规模1000亿元的省战略性新兴产业投资引导基金。", 1000, "省战略性新兴产业投资引导基金总规模")]
    [InlineData("首期规模500亿元的浙江社保科创基金签约落地。", 500, "浙江社保科创基金首期规模")]
    [InlineData("签约省外项目到位资金年均增长26.4%，总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录。", 410, "巨化硅氟新材料项目总投资")]
    // seeds/inner-mongolia/hulunbuir-hailaer-2016.txt line 47: 综合体项目 is one thing.
    [InlineData("写字楼完成室内外装修。总投资30亿元的红星美凯龙城市商贸综合体项目当年开工。", 30, "红星美凯龙城市商贸综合体项目总投资")]
    // seeds/hunan/2026.txt line 59: the things counted right after the size.
    [InlineData("抓好总投资2万亿元的389个省重点项目，推进能源建设。", 2, "省重点项目总投资")]
    // seeds/beijing/mentougou-2023.txt line 39: things that hold a figure of their own name no size; the size stays bare.
    [InlineData("推动总投资约293.8亿元的18项重点任务和20个重点项目纳入“京西行动计划”。", 293.8, "总投资")]
    public void A_size_said_of_the_thing_after_de_is_that_things_size(string text, double value, string name)
    {
        var facts = Paragraphs(2026, ReportPart.Review, null, text);
        Assert.Equal(name, facts.Single(f => f.Value == (decimal)value).Name);
    }

    [Fact]
    public void How_a_speech_is_laid_out_is_no_figure_and_a_verb_that_brings_things_about_leaves_the_name_to_them()
    {
        // seeds/guangdong/2026.txt line 63 and seeds/shanxi/2026.txt line 42.
        Assert.Empty(Paragraphs(2026, ReportPart.Plan, null, "实现这些目标并非易事，需要各方面齐心协力、加倍努力。重点抓好以下14个方面的工作："));
        Assert.Empty(Paragraphs(2026, ReportPart.Plan, null, "细化举措、奋力拼搏，努力实现以下8个方面主要目标。"));
        // seeds/national/2020.txt line 61: a sum recalled in digits is a figure.
        Assert.Equal(2m, Paragraphs(2020, ReportPart.Plan, null, "上述2万亿元全部转给地方，建立特殊转移支付机制。").Single().Value);
        // seeds/guangdong/2026.txt line 14.
        var deals = Paragraphs(2026, ReportPart.Review, null, "高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。");
        Assert.StartsWith("供需对接和投融资项目", deals.Single(1023m, "项").Name);
    }

    [Fact]
    public void A_bracket_of_a_size_before_a_noun_names_a_class_and_is_no_figure()
    {
        // seeds/gansu/2026.txt line 34 and seeds/henan/2026.txt line 79; seeds/guizhou/2026.txt line 47 below.
        Assert.Empty(Paragraphs(2026, ReportPart.Review, null, "未发生重特大事故。单笔50万元以下拖欠企业账款全部清零。"));
        Assert.Empty(Paragraphs(2026, ReportPart.Plan, null, "关停淘汰10万千瓦及以下燃煤机组。推动大宗货物年运量150万吨以上的物流园区、工矿企业接入铁路专用线。"));
        // A count, a rate and a figure set as a goal stay figures.
        var plan = Paragraphs(2026, ReportPart.Plan, null, "打造100个以上人工智能大模型典型应用场景，产业集群产值达到1000亿元以上的水平，增长5%以上。");
        Assert.Equal(3, plan.Count);
        Assert.Equal("产业集群产值", plan.Single(1000m, "亿元").Name);
        Assert.Equal("人工智能大模型典型应用场景", plan.Single(100m, "个").Name);
    }

    [Fact]
    public void One_value_after_a_second_fen_bie_is_each_levels_figure()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2018.txt line 27.
        var income = Paragraphs(2018, ReportPart.Review, null, "城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。");
        Assert.Equal(new[] { "城镇居民人均可支配收入", "农村居民人均可支配收入" }, income.Where(f => f.Unit == "%").Select(f => f.Name));
        Assert.All(income.Where(f => f.Unit == "%"), f => Assert.Equal((7.8m, Direction.Up), (f.Value, f.Direction)));
    }

    [Fact]
    public void Trains_containers_and_tenths_written_out_are_read_with_their_units()
    {
        // seeds/chongqing/2026.txt line 41, seeds/guangxi/2026.txt lines 23 and 41.
        var corridor = Paragraphs(2026, ReportPart.Plan, null, "力争到2030年，重庆经西部陆海新通道货运量达到50万标箱，中欧班列（成渝）年开行量保持在4800列以上。");
        Assert.Equal(("万标箱", "列"), (corridor.Single(50m, "万标箱").Unit, corridor.Single(4800m, "列").Unit));
        // seeds/fujian/2026.txt line 52: ships are counted in 艘.
        var ships = Paragraphs(2026, ReportPart.Review, null, "海上船舶安全治理常态长效，10.73万艘乡镇船舶全面纳管。").Single();
        Assert.Equal(("乡镇船舶", "万艘"), (ships.Name, ships.Unit));
        // seeds/yunnan/2026.txt line 29: 全面 opens a predicate, but 乡村全面振兴 is one noun.
        var funds = Paragraphs(2026, ReportPart.Review, null, "统筹4416.6亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴，推广联农带农机制。").Single();
        Assert.EndsWith("乡村全面振兴", funds.Name);
        var port = Paragraphs(2026, ReportPart.Review, null, "海铁联运班列突破万列，集装箱吞吐量历史性突破千万标箱。");
        Assert.Equal("集装箱吞吐量", port.Single(1000m, "万标箱").Name);
        var share = Paragraphs(2026, ReportPart.Review, null, "民生福祉稳步提升，民生支出占财政支出的比重稳定在八成左右，脱贫攻坚成果巩固拓展。").Single();
        Assert.Equal((80m, "%", Qualifiers.About), (share.Value, share.Unit, share.Qualifiers));
        // 三成员, 一成不变: no tenths.
        Assert.Empty(Paragraphs(2026, ReportPart.Review, null, "三成员单位的格局一成不变。"));
    }

    [Fact]
    public void Money_by_which_a_fund_after_it_grows_is_its_change_and_a_stay_extended_to_is_its_level()
    {
        // seeds/national/2025.txt lines 20 and 22: 一次性 opens no name; the quota is what grew, by 6万亿元.
        var quota = Paragraphs(2025, ReportPart.Review, null, "一次性增加6万亿元地方专项债务限额置换存量隐性债务，地方政府债务风险明显下降。").Single();
        Assert.Equal(("地方专项债务限额", Measure.Change, Direction.Up), (quota.Name, quota.Measure, quota.Direction));
        var stay = Paragraphs(2025, ReportPart.Review, null, "扩大单方面免签国家范围，过境免签境内停留时间延长至240小时，入境旅游持续升温。").Single();
        Assert.Equal(("过境免签境内停留时间", Measure.Level), (stay.Name, stay.Measure));
    }

    [Fact]
    public void A_per_head_rise_raises_the_standard_the_clause_before_says_rose()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2012.txt line 33.
        var pensions = Paragraphs(2012, ReportPart.Review, null, "企业退休人员养老金标准继续提高，年人均提高2556元，1.6万名离退休人员受益。");
        Assert.Equal(("企业退休人员养老金标准", Direction.Up), (pensions.Single(2556m, "元").Name, pensions.Single(2556m, "元").Direction));
        var relief = Paragraphs(2012, ReportPart.Review, null, "城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元，均高于自治区标准；社区干部生活补贴、环卫工人工资再次提高，年人均增加2400元。");
        Assert.Equal(("城镇最低生活保障标准", "农村最低生活保障标准"), (relief.Single(600m, "元").Name, relief.Single(200m, "元").Name));
        Assert.Equal(new[] { "社区干部生活补贴", "环卫工人工资" }, relief.Where(f => f.Value == 2400m).Select(f => f.Name));
    }

    [Fact]
    public void The_basis_a_figure_is_reached_on_is_no_part_of_its_name()
    {
        // seeds/national/2011.txt line 174: 在…的基础上 is a circumstance, as 在…的情况下 is.
        var growth = Paragraphs(2011, ReportPart.Plan, null, "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。").Single();
        Assert.Equal(("经济", StandardIndicator.GdpGrowth, 2011, 2015), (growth.Name, growth.Standard!.Value, growth.PeriodStart, growth.PeriodEnd));
    }

    [Fact]
    public void A_fen_bie_list_shares_its_last_items_hedge_and_the_measure_its_things_end_on()
    {
        // seeds/jiangxi/2026.txt line 47: 左右 written once after the last value is each value's.
        var income = Paragraphs(2026, ReportPart.Plan, null, "城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右，居民消费价格涨幅2%左右。");
        Assert.Equal((Qualifiers.About, Qualifiers.About), (income.Single(4.5m, "%").Qualifiers, income.Single(5.5m, "%").Qualifiers));
        // seeds/beijing/xicheng-2020.txt lines 95 and 119-121: items ending where the last item's thing ends share its measure.
        var checks = Paragraphs(2020, ReportPart.Review, null, "持续加大食品药品监管力度，重点食品、药品抽检合格率分别保持在98.8%、99.5%以上。");
        Assert.Equal("重点食品抽检合格率", checks.Single(98.8m, "%").Name);
        var alerts = Paragraphs(2020, ReportPart.Review, null, "全区刑事类、治安类、秩序类警情分别下降22%、26%、48%。");
        Assert.Equal(new[] { "刑事类警情", "治安类警情", "秩序类警情" }, alerts.Select(f => f.Name));
        // seeds/national/2023.txt line 124: a last item that kept words of the 分别 link (沙化土地面积分别净) shares nothing.
        var land = Paragraphs(2023, ReportPart.Review, null, "水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。");
        Assert.DoesNotContain(land, f => f.Name.StartsWith("荒漠化", System.StringComparison.Ordinal) && f.Name.Contains("分别"));
    }

    [Fact]
    public void A_share_after_a_rate_is_a_share_of_the_measure_that_rose()
    {
        // seeds/guangdong/2026.txt line 12: 占全国9成 is the share of the drones made, not a figure named 占全国.
        var drones = Paragraphs(2026, ReportPart.Review, null, "无人机产量增长39%、占全国9成，工业机器人产量增长31.2%、占全国4成。");
        var share = drones.Single(9m, "成");
        Assert.Equal(("无人机产量", "无人机产量占全国", Measure.Share), (share.Name, share.Label, share.Measure));
        Assert.Equal("工业机器人产量", drones.Single(4m, "成").Name);
        // seeds/jiangsu/2026.txt line 24: a share of the whole held, written without 占 (稳定在全国1/10以上).
        var jobs = Paragraphs(2026, ReportPart.Review, null, "人均可支配收入年均增长6%，城镇新增就业超690万人、稳定在全国1/10以上。");
        var held = jobs.Single(f => f.Measure == Measure.Share);
        Assert.Equal(("城镇新增就业", "城镇新增就业占全国", 0.1m), (held.Name, held.Label, held.Value));
    }

    [Fact]
    public void A_measure_the_segment_before_says_rose_names_the_level_it_reached()
    {
        // seeds/national/1986.txt line 24: the 1430 亿元 are the extra-budgetary funds', not the figure named before.
        var funds = Paragraphs(1986, ReportPart.Review, null,
            "在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，而“六五”期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元，在国家财政收入增加的同时，预算外资金也大幅度增加，一九八五年达到一千四百三十亿元。");
        var reached = funds.Single(1430m, "亿元");
        Assert.Equal(("预算外资金", Measure.Level, 1985), (reached.Name, reached.Measure, reached.PeriodEnd));
        // seeds/national/1983.txt: 却 is an adverb of the clause, no part of the name.
        var levels = Paragraphs(1983, ReportPart.Review, null,
            "在国家财政收入下降的同时，预算外资金却大幅度增加，由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元，四年间增长百分之七十五点二。");
        Assert.Equal("预算外资金", levels.Single(650m, "亿元").Name);
        // A segment that states a figure of its own, or a measure that fell, names nothing after it.
        Assert.DoesNotContain(Paragraphs(2026, ReportPart.Review, null, "旅游收入大幅下降，全年为500亿元。"), f => f.Name == "旅游收入");
    }

    [Fact]
    public void A_rank_after_a_list_mark_ends_the_noun_a_count_names()
    {
        // seeds/hunan/2026.txt and seeds/anhui/2026.txt line 35: the count names the things, the rank after 、 ranks them.
        var clusters = Paragraphs(2026, ReportPart.Review, null, "创建了5个国家先进制造业集群、居中部第1，新增2家千亿级、24家百亿级工业企业。");
        Assert.Equal("国家先进制造业集群", clusters.Single(5m, "个").Name);
        Assert.Equal(("国家先进制造业集群", 1m), clusters.Where(f => f.Measure == Measure.Rank).Select(f => (f.Name, f.Value)).Single());
        var centres = Paragraphs(2026, ReportPart.Review, null, "紧密型县域医共体监测评价稳居全国前二，9个国家区域医疗中心开诊运营、居全国第2位，420万困难群众基本生活得到有效保障。");
        Assert.Equal("国家区域医疗中心开诊运营", centres.Single(9m, "个").Name);
        Assert.Equal(("国家区域医疗中心开诊运营", 2m), centres.Where(f => f.Measure == Measure.Rank && f.Value == 2m).Select(f => (f.Name, f.Value)).Single());
        // A list mark before a word that merely opens with a rank verb's character lists on (居家养老服务站).
        var homes = Paragraphs(2026, ReportPart.Review, null, "新建5个养老服务中心、居家养老服务站。");
        Assert.Equal("养老服务中心、居家养老服务站", homes.Single(5m, "个").Name);
    }

    [Fact]
    public void Whom_an_act_is_for_names_no_figure_and_what_a_fund_is_set_up_as_does()
    {
        // seeds/national/2006.txt: 为 opens whom the books are for; the students counted are the figure's name, the act labels it.
        var students = Paragraphs(2006, ReportPart.Review, null,
            "中央和地方财政安排专项资金70多亿元，对592个重点贫困县1700万名贫困家庭学生免除学杂费、免费提供教科书和补助寄宿生生活费，还为中西部地区1700多万名贫困家庭学生免费提供教科书，许多辍学儿童重新回到了校园。");
        var helped = students.Single(f => f.Value == 1700m && (f.Qualifiers & Qualifiers.Over) != 0);
        Assert.Equal(("贫困家庭学生", "贫困家庭学生免费提供教科书"), (helped.Name, helped.Label));
        // seeds/national/2015.txt: money set up as a fund is the fund's.
        var fund = Paragraphs(2015, ReportPart.Plan, null, "国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金，为产业创新加油助力。");
        Assert.Equal("新兴产业创业投资引导基金", fund.Single(400m, "亿元").Name);
        // seeds/anhui/2026.txt: with no noun after the value, what 为 opens stays the name.
        Assert.Equal("为经营主体减负", Paragraphs(2026, ReportPart.Plan, null, "深入开展企业降本增效行动，力争为经营主体减负1000亿元以上。").Single(1000m, "亿元").Name);
    }

    [Fact]
    public void A_grade_listed_before_the_last_item_shares_its_noun_and_a_count_of_things_listed_counts_the_noun_after_it()
    {
        // seeds/shanxi/2026.txt, seeds/hunan/2026.txt, seeds/liaoning/2026.txt: 国家级 is a grade of the 临床重点专科 after 省级.
        var specialties = Paragraphs(2026, ReportPart.Plan, null, "实施省级区域医疗中心扩容行动，新建6个国家级、20个省级临床重点专科，打造名医名科名院。");
        Assert.Equal(("国家级临床重点专科", "省级临床重点专科"), (specialties.Single(6m, "个").Name, specialties.Single(20m, "个").Name));
        var firms = Paragraphs(2026, ReportPart.Review, null, "创建了5个国家先进制造业集群、居中部第1，新增2家千亿级、24家百亿级工业企业。");
        Assert.Equal("千亿级工业企业", firms.Single(2m, "家").Name);
        var centres = Paragraphs(2026, ReportPart.Plan, null, "推进国家医学中心项目建设，争创国家儿童医学中心，建强2个国家级和22个省级区域医疗中心。");
        Assert.Equal("国家级区域医疗中心", centres.Single(2m, "个").Name);
        // A grade whose last item holds no such grade keeps its words (2个国家级、3个重点实验室).
        Assert.Equal("国家级", Paragraphs(2026, ReportPart.Plan, null, "新建2个国家级、3个重点实验室。").Single(2m, "个").Name);
        // seeds/inner-mongolia/2026.txt, seeds/gansu/2026.txt: as many things as the list names are the noun after the count.
        Assert.Equal("5A级景区", Paragraphs(2026, ReportPart.Review, null, "新增炳灵寺、官鹅沟、冶力关3家5A级景区。").Single(3m, "家").Name);
        Assert.StartsWith("综保区", Paragraphs(2026, ReportPart.Plan, null, "推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。").Single(3m, "个").Name);
        // A count that is not the list's length names what it counted as before.
        Assert.Equal("北京、上海", Paragraphs(2026, ReportPart.Review, null, "北京、上海5个。").Single(5m, "个").Name);
    }

    [Fact]
    public void Items_listed_before_fen_bie_share_a_one_character_measure_and_name_ranks_in_order()
    {
        // seeds/inner-mongolia/2026.txt: 肉 is 肉产量 as 奶 is 奶产量.
        var output = Paragraphs(2026, ReportPart.Plan, null, "实施肉牛肉羊增产增效、奶业振兴行动，确保肉、奶产量分别稳定在310万吨和750万吨左右。");
        Assert.Equal(("肉产量", "奶产量"), (output.Single(310m, "万吨").Name, output.Single(750m, "万吨").Name));
        // seeds/shaanxi/2026.txt: ranks after 分别 pair in order with the names listed before it; 利润 takes the modifier of 营收.
        var ranks = Paragraphs(2026, ReportPart.Review, null, "全面完成国企改革深化提升行动任务，省属企业营收和利润分别居全国第5、第6位，中国能建集团压缩空气储能等20个央陕合作项目落地。")
            .Where(f => f.Measure == Measure.Rank).Select(f => (f.Name, f.Value)).ToArray();
        Assert.Equal(new[] { ("省属企业营收", 5m), ("省属企业利润", 6m) }, ranks);
        // Items of two characters and more keep their own measure rule (交通、水利、能源领域投资额).
        var investment = Paragraphs(2026, ReportPart.Plan, null, "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。");
        Assert.Equal("水利领域投资额", investment.Single(450m, "亿元").Name);
    }

    [Fact]
    public void Families_are_no_unit_and_a_count_after_a_preposition_of_company_names_the_noun_after_it()
    {
        // seeds/national/2023.txt: 家 of 家庭 is no unit (惠及2900多万家庭: 2900 万, not 2900 万家 named 庭).
        var families = Paragraphs(2023, ReportPart.Review, null, "改造城镇老旧小区16.7万个，惠及2900多万家庭。");
        var reached = families.Single(f => f.Value == 2900m);
        Assert.Equal(("万", "家庭"), (reached.Unit, reached.Name));
        // seeds/national/1993.txt: 同 closes the words before; the countries counted name the figure, cut where 建立 opens
        // their predicate.
        var countries = Paragraphs(1993, ReportPart.Review, null, "五年来，我国同３０个国家建立或恢复了外交关系，同我国建交的国家总数现已达到１５５个。");
        Assert.Equal(("国家", "国家建立或恢复了外交关系"), (countries.Single(30m, "个").Name, countries.Single(30m, "个").Label));
        // seeds/national/2007.txt: an adverb before the predicate (初步建立) goes with it.
        var counties = Paragraphs(2007, ReportPart.Review, null, "已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了农村最低生活保障制度。");
        Assert.Equal("县（市、区）", counties.Single(2133m, "个").Name);
        // seeds/national/2009.txt: 都能 opens the predicate of those counted.
        var pupils = Paragraphs(2009, ReportPart.Plan, null, "加快地震灾区学校恢复建设，确保今年底95%以上的学生都能在永久性校舍中学习。");
        Assert.Equal("学生", pupils.Single(95m, "%").Name);
    }

    [Fact]
    public void The_you_that_links_a_name_to_its_count_is_no_part_of_the_name()
    {
        // seeds/inner-mongolia/hulunbuir-hailaer-2016.txt, seeds/national/1988.txt, seeds/national/1954.txt.
        Assert.Equal("重点调度项目", Paragraphs(2016, ReportPart.Plan, null, "今年，我区初步安排的重点调度项目有66个。").Single(66m, "个").Name);
        var laws = Paragraphs(1988, ReportPart.Review, null, "五年内国务院提请全国人大常委会审议通过的法律有３０项，国务院制定和颁布的行政法规有２５５项。");
        Assert.Equal(("国务院提请全国人大常委会审议通过的法律", "国务院制定和颁布的行政法规"), (laws.Single(30m, "项").Name, laws.Single(255m, "项").Name));
        Assert.Equal("中央衞生部所屬醫院", Paragraphs(1954, ReportPart.Review, null, "到一九五三年底，中央衞生部所屬醫院共有三千零六十八所。").Single(3068m, "所").Name);
        // 现有 is a word of its own (比现有的８６个: what exists now).
        Assert.DoesNotContain(Paragraphs(1993, ReportPart.Plan, null, "国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。"), f => f.Name == "比现");
        // seeds/beijing/xicheng-2020.txt: 减至 links a name to the level it was cut to.
        Assert.Equal("社区督查检查考核事项", Paragraphs(2020, ReportPart.Review, null, "持续为基层减负，社区督查检查考核事项从 104 项减至 21 项，推广视频会议方式。").Single(21m, "项").Name);
    }

    [Fact]
    public void Values_joined_by_he_share_their_name_and_a_paired_scope_splits_it()
    {
        // seeds/inner-mongolia/2026.txt: 城乡 before two levels joined by 和 names the urban and the rural standard; 每月 is a frame.
        var relief = Paragraphs(2026, ReportPart.Review, null, "城乡低保标准提高到每月815元和615元，基本民生保障全部达到或超过全国平均水平。");
        Assert.Equal(("城镇低保标准", "农村低保标准"), (relief.Single(815m, "元").Name, relief.Single(615m, "元").Name));
        // seeds/tibet/2026.txt: the baselines joined by 和 pair the same way (no figure named 和).
        var incomes = Paragraphs(2026, ReportPart.Review, null, "民生投入累计超过1万亿元，城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元，各族群众获得感成色更足。");
        Assert.Equal(StandardIndicator.RuralDisposableIncomePerCapita, incomes.Single(16935m, "元").Standard);
        Assert.DoesNotContain(incomes, f => f.Name == "和");
        // seeds/national/2007.txt: a 和 alone between two values names nothing; the value before names both.
        var capacity = Paragraphs(2007, ReportPart.Review, null, "新开工项目计划总投资大幅下降，煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。");
        Assert.Equal(capacity.Single(1.1m, "亿吨").Name, capacity.Single(120m, "万吨").Name);
        // seeds/national/2013.txt: 从, the baseline's year and 人均 are no part of the name; 现在 is when the level is reached.
        var pensions = Paragraphs(2013, ReportPart.Review, null, "企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。");
        Assert.Equal(("企业退休人员基本养老金", 2004), (pensions.Single(700m, "元").Name, pensions.Single(700m, "元").PeriodEnd));
        Assert.Equal("企业退休人员基本养老金", pensions.Single(1721m, "元").Name);
        // seeds/guangxi/2026.txt: 上 before a round figure is "upwards of".
        var teams = Paragraphs(2026, ReportPart.Review, null, "“A超”联赛吸引国内外参赛队伍上万支。").Single(10000m, "支");
        Assert.Equal(("A超联赛吸引国内外参赛队伍", Qualifiers.Over), (teams.Name, teams.Qualifiers & Qualifiers.Over));
    }
}
