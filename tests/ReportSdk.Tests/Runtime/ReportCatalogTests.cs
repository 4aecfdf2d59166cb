using System.Linq;
using System.Text.Json;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The static catalog. The bundled reports are registered too (once the generator emits them), so these tests
/// register their own set under invented region names and look it up by its own ids; they never assume the
/// catalog holds only their reports. Figures are the seeds' 2023 GDP growth rates (北京市 5.2%, 西城区 5.8%).
/// </summary>
public class ReportCatalogTests
{
    private static readonly TestReport Jia = new TestReport("样本甲区-2024", "样本甲区", null, RegionLevel.District, 2024, "test-jia.txt", 1, 10)
        .Heading(1, 1, "一、", "2023年工作回顾", 3)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.2m, "全市地区生产总值增长5.2%", 5)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长5%左右", 9, Qualifiers.About, Direction.Up);

    private static readonly TestReport Yi = new TestReport("sampleyi-2024", "样本乙区", "SampleYi", RegionLevel.District, 2024, "test-yi.txt", 1, 10)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.8m, "全年地区生产总值突破6000亿元大关,同比增长5.8%", 4);

    private static readonly TestReportSet Set = new("ReportSdk.Tests.Runtime", Jia, Yi);

    public ReportCatalogTests() => ReportCatalog.Register(Set);

    [Fact]
    public void Registered_reports_are_found_by_id_and_region()
    {
        Assert.Contains(Set, ReportCatalog.Sets);
        Assert.Contains(Jia, ReportCatalog.All);
        Assert.Same(Jia, ReportCatalog.Find("样本甲区-2024"));
        Assert.Same(Jia, ReportCatalog.Find("样本甲", 2024));
        Assert.Same(Yi, ReportCatalog.Find("sampleyi", 2024));
        Assert.Same(Yi, ReportCatalog.Find("SAMPLEYI-2024"));
        Assert.Equal(new[] { Yi }, ReportCatalog.ForRegion("样本乙区"));
        Assert.Contains("样本甲区", ReportCatalog.Regions);
    }

    [Fact]
    public void Registering_a_set_twice_keeps_one_copy()
    {
        ReportCatalog.Register(Set);
        Assert.Single(ReportCatalog.Sets, s => ReferenceEquals(s, Set));
        Assert.Single(ReportCatalog.All, r => ReferenceEquals(r, Jia));
    }

    [Fact]
    public void Queries_see_the_registered_reports()
    {
        Assert.Equal(new[] { (2023, 5.2m) }, ReportCatalog.Series(StandardIndicator.GdpGrowth, "样本甲区").Select(p => (p.Year, p.Value)));
        Assert.Equal(new[] { 5.8m }, ReportCatalog.Series("地区生产总值", "SampleYi", IndicatorKind.Growth).Select(p => p.Value));
        Assert.Equal(new[] { 5m }, ReportCatalog.TargetSeries(StandardIndicator.GdpGrowth, "样本甲区").Select(p => p.Value));

        var rows = ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023);
        Assert.Contains(rows, r => r.Report == Jia && r.Value == 5.2m);
        Assert.Contains(rows, r => r.Report == Yi && r.Value == 5.8m);
        Assert.Contains(ReportCatalog.CompareTargets(StandardIndicator.GdpGrowth, 2024), r => r.Report == Jia);
        Assert.Contains(ReportCatalog.Compare("地区生产总值", 2023, IndicatorKind.Growth), r => r.Report == Yi);

        Assert.Contains(ReportCatalog.Targets(2024), f => f.Report == Jia);
        Assert.Contains(ReportCatalog.Growths(2023), f => f.Report == Yi);
        Assert.Contains(ReportCatalog.Facts(IndicatorKind.Growth, 2023), f => f.Report == Jia);
        Assert.Contains(ReportCatalog.Facts(StandardIndicator.GdpGrowth), f => f.Report == Yi);
        Assert.Contains(ReportCatalog.Search("突破6000亿元大关"), h => h.Report == Yi);
        Assert.Contains(ReportCatalog.Search("工作回顾", SearchScope.Sections), h => h.Report == Jia);
    }

    [Fact]
    public void A_later_registration_is_seen_by_the_indexes()
    {
        var bing = new TestReport("样本丙区-2024", "样本丙区", null, RegionLevel.District, 2024, "test-bing.txt", 1, 10)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5m, "地区生产总值同比增长5%左右", 2);
        Assert.Null(ReportCatalog.Find("样本丙区-2024"));                 // builds the indexes without it
        Assert.Empty(ReportCatalog.Series(StandardIndicator.GdpGrowth, "样本丙区"));
        var before = ReportCatalog.All;
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Runtime.Late", bing));
        Assert.DoesNotContain(bing, before);                              // an earlier snapshot stays as it was
        Assert.Contains(bing, ReportCatalog.All);
        Assert.Same(bing, ReportCatalog.Find("样本丙区-2024"));
        Assert.Single(ReportCatalog.Series(StandardIndicator.GdpGrowth, "样本丙区"));
        Assert.Contains(ReportCatalog.Search("同比增长5%左右"), h => h.Report == bing);
    }

    [Fact]
    public void ToJson_exports_every_registered_report_with_every_fact()
    {
        var all = ReportCatalog.All;
        using var doc = JsonDocument.Parse(ReportCatalog.ToJson());
        var exported = doc.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.True(exported.Length >= all.Count); // a set may register while we export, never the other way round
        var byId = exported.GroupBy(r => r.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.First());
        foreach (var report in all.GroupBy(r => r.Id).Select(g => g.First()))
        {
            JsonExportTests.AssertHoldsEveryFact(report, byId[report.Id]);
        }

        using var stream = new System.IO.MemoryStream();
        ReportCatalog.WriteJson(stream, indented: false);
        using var written = JsonDocument.Parse(stream.ToArray());
        Assert.Contains(written.RootElement.GetProperty("reports").EnumerateArray(), r => r.GetProperty("id").GetString() == "样本甲区-2024");
    }

    [Fact]
    public void Every_registered_report_is_found_by_its_id_region_and_year()
    {
        Assert.NotEmpty(ReportCatalog.All);
        foreach (var report in ReportCatalog.All)
        {
            var byId = ReportCatalog.Find(report.Id);
            Assert.NotNull(byId);
            Assert.Equal(report.Id, byId!.Id, ignoreCase: true);
            var byRegion = ReportCatalog.Find(report.Region, report.DeliveredYear);
            Assert.Equal((report.Region, report.DeliveredYear), (byRegion!.Region, byRegion.DeliveredYear));
            if (report.RegionEnglish is { } english) Assert.Equal(report.Region, ReportCatalog.Find(english, report.DeliveredYear)!.Region);
            Assert.Contains(report, ReportCatalog.ForRegion(report.Region));
        }
    }
}
