using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// The generated set's catalog index: the catalog finds, merges and selects reports by the metadata it lists, so a
/// query creates only the reports it reads; the index agrees with the reports it stands for, and a set without a
/// readable index is read through its reports as before.
/// </summary>
public class CatalogIndexTests
{
    private static ReportSet Bundled => ReportCatalog.Sets.Single(s => s.GetType().Assembly == typeof(ReportCatalog).Assembly);

    [Fact]
    public void The_bundled_index_lists_every_report_with_the_metadata_the_report_has()
    {
        var entries = ReportEntry.FromIndex(Bundled, Bundled.CatalogIndex);

        Assert.NotNull(entries);
        var reports = Bundled.Reports;
        Assert.Equal(reports.Count, entries!.Length);
        for (int i = 0; i < reports.Count; i++)
        {
            var (entry, report) = (entries[i], reports[i]);
            Assert.Equal(report.Id, entry.Id);
            Assert.Equal(report.Region, entry.Region);
            Assert.Equal(report.RegionEnglish, entry.RegionEnglish);
            Assert.Equal(report.Level, entry.Level);
            Assert.Equal(report.DivisionCode, entry.DivisionCode);
            Assert.Equal(report.DeliveredYear, entry.DeliveredYear);
            Assert.Equal(report.ReviewYear, entry.ReviewYear);
            Assert.Equal(report.PlanYear, entry.PlanYear);
            Assert.Equal(report.Parents, entry.Parents);
            Assert.Same(report, entry.Report);
        }
    }

