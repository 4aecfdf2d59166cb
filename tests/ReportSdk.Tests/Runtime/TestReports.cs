using System;
using System.Collections.Generic;

namespace ReportSdk.Tests.Runtime;

/// <summary>A hand-built report, standing in for the generated subclasses.</summary>
internal sealed class TestReport : Report
{
    private readonly List<Indicator> _indicators = new();
    private readonly List<Section> _sections = new();
    private readonly List<GlossaryEntry> _glossary = new();

    public TestReport(string id, string region, string? english, RegionLevel level, int delivered, string file, int startLine, int endLine,
        DateOnly? date = null, string? speaker = null, string? speakerTitle = null, bool complete = true,
        string? code = null, IReadOnlyList<RegionRef>? parents = null)
        : base(new ReportInfo(id, region, english, level, delivered, delivered - 1, delivered, date, speaker, speakerTitle, null,
            region + "政府工作报告", new SourceRef(file, startLine, endLine, new string('0', 64), "test"), complete, code,
            // Districts lie in 北京市 unless told otherwise (every seed district does).
            parents ?? (level == RegionLevel.District ? new[] { new RegionRef("北京市", "Beijing", RegionLevel.Municipality, "110000") } : null)))
    {
    }

    public override IReadOnlyList<Section> Sections => _sections;
    public override IReadOnlyList<Indicator> Indicators => _indicators;
    public override IReadOnlyList<GlossaryEntry> Glossary => _glossary;

    /// <summary>A review-year result (period = delivered year − 1).</summary>
    public TestReport Actual(string name, StandardIndicator? standard, decimal value, string unit, string quote, int line,
        Qualifiers qualifiers = Qualifiers.None, IndicatorKind kind = IndicatorKind.Actual, Direction? direction = null, bool span = false,
        bool main = false) =>
        Add(name, standard, value, unit, kind, direction, qualifiers, DeliveredYear - 1, span, main, quote, line);

    /// <summary>A review-year growth rate.</summary>
    public TestReport Growth(string name, StandardIndicator? standard, decimal value, string quote, int line,
        Qualifiers qualifiers = Qualifiers.None, Direction direction = Direction.Up) =>
        Add(name, standard, value, "%", IndicatorKind.Growth, direction, qualifiers, DeliveredYear - 1, false, false, quote, line);

    /// <summary>A plan-year target (主要预期目标 unless told otherwise).</summary>
    public TestReport Target(string name, StandardIndicator? standard, decimal value, string unit, IndicatorKind kind, string quote, int line,
        Qualifiers qualifiers = Qualifiers.None, Direction? direction = null, bool main = true) =>
        Add(name, standard, value, unit, kind, direction, qualifiers, DeliveredYear, false, main, quote, line);

    public TestReport Heading(int level, int ordinal, string marker, string title, int line, params (string Text, int Line)[] paragraphs)
    {
        var section = new Section(level, ordinal, marker, title, line, level == 1 ? SectionStyle.Dun : SectionStyle.Paren,
            Array.ConvertAll(paragraphs, p => new Paragraph(p.Text, p.Line)), new List<Section>());
        if (level == 1 || _sections.Count == 0) _sections.Add(section);
        else ((List<Section>)_sections[^1].Sections).Add(section);
        return this;
    }

    public TestReport Term(int number, string term, string definition, int line)
    {
        _glossary.Add(new GlossaryEntry(number, term, definition, line));
        return this;
    }

    private TestReport Add(string name, StandardIndicator? standard, decimal value, string unit, IndicatorKind kind, Direction? direction,
        Qualifiers qualifiers, int period, bool span, bool main, string quote, int line)
    {
        var measure = kind switch
        {
            IndicatorKind.Growth or IndicatorKind.TargetGrowth => Measure.Change,
            IndicatorKind.Share => Measure.Share,
            IndicatorKind.Rank => Measure.Rank,
            _ => Measure.Level,
        };
        var status = kind is IndicatorKind.Target or IndicatorKind.TargetGrowth ? FactStatus.Target
            : (qualifiers & Qualifiers.Estimated) != 0 ? FactStatus.Estimated : FactStatus.Actual;
        // A span here stands for the three years up to the period (过去三年年均).
        _indicators.Add(new Indicator(Id, name, standard, Quantity.Of(value, unit), null, measure, status, direction, qualifiers,
            span ? period - 2 : period, period, main, quote, line, _sections.Count > 0 ? _sections[^1].Title : null));
        return this;
    }
}

/// <summary>A report set for registering test reports with <see cref="ReportCatalog.Register"/>.</summary>
internal sealed class TestReportSet : ReportSet
{
    public TestReportSet(string name, params Report[] reports)
    {
        Name = name;
        Reports = reports;
    }

    public override string Name { get; }
    public override IReadOnlyList<Report> Reports { get; }
}

