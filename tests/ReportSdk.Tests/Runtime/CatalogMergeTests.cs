using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// Registration: a later report with the same id replaces the earlier one everywhere (the bundled set registers
/// first, so a user's corrected copy wins), and a faulty set is contained and reported once.
/// </summary>
public class CatalogMergeTests
{
    [Fact]
    public void A_later_report_with_the_same_id_replaces_the_earlier_one_everywhere()
    {
        var original = new TestReport("样本己区-2024", "样本己区", "SampleJi", RegionLevel.District, 2024, "ji.txt", 1, 10)
            .Actual("地区生产总值", StandardIndicator.Gdp, 900m, "亿元", "地区生产总值900亿元", 3)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 4m, "增长4%", 3);
        var corrected = new TestReport("样本己区-2024", "样本己区", "SampleJi", RegionLevel.District, 2024, "my-ji.txt", 1, 10)
            .Actual("地区生产总值", StandardIndicator.Gdp, 950m, "亿元", "地区生产总值950亿元", 3)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 4.5m, "增长4.5%", 3);
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Merge.Bundled", original));
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Merge.Mine", corrected));

        Assert.Same(corrected, ReportCatalog.Find("样本己区-2024"));
        Assert.Same(corrected, ReportCatalog.Find("样本己区", 2024));
        Assert.Equal(new[] { corrected }, ReportCatalog.ForRegion("SampleJi"));
        Assert.DoesNotContain(original, ReportCatalog.All);
        Assert.Single(ReportCatalog.All, r => r.Id == "样本己区-2024");
        Assert.Equal(new[] { 950m }, ReportCatalog.Series(StandardIndicator.Gdp, "样本己区").Select(p => p.Value));
        Assert.Contains(ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023), r => r.Report == corrected && r.Value == 4.5m);
        Assert.DoesNotContain(ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023), r => r.Report == original);
        Assert.DoesNotContain(ReportCatalog.Growths(2023), f => f.Report == original);

        using var json = JsonDocument.Parse(ReportCatalog.ToJson(indented: false));
        var exported = json.RootElement.GetProperty("reports").EnumerateArray().Where(r => r.GetProperty("id").GetString() == "样本己区-2024").ToArray();
        Assert.Single(exported);
        Assert.Equal("my-ji.txt", exported[0].GetProperty("source").GetProperty("file").GetString());

        var notice = Assert.Single(ReportCatalog.Notices, n => n.ReportId == "样本己区-2024");
        Assert.Equal(CatalogNoticeKind.Replaced, notice.Kind);
        Assert.Equal("ReportSdk.Tests.Merge.Mine", notice.SetName);
        Assert.Contains("ReportSdk.Tests.Merge.Bundled", notice.Message);
    }

    [Fact]
    public void A_set_whose_reports_throw_is_left_out_and_reported_once()
    {
        var good = new TestReport("样本庚区-2024", "样本庚区", null, RegionLevel.District, 2024, "geng.txt", 1, 10)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 3.3m, "增长3.3%", 3);
        var faulty = new ThrowingSet("ReportSdk.Tests.Merge.Faulty");
        ReportCatalog.Register(faulty);
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Merge.Good", good));

        Assert.Same(good, ReportCatalog.Find("样本庚区-2024"));
        Assert.NotEmpty(ReportCatalog.All);
        Assert.Contains(ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023), r => r.Report == good);
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Merge.Later")); // a rebuild does not read or report the set again
        Assert.Same(good, ReportCatalog.Find("样本庚区-2024"));

        var notice = Assert.Single(ReportCatalog.Notices, n => n.SetName == "ReportSdk.Tests.Merge.Faulty");
        Assert.Equal(CatalogNoticeKind.SetFailed, notice.Kind);
        Assert.IsType<InvalidOperationException>(notice.Exception);
        Assert.Contains("set is broken", notice.Message);
        Assert.Equal(1, faulty.Reads);
    }

    [Fact]
    public void Null_reports_in_a_set_are_skipped_and_reported()
    {
        var xin = new TestReport("样本辛区-2024", "样本辛区", null, RegionLevel.District, 2024, "xin.txt", 1, 10);
        ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Merge.Nulls", xin, null!));
        Assert.Same(xin, ReportCatalog.Find("样本辛区-2024"));
        Assert.DoesNotContain(null, ReportCatalog.All);
        Assert.Contains(ReportCatalog.Notices, n => n.SetName == "ReportSdk.Tests.Merge.Nulls" && n.Kind == CatalogNoticeKind.SetFailed);
    }

    private sealed class ThrowingSet : ReportSet
    {
        public ThrowingSet(string name) => Name = name;

        public int Reads { get; private set; }

        public override string Name { get; }

        public override IReadOnlyList<Report> Reports
        {
            get
            {
                Reads++;
                throw new InvalidOperationException("set is broken");
            }
        }
    }
}
