namespace ReportSdk.Tests.Generator;

// Usings inside the namespace, so the generator's vocabulary wins over the runtime's types of the same names.
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

/// <summary>Hand-built report models for emitter and driver tests (the texts are snippets from the seeds).</summary>
internal static class Fixture
{
    public static FactModel Fact(string name, StandardIndicator? standard, decimal value, string unit, IndicatorKind kind, int period,
        string quote, int line, Qualifiers qualifiers = Qualifiers.None, Direction? direction = null, decimal? high = null, string? section = null)
        => new(name, null, standard, value, high, value.ToString(System.Globalization.CultureInfo.InvariantCulture), unit,
            kind switch
            {
                IndicatorKind.Growth or IndicatorKind.TargetGrowth => Measure.Change,
                IndicatorKind.Share => Measure.Share,
                IndicatorKind.Rank => Measure.Rank,
                _ => Measure.Level,
            },
            kind is IndicatorKind.Target or IndicatorKind.TargetGrowth ? FactStatus.Target
                : (qualifiers & Qualifiers.Estimated) != 0 ? FactStatus.Estimated : FactStatus.Actual,
            direction, qualifiers, period, period, kind is IndicatorKind.Target or IndicatorKind.TargetGrowth, quote, line, section);

    /// <summary>石景山区 2023 (a known district) with facts, two section levels, a lead sentence and a glossary entry.</summary>
    public static ReportModel Shijingshan2023(string filePath = "/src/seeds/001_fixture.txt") => new(
        Id: "shijingshan-2023", Region: "石景山区", RegionEnglish: "Shijingshan", Level: RegionLevel.District,
        DivisionCode: "110107", Parents: new[] { new RegionRefModel("北京市", "Beijing", RegionLevel.Municipality, "110000") }.ToEquatableArray(),
        DeliveredYear: 2023, ReviewStartYear: null, ReviewYear: 2022, PlanYear: 2023, Date: "2023-01-05", Speaker: "李新", SpeakerTitle: "区长",
        Congress: "北京市石景山区第十七届人民代表大会第二次会议", Title: "政府工作报告", FilePath: filePath,
        FileName: System.IO.Path.GetFileName(filePath), StartLine: 3, EndLine: 120, Complete: true,
        Sha256: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        Sections: new[]
        {
            new SectionModel(1, 1, "一、", "2022年工作回顾", 15, SectionStyle.Dun,
                new[] { new ParagraphModel("过去一年，我们坚持稳中求进工作总基调。初步预计，地区生产总值完成980亿元，同比增长2%左右。", 17) }.ToEquatableArray(),
                new[]
                {
                    new SectionModel(2, 1, "（一）", "坚持创新驱动，高质量发展迈出新步伐", 21, SectionStyle.Paren,
                        new[] { new ParagraphModel("新增停车位1200个。", 23) }.ToEquatableArray(),
                        new[]
                        {
                            new SectionModel(3, 0, "", "重大项目支撑加力", 25, SectionStyle.LeadSentence,
                                new[] { new ParagraphModel("重大项目支撑加力。全年完成投资“1+3+1”项目。", 25) }.ToEquatableArray(),
                                EquatableArray<SectionModel>.Empty),
                        }.ToEquatableArray()),
                }.ToEquatableArray()),
            new SectionModel(1, 2, "二、", "2023年主要任务", 60, SectionStyle.Dun,
                EquatableArray<ParagraphModel>.Empty, EquatableArray<SectionModel>.Empty),
        }.ToEquatableArray(),
        Facts: new[]
        {
            Fact("地区生产总值", StandardIndicator.Gdp, 980m, "亿元", IndicatorKind.Actual, 2022,
                "初步预计，地区生产总值完成980亿元，同比增长2%左右", 17, Qualifiers.Estimated, section: "2022年工作回顾"),
            Fact("地区生产总值", StandardIndicator.GdpGrowth, 2m, "%", IndicatorKind.Growth, 2022,
                "初步预计，地区生产总值完成980亿元，同比增长2%左右", 17, Qualifiers.Estimated | Qualifiers.About, Direction.Up, section: "2022年工作回顾"),
            Fact("新增停车位", null, 1200m, "个", IndicatorKind.Actual, 2022, "新增停车位1200个", 23,
                section: "坚持创新驱动，高质量发展迈出新步伐"),
            Fact("地区生产总值", StandardIndicator.GdpGrowth, 4.5m, "%", IndicatorKind.TargetGrowth, 2023,
                "地区生产总值增长4.5%左右", 64, Qualifiers.About, Direction.Up, section: "2023年主要任务"),
            Fact("地区生产总值", StandardIndicator.GdpGrowth, 5.0m, "%", IndicatorKind.TargetGrowth, 2023,
                "在实际工作中力争达到5.0%", 65, Qualifiers.AtLeast, Direction.Up, section: "2023年主要任务"),
        }.ToEquatableArray(),
        Glossary: new[] { new GlossaryEntryModel(1, "“两区”建设", "国家服务业扩大开放综合示范区和中国（北京）自由贸易试验区建设。", 118) }.ToEquatableArray());