/// <summary>
/// The seven seed reports with a hand-copied selection of their figures (values, quotes and lines read from
/// seeds/*.txt), sections and glossary. Used through a <see cref="ReportCollection"/>, never registered, so the
/// bundled reports of the same regions cannot interfere.
/// </summary>
internal static class SeedReports
{
    public static readonly TestReport Shijingshan2023 = new TestReport("shijingshan-2023", "石景山区", "Shijingshan", RegionLevel.District, 2023, "shijingshan-2023.txt", 2, 990)
        .Heading(1, 1, "一、", "2022 年工作回顾", 4, ("2022 年是党的二十大胜利召开之年，是新一届政府开局之年，是极为重要的一年。", 6))
        .Actual("地区生产总值", StandardIndicator.Gdp, 980m, "亿元", "地区生产总值完成 980 亿元", 22, Qualifiers.Estimated)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 2m, "2%左右", 24, Qualifiers.Estimated | Qualifiers.About)
        .Actual("一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 74.05m, "亿元", "一般公共预算收入完成 74.05 亿元", 24, Qualifiers.Estimated)
        .Growth("一般公共预算收入", StandardIndicator.GeneralBudgetRevenueGrowth, 1m, "一般公共预算收入完成 74.05 亿元，同比增长 1%", 24, Qualifiers.Estimated)
        .Actual("固定资产投资", StandardIndicator.FixedAssetInvestment, 440m, "亿元", "固定资产投资完成 440 亿元", 26, Qualifiers.Estimated)
        .Actual("居民人均可支配收入", StandardIndicator.DisposableIncomePerCapita, 86359m, "元", "居民人均可支配收入 86359 元", 28, Qualifiers.Estimated)
        .Heading(2, 4, "（四）", "规划引领、疏促建管，城市治理水平不断提高", 220, ("新增停车位 5000 个，完成 5 项道路疏堵工程，推进 2 个公交场站和 2 个地下停车库建设。", 260))
        .Actual("停车位", null, 5000m, "个", "新增停车位 5000 个", 260)
        .Actual("技术合同成交额", StandardIndicator.TechContractTurnover, 205.6m, "亿元", "技术合同成交额达到 205.6 亿元", 182)
        .Heading(1, 2, "二、", "2023 年主要任务", 436)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 5m, "%", IndicatorKind.TargetGrowth, "长 5%左右", 470, Qualifiers.About, Direction.Up)
        .Target("一般公共预算收入", StandardIndicator.GeneralBudgetRevenueGrowth, 3m, "%", IndicatorKind.TargetGrowth, "一般公共预算收入同比增长 3%", 470, direction: Direction.Up)
        .Target("登记失业率", StandardIndicator.RegisteredUnemploymentRate, 4m, "%", IndicatorKind.Target, "登记失业率控制在 4%左右", 474, Qualifiers.Within | Qualifiers.About);

    public static readonly TestReport Shijingshan2025 = new TestReport("shijingshan-2025", "石景山区", "Shijingshan", RegionLevel.District, 2025, "shijingshan-2025.txt", 3, 95,
            new DateOnly(2025, 1, 8), "万隆", "代区长", complete: false)
        .Heading(1, 1, "一、", "2024年工作回顾", 15)
        .Actual("地区生产总值", StandardIndicator.Gdp, 1200m, "亿元", "预计全年地区生产总值突破1200亿元", 21, Qualifiers.Estimated | Qualifiers.Over)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.5m, "突破1200亿元、同比增长5.5%左右", 21, Qualifiers.Estimated | Qualifiers.About)
        .Actual("一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 88.3m, "亿元", "一般公共预算收入完成88.3亿元", 21)
        .Actual("第三产业增加值占地区生产总值比重", StandardIndicator.TertiaryIndustryShare, 90m, "%", "预计第三产业增加值占地区生产总值比重超90%", 23,
            Qualifiers.Estimated | Qualifiers.Over, IndicatorKind.Share)
        .Actual("技术合同成交额", StandardIndicator.TechContractTurnover, 196.5m, "亿元", "技术合同成交额196.5亿元", 25)
        .Heading(2, 3, "(三)", "大力实施城市更新行动,城市功能品质大幅提升", 51)
        .Actual("停车位", null, 3136m, "个", "新增停车场10处、停车位3136个", 79);

    public static readonly TestReport Mentougou2023 = new TestReport("mentougou-2023", "门头沟区", "Mentougou", RegionLevel.District, 2023, "mentougou-2023.txt", 3, 163)
        .Actual("地区生产总值", StandardIndicator.Gdp, 275m, "亿元", "预计实现地区生产总值 275 亿元", 9, Qualifiers.Estimated)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 1.5m, "预计实现地区生产总值 275 亿元，同比增长 1.5%", 9, Qualifiers.Estimated)
        .Actual("地方级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 51.68m, "亿元", "地方级一般公共预算收入 51.68 亿元", 9)
        .Actual("区级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 31.97m, "亿元", "区级一般公共预算收入 31.97 亿元", 9)
        .Growth("社会消费品零售额", StandardIndicator.RetailSalesGrowth, 5m, "社会消费品零售额 107 亿元，同比下降 5%", 9, direction: Direction.Down)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 4m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长 4%左右", 95, Qualifiers.About, Direction.Up);

    public static readonly TestReport Xicheng2020 = new TestReport("xicheng-2020", "西城区", "Xicheng", RegionLevel.District, 2020, "xicheng-2020.txt", 1, 1550,
            new DateOnly(2020, 1, 5), "孙硕", "区长")
        .Actual("地区生产总值", StandardIndicator.Gdp, 4500m, "亿元", "地区生产总值预计达到4500亿元", 31, Qualifiers.Estimated)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 6m, "地区生产总值预计达到4500亿元、增长6%", 31, Qualifiers.Estimated)
        .Actual("区级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 431.1m, "亿元", "般公共预算收入完成431.1亿元", 33)
        .Actual("居民人均可支配收入", StandardIndicator.DisposableIncomePerCapita, 8.8m, "万元", "均可支配收入预计为8.8万元", 35, Qualifiers.Estimated)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 6m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长 6%左右", 800, Qualifiers.About, Direction.Up);

    public static readonly TestReport Beijing2024 = new TestReport("beijing-2024", "北京市", "Beijing", RegionLevel.Municipality, 2024, "beijing-dongcheng-xicheng-2024.txt", 42, 228,
            new DateOnly(2024, 1, 21), "殷勇", "市长")
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.2m, "全市地区生产总值增长5.2%", 56)
        .Actual("地区生产总值", StandardIndicator.Gdp, 4.4m, "万亿元", "全市地区生产总值增长5.2%、约4.4万亿元", 56, Qualifiers.About)
        .Actual("一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 6000m, "亿元", "一般公共预算收入增长8.2%、突破6000亿元", 56, Qualifiers.Over)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长5%左右", 88, Qualifiers.About, Direction.Up)
        .Target("城镇调查失业率", StandardIndicator.SurveyedUnemploymentRate, 5m, "%", IndicatorKind.Target, "城镇调查失业率控制在5%以内", 88, Qualifiers.Within)
        .Target("停车位", null, 1.5m, "万个", IndicatorKind.Target, "人防工程新增停车位1.5万个", 172, main: false);

    public static readonly TestReport Dongcheng2024 = new TestReport("dongcheng-2024", "东城区", "Dongcheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 230, 360,
            new DateOnly(2024, 1, 9), "周金星", "区长")
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5m, "地区生产总值同比增长5%左右", 246, Qualifiers.Estimated | Qualifiers.About)
        .Actual("区级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 200.5m, "亿元", "完成区级一般公共预算收入200.5亿元", 246, Qualifiers.Estimated)
        .Actual("过去三年年均增速", StandardIndicator.GdpGrowth, 6.2m, "%", "过去三年年均增速达6.2%", 246, kind: IndicatorKind.Growth, direction: Direction.Up, span: true)
        .Actual("城镇登记失业率", StandardIndicator.RegisteredUnemploymentRate, 4m, "%", "积极做好重点群体就业服务,城镇登记失业率控制在4%以内", 266, Qualifiers.Within)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 4.5m, "%", IndicatorKind.TargetGrowth, "主要预期目标是:地区生产总值增长4.5%左右", 280, Qualifiers.About, Direction.Up)
        .Target("区级一般公共预算收入", StandardIndicator.GeneralBudgetRevenueGrowth, 5m, "%", IndicatorKind.TargetGrowth, "区级一般公共预算收入增长5%", 280, direction: Direction.Up);

    public static readonly TestReport Xicheng2024 = new TestReport("xicheng-2024", "西城区", "Xicheng", RegionLevel.District, 2024, "beijing-dongcheng-xicheng-2024.txt", 362, 572,
            new DateOnly(2024, 1, 9), "刘东伟", "区长")
        .Heading(1, 1, "一、", "2023年工作回顾", 368)
        .Actual("地区生产总值", StandardIndicator.Gdp, 6000m, "亿元", "全年地区生产总值突破6000亿元大关", 384, Qualifiers.Over)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.8m, "全年地区生产总值突破6000亿元大关,同比增长5.8%", 384)
        .Actual("地方级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 1012.9m, "亿元", "地方级一般公共预算收入实现1012.9亿元", 384)
        .Actual("区级一般公共预算收入", StandardIndicator.GeneralBudgetRevenue, 452.7m, "亿元", "区级一般公共预算收入实现452.7亿元", 384)
        .Actual("居民人均可支配收入", StandardIndicator.DisposableIncomePerCapita, 10m, "万元", "居民人均可支配收入突破10万元", 384, Qualifiers.Over)
        .Term(2, "红墙先锋工程", "是“红墙意识”在理论和实践层面的再深化再拓展,是推动首都功能核心区党建工作高质量发展的统领性工作。", 580)
        .Term(3, "“双提升”工程", "在全区开展的“提升工作效能水平、提升干部队伍素质能力”工程", 582);

    /// <summary>The seven reports, in the order a generated set lists them (region then year, ordinal).</summary>
    public static ReportCollection All() => new(new Report[] { Dongcheng2024, Beijing2024, Shijingshan2023, Shijingshan2025, Xicheng2020, Xicheng2024, Mentougou2023 });
}