    [Fact]
    public void Compare_creates_only_the_reports_of_the_compared_year()
    {
        var set = new CountingSet(Bundled);
        var collection = Collection(set);

        Assert.NotEmpty(collection.Regions);
        Assert.Equal(0, set.Created);

        var rows = collection.Compare(StandardIndicator.GdpGrowth, 2023);

        var expected = new ReportCollection(Bundled.Reports).Compare(StandardIndicator.GdpGrowth, 2023); // every report built
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(r => (r.Report.Id, r.Value)), rows.Select(r => (r.Report.Id, r.Value)));
        var ofThatYear = collection.Entries.Count(e => e.ExpectedPeriod(targets: false) == 2023);
        Assert.InRange(ofThatYear, rows.Count, collection.Count / 4);
        Assert.Equal(ofThatYear, set.Created);
        Assert.Equal(collection.Entries.Where(e => e.IsCreated).Select(e => e.Id), set.CreatedIds);
    }

    [Fact]
    public void Find_and_series_create_only_what_they_return()
    {
        var set = new CountingSet(Bundled);
        var collection = Collection(set);

        Assert.Equal("shijingshan-2023", collection.Find("Shijingshan", 2023)?.Id);
        Assert.Equal(1, set.Created);
        Assert.Equal("xicheng-2024", collection.Find("XICHENG-2024")?.Id);
        Assert.Equal(2, set.Created);

        var series = collection.Series(StandardIndicator.Gdp, "石景山区");
        Assert.NotEmpty(series);
        Assert.Equal(new[] { "shijingshan-2023", "shijingshan-2025", "xicheng-2024" }, set.CreatedIds.Order(StringComparer.Ordinal));
        Assert.Equal(collection.Count, collection.Count(r => r is not null));
        Assert.Equal(collection.Count, set.Created);
    }

    [Fact]
    public void A_set_with_an_unreadable_index_is_read_through_its_reports()
    {
        var report = new TestReport("样本辛区-2024", "样本辛区", "SampleXin", RegionLevel.District, 2024, "xin.txt", 1, 10)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 6.1m, "增长6.1%", 3);
        foreach (var index in new[] { "garbage", "1\u001E样本辛区-2024\u001F样本辛区\u001E", "99\u001E" })
        {
            var collection = Collection(new IndexedSet(index, report));

            Assert.Same(report, collection.Find("样本辛区", 2024));
            Assert.Equal(6.1m, Assert.Single(collection.Compare(StandardIndicator.GdpGrowth, 2023)).Value);
        }
    }

    [Fact]
    public void Entries_of_an_index_follow_it_and_create_their_report_from_the_set()
    {
        var report = new TestReport("样本壬区-2024", "样本壬区", null, RegionLevel.District, 2024, "ren.txt", 1, 10)
            .Growth("地区生产总值", StandardIndicator.GdpGrowth, 5.9m, "增长5.9%", 3);
        var set = new CountingSet(new IndexedSet("1\u001E样本壬区-2024\u001F样本壬区\u001F\u001F4\u001F\u001F2024\u001F2023\u001F2024\u001F北京市\u001FBeijing\u001F2\u001F110000\u001E", report));
        var collection = Collection(set);

        Assert.Equal(new[] { report }, collection.Within("北京市"));
        Assert.Equal(1, set.Created);
        var entry = Assert.Single(collection.Entries);
        Assert.Null(entry.RegionEnglish);
        Assert.Null(entry.DivisionCode);
        Assert.Equal(new RegionRef("北京市", "Beijing", RegionLevel.Municipality, "110000"), entry.Parent);
        Assert.Equal(2023, entry.ExpectedPeriod(targets: false));
    }

    [Fact]
    public void Merging_entries_keeps_one_per_id_in_registration_order()
    {
        var shared = new TestReport("样本癸区-2024", "样本癸区", null, RegionLevel.District, 2024, "gui.txt", 1, 10);
        var first = new TestReport("样本甲区-2024", "样本甲区", null, RegionLevel.District, 2024, "jia.txt", 1, 10);
        var again = new TestReport("样本甲区-2024", "样本甲区", null, RegionLevel.District, 2024, "jia-again.txt", 1, 10);
        var later = new TestReport("样本甲区-2024", "样本甲区", null, RegionLevel.District, 2024, "jia-later.txt", 1, 10);
        var sets = new[]
        {
            new RegisteredSet(new TestReportSet("ReportSdk.Tests.Index.A", shared, first, again, shared)),
            new RegisteredSet(new TestReportSet("ReportSdk.Tests.Index.B", shared, later)),
        };

        var merged = CatalogMerge.Merge(sets);

        // Within a set the first wins; a later set's report replaces it; the same report object through two sets is one report.
        Assert.Equal(new Report[] { shared, later }, merged.Select(e => e.Report));
        Assert.DoesNotContain(ReportCatalog.Notices, n => n.ReportId == "样本癸区-2024");
    }

    private static ReportCollection Collection(ReportSet set)
    {
        var sets = new[] { new RegisteredSet(set) };
        return new ReportCollection(sets, CatalogMerge.Merge(sets));
    }

    /// <summary>A set that passes another's index through and counts the reports created from it.</summary>
    private sealed class CountingSet : ReportSet
    {
        private readonly ReportSet _inner;
        private readonly List<string> _created = new();

        public CountingSet(ReportSet inner) => _inner = inner;

        public int Created
        {
            get
            {
                lock (_created) return _created.Count;
            }
        }

        public string[] CreatedIds
        {
            get
            {
                lock (_created) return _created.ToArray();
            }
        }

        public override string Name => _inner.Name;
        public override IReadOnlyList<Report> Reports => throw new InvalidOperationException("The catalog must use the index.");
        public override string? CatalogIndex => _inner.CatalogIndex;

        public override Report ReportAt(int index)
        {
            var report = _inner.ReportAt(index);
            lock (_created) _created.Add(report.Id);
            return report;
        }
    }

    private sealed class IndexedSet : ReportSet
    {
        private readonly Report[] _reports;

        public IndexedSet(string index, params Report[] reports)
        {
            CatalogIndex = index;
            _reports = reports;
        }

        public override string Name => "ReportSdk.Tests.Index";
        public override IReadOnlyList<Report> Reports => _reports;
        public override string? CatalogIndex { get; }
    }
}
