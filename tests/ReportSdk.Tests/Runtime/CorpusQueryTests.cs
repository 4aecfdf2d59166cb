using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The queries the sample shows, on real texts compiled by the generator, against figures read by hand from
/// seeds/national/*.txt and seeds/&lt;province&gt;/2026.txt (quotes in the comments).
/// </summary>
public class CorpusQueryTests
{
    private static readonly System.Lazy<ReportCollection> National = new(() => CompiledCorpus.Compile(
        "national/2017.txt", "national/2018.txt", "national/2019.txt", "national/2020.txt", "national/2021.txt", "national/2022.txt", "national/2023.txt"));

    private static readonly System.Lazy<ReportCollection> Provinces = new(() => CompiledCorpus.Compile(
        "chongqing/2026.txt", "guangdong/2026.txt", "tibet/2026.txt", "ningxia/2026.txt", "hebei/2026.txt", "beijing/shijingshan-2023.txt"));

    private readonly ITestOutputHelper _output;

    public CorpusQueryTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void National_gdp_growth_target_beside_the_result_reported_the_next_year()
    {
        var reports = National.Value;
        var national = reports.First(r => r.Level == RegionLevel.National).Region;
        var rows = reports.TargetsAndResults(StandardIndicator.GdpGrowth, national);
        foreach (var row in rows) _output.WriteLine(row.ToString());

        // 2017: 国内生产总值增长6.5%左右 (2017 report) / 国内生产总值增长6.9% (2018 report).
        // 2018: 国内生产总值增长6.5%左右 / 国内生产总值增长6.6% (2019 report).
        // 2019: 国内生产总值增长6%－6.5% / 国内生产总值达到99.1万亿元，增长6.1% (2020 report).
        // 2020: no target (the 2020 report sets none) / 国内生产总值增长2.3％ (2021 report).
        // 2021: 国内生产总值增长6%以上 / 国内生产总值达到114万亿元，增长8.1% (2022 report).
        // 2022: 国内生产总值增长5.5%左右 / 国内生产总值增长3% (2023 report).
        var expected = new (int Year, decimal? Target, decimal? Result)[]
        {
            (2016, null, 6.7m), (2017, 6.5m, 6.9m), (2018, 6.5m, 6.6m), (2019, 6m, 6.1m), (2020, null, 2.3m), (2021, 6m, 8.1m), (2022, 5.5m, 3m), (2023, 5m, null),
        };
        Assert.Equal(expected, rows.Select(r => (r.Year, r.Target?.Value, r.Result?.Value)));
        Assert.Equal(6.5m, rows.Single(r => r.Year == 2019).Target!.Indicator.ValueHigh);
    }

    [Fact]
    public void Provincial_2026_gdp_growth_targets_ranked()
    {
        var rows = Provinces.Value.CompareTargets(StandardIndicator.GdpGrowth, 2026)
            .Where(r => r.Report.Level is RegionLevel.Province or RegionLevel.Municipality)
            .OrderByDescending(r => r.Quantity)
            .ToArray();
        foreach (var row in rows) _output.WriteLine(row + "  " + row.Indicator.Quote);

        // 西藏 主要预期目标是：地区生产总值增长7%以上; 重庆, 河北 增长5%以上; 宁夏 增长5%左右; 广东 增长4.5%—5%.
        // (甘肃 "地区生产总值增长5.5%左右" is left out: the extractor files it as a 2025 result, not a 2026 target.)
        Assert.Equal(("西藏自治区", 7m, Qualifiers.Over), (rows[0].Region, rows[0].Value, rows[0].Indicator.Qualifiers));
        Assert.Equal(new[] { "宁夏回族自治区", "河北省", "重庆市" }, rows.Skip(1).Take(3).Select(r => r.Region).Order());
        Assert.All(rows.Skip(1).Take(3), r => Assert.Equal(5m, r.Value));
        Assert.Equal(("广东省", 4.5m, (decimal?)5m), (rows[^1].Region, rows[^1].Value, rows[^1].Indicator.ValueHigh));
        Assert.Equal(5, rows.Length);
        Assert.DoesNotContain(rows, r => r.Report.Level == RegionLevel.District);
    }

    [Fact]
    public void Division_codes_and_parents_of_real_reports()
    {
        var reports = Provinces.Value;
        Assert.Equal("guangdong-2026", reports.Find("440000", 2026)?.Id ?? reports.Find("44", 2026)?.Id);
        Assert.Equal("shijingshan-2023", reports.Find("110107", 2023)?.Id);
        Assert.Equal(new[] { "shijingshan-2023" }, reports.Within("北京市").Select(r => r.Id));
        Assert.Equal(reports.Find("广东", 2026), reports.Find("Guangdong", 2026));
    }
}
