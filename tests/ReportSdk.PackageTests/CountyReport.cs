namespace ReportSdk.PackageTests;

/// <summary>
/// A short, made-up government work report of an imaginary county, written for the consumer test in the style of
/// the seeds (dateline, speaker line with a space inside the name, 一、/（一） headings, review figures, 主要预期目标).
/// 青禾县 is not a real place and is in no table of known regions: the generator has to name it from the text alone.
/// </summary>
internal static class CountyReport
{
    public const string Region = "青禾县";

    /// <summary>The GDP figure the review part states, in 亿元, for <see cref="GdpPeriod"/>.</summary>
    public const decimal Gdp = 356.8m;

    public const string GdpUnit = "亿元";

    public const int GdpPeriod = 2024;

    public const string Text = """
        青禾县人民政府工作报告

        ——2025年1月10日在青禾县第十八届人民代表大会第四次会议上

        青禾县人民政府县长 林 远

        各位代表：

        现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。

        一、2024年工作回顾

        过去一年，全县经济运行稳中有进，各项事业取得新成效。初步预计，全县地区生产总值完成 356.8 亿元，同比增长 5.6%；一般公共预算收入完成 21.4 亿元，同比增长 6.2%；社会消费品零售总额 118 亿元，同比增长 4.1%；城镇居民人均可支配收入达到 46210 元，同比增长 5.3%。

        （一）农业基础更加稳固

        粮食播种面积稳定在 52 万亩，建成高标准农田 3.6 万亩，新培育县级以上农业龙头企业 12 家。

        （二）城乡面貌持续改善

        完成老旧小区改造 27 个，新建改建农村公路 86 公里，空气质量优良天数达到 301 天。

        二、2025年主要任务

        2025年经济社会发展的主要预期目标是：地区生产总值增长 5.5%左右；一般公共预算收入增长 5%；城镇调查失业率控制在 5.5%以内；居民人均可支配收入增长与经济增长基本同步。

        （一）加快建设现代农业强县

        新建高标准农田 2 万亩，粮食产量稳定在 25 万吨以上。

        各位代表，让我们奋发有为、真抓实干，为建设富裕文明美丽的新青禾而努力奋斗！
        """;
}