    /// <summary>Hostile text in every field a report carries: what must stay text and never become code.</summary>
    public const string Hostile = "\"; } class X { /* */ </summary> & <para> \\ \u2028 System.Console.WriteLine(1); \u2029 \0 \u202E \uD800 \u0085 \n\r // ";

    /// <summary>A report of a region without an English name, with hostile text everywhere and awkward names.</summary>
    public static ReportModel Hostile2024(string filePath = "/src/reports/hostile.txt") => Shijingshan2023(filePath) with
    {
        Id = "某某县-2024", Region = "某某县", RegionEnglish = null, Level = RegionLevel.County, DeliveredYear = 2024,
        DivisionCode = null, Parents = EquatableArray<RegionRefModel>.Empty,
        Title = Hostile, Speaker = Hostile, Congress = Hostile, Date = "2024-13-45",
        Sections = new[]
        {
            new SectionModel(1, 1, Hostile, Hostile, 1, SectionStyle.Dun,
                new[] { new ParagraphModel(Hostile, 2) }.ToEquatableArray(),
                new[] { new SectionModel(2, 1, "（一）", Hostile, 3, SectionStyle.Paren, EquatableArray<ParagraphModel>.Empty, EquatableArray<SectionModel>.Empty) }.ToEquatableArray()),
        }.ToEquatableArray(),
        Facts = new[]
        {
            Fact("class", null, 1m, Hostile, IndicatorKind.Actual, 2023, Hostile, 5, section: Hostile),
            Fact("5G基站", null, 1.50m, "个", IndicatorKind.Actual, 2023, "新建5G基站1.50个", 6),
            Fact("Indicator", null, -2m, "%", IndicatorKind.Growth, 2023, "下降2%", 7, direction: Direction.Down),
            Fact("Id", null, 7m, "%", IndicatorKind.Share, 2023, "占比7%", 8),
            Fact("“1+3+1”（项目）", null, 3m, "个", IndicatorKind.Actual, 2023, "“1+3+1”项目3个", 9),
            Fact("", null, 79228162514264337593543950335m, "", IndicatorKind.Rank, 2023, "", 10),
            Fact("Gdp", StandardIndicator.Gdp, 0.0001m, "万亿元", IndicatorKind.Actual, 2023, Hostile, 11, Qualifiers.Range, high: 0.0002m),
        }.ToEquatableArray(),
        Glossary = new[] { new GlossaryEntryModel(1, Hostile, Hostile, 12) }.ToEquatableArray(),
    };

    /// <summary>
    /// A stand-in parser for driver tests until the real parser is used: each non-empty line
    /// "region|english|year" of the file is one report (a Shijingshan-shaped model with that identity and the
    /// file's text as its first paragraph), so editing a file changes exactly its reports.
    /// </summary>
    public static ParsedFile Parse(string path, string text, CancellationToken cancellationToken)
    {
        var reports = new List<ReportModel>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var parts = line.Split('|');
            if (parts.Length < 3 || !int.TryParse(parts[2], out int year)) continue;
            string? english = parts[1].Length == 0 ? null : parts[1];
            string id = (english?.ToLowerInvariant() ?? parts[0]) + "-" + year;
            var report = Shijingshan2023(path) with { Id = id, Region = parts[0], RegionEnglish = english, DeliveredYear = year, StartLine = reports.Count + 1 };
            if (parts[0] != "石景山区") report = report with { DivisionCode = null, Parents = EquatableArray<RegionRefModel>.Empty };
            if (parts.Length > 3) report = report with { Title = parts[3] };
            reports.Add(report);
        }
        return new ParsedFile(path, System.IO.Path.GetFileName(path), reports.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }
}
