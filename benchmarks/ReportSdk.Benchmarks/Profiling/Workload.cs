using System;
using System.Diagnostics;
using System.Globalization;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Benchmarks.Generator;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Benchmarks.Profiling;

/// <summary>
/// Runs one workload in a loop for a while, to be sampled by EventPipe (see scripts/bench-profile.sh):
/// <c>generator</c> (full driver runs over the seeds, or over N synthetic reports) or <c>parser</c>.
/// </summary>
internal static class Workload
{
    public static int Run(string name, int reports, double seconds)
    {
        var files = reports == 0 ? SeedReports.Files : SyntheticCorpus.Build(reports);
        var texts = GeneratorHarness.Texts(files);
        var compilation = GeneratorHarness.Compilation();
        Action step = name switch
        {
            "generator" => () => GeneratorHarness.Driver(texts).RunGenerators(compilation),
            "parser" => () =>
            {
                foreach (var f in files) ReportParser.Parse(f.Path, f.Text);
            },
            _ => throw new ArgumentException("workload is generator or parser", nameof(name)),
        };
        for (var i = 0; i < 5; i++) step(); // past tier-0 JIT
        var sw = Stopwatch.StartNew();
        var runs = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            step();
            runs++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {runs} runs in {sw.Elapsed.TotalSeconds:F1} s, {sw.Elapsed.TotalMilliseconds / runs:F2} ms per run"));
        return 0;
    }
}
