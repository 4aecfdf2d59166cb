using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReportSdk.Benchmarks.Corpus;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Derived columns for the generator's full runs: input throughput (MB/s of UTF-8 report text), and time and
/// allocation per report (constant across corpus sizes when the generator scales linearly).
/// </summary>
internal sealed class GeneratorColumn : IColumn
{
    public static readonly IColumn Throughput = new GeneratorColumn("MB/s", Kind.Throughput);
    public static readonly IColumn TimePerReport = new GeneratorColumn("Time/report", Kind.TimePerReport);
    public static readonly IColumn AllocPerReport = new GeneratorColumn("Alloc/report", Kind.AllocPerReport);

    private static readonly ConcurrentDictionary<int, (long Bytes, int Reports)> Inputs = new();

    private readonly Kind _kind;

    private GeneratorColumn(string name, Kind kind)
    {
        ColumnName = name;
        _kind = kind;
    }

    private enum Kind { Throughput, TimePerReport, AllocPerReport }

    public string Id => nameof(GeneratorColumn) + "." + ColumnName;
    public string ColumnName { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)_kind;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _kind switch
    {
        Kind.Throughput => "Report text (UTF-8 MB, 10^6 bytes) processed per second of a full run",
        Kind.TimePerReport => "Mean time of a full run divided by the number of reports",
        _ => "Allocated bytes of a full run divided by the number of reports",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Input(c) is not null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = Input(benchmarkCase);
        var report = summary[benchmarkCase];
        if (input is null || report?.ResultStatistics is null) return "-";
        var meanNs = report.ResultStatistics.Mean;
        var (bytes, reports) = input.Value;
        switch (_kind)
        {
            case Kind.Throughput:
                return (bytes / 1e6 / (meanNs / 1e9)).ToString("N1", CultureInfo.InvariantCulture);
            case Kind.TimePerReport:
                return (meanNs / reports / 1e3).ToString("N1", CultureInfo.InvariantCulture) + " μs";
            default:
                var alloc = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return alloc is null ? "-" : (alloc.Value / (double)reports / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KB";
        }
    }

    /// <summary>Input size of a full-run benchmark case, or null for other benchmarks.</summary>
    private static (long Bytes, int Reports)? Input(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (type == typeof(Generator.GeneratorCorpusBenchmarks))
        {
            var n = (int)benchmarkCase.Parameters[nameof(Generator.GeneratorCorpusBenchmarks.Reports)];
            return Inputs.GetOrAdd(n, _ => n == 0
                ? (SyntheticCorpus.Utf8Bytes(SeedReports.Files), SeedReports.Reports.Count)
                : (SyntheticCorpus.Utf8Bytes(SeedReports.Corpus), SeedReports.Corpus.Sum(f => ReportSdk.Generator.Parsing.ReportParser.Parse(f.Path, f.Text).Reports.Count)));
        }
        if (type == typeof(Generator.GeneratorScalingBenchmarks))
        {
            var n = (int)benchmarkCase.Parameters[nameof(Generator.GeneratorScalingBenchmarks.Reports)];
            return Inputs.GetOrAdd(n, count => (SyntheticCorpus.Utf8Bytes(SyntheticCorpus.Build(count)), count));
        }
        return null;
    }
}
