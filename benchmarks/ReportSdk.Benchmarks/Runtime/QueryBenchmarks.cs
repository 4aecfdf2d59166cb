using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace ReportSdk.Benchmarks.Runtime;

/// <summary>
/// Warm query latency over the bundled reports (the catalog and its indexes are built in GlobalSetup; the
/// first-touch cost of building them is measured in fresh processes by benchmarks/ColdStart/Touch).
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        // Build the indexes once, and say what the queries return, so a benchmark of an empty answer shows.
        System.Console.WriteLine($"// reports: {ReportCatalog.All.Count}; series: {Series().Count} points; compare: {Compare().Count} rows; search: {Search().Count} hits");
    }

    /// <summary>GDP of 石景山区 over the years.</summary>
    [Benchmark(Description = "Query: Series(Gdp, 石景山区)")]
    public IndicatorSeries Series() => ReportCatalog.Series(StandardIndicator.Gdp, "石景山区");

    /// <summary>GDP growth of every region that reports it for 2023.</summary>
    [Benchmark(Description = "Query: Compare(GdpGrowth, 2023)")]
    public IndicatorComparison Compare() => ReportCatalog.Compare(StandardIndicator.GdpGrowth, 2023);

    /// <summary>Full-text search over facts and section text.</summary>
    [Benchmark(Description = "Query: Search(停车位)")]
    public IReadOnlyList<SearchHit> Search() => ReportCatalog.Search("停车位");

    /// <summary>Find a report by id.</summary>
    [Benchmark(Description = "Query: Find(shijingshan-2023)")]
    public Report? Find() => ReportCatalog.Find("shijingshan-2023");
}
