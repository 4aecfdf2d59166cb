using System;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using ReportSdk.Benchmarks.Corpus;

namespace ReportSdk.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --filter '*'            (all benchmarks)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --filter '*' --job short (quick)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- corpus 100 /tmp/reports  (write a synthetic corpus)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- workload generator corpus 10 (CPU per run)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- compile 100 5            (what compiling the output costs)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- steps corpus 400          (one-report edit: ms per run, steps re-run)
/// scripts/bench-profile.sh generator|parser [reports|corpus] [seconds]                          (CPU hotspots)
/// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- hotspots x.nettrace 40 "" RunGeneratorsCore
///     (hotspots of any EventPipe trace, e.g. of a compiler process run with the DOTNET_EventPipe* variables of
///      scripts/bench-profile.sh; the last argument keeps only samples under that frame: the generator's thread)
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "corpus")
        {
            return WriteCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        }
        if (args.Length == 4 && args[0] == "workload")
        {
            return Profiling.Workload.Run(args[1], Reports(args[2]), double.Parse(args[3], CultureInfo.InvariantCulture));
        }
        if (args.Length == 3 && args[0] == "compile")
        {
            return Profiling.CompileCost.Run(Reports(args[1]), double.Parse(args[2], CultureInfo.InvariantCulture));
        }
        if (args.Length >= 1 && args[0] == "steps")
        {
            return Profiling.StepReasons.Print(args.Length > 1 ? Reports(args[1]) : 0, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40);
        }
        if (args.Length >= 2 && args[0] == "hotspots")
        {
            return Profiling.Hotspots.Print(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 25,
                args.Length > 3 && args[3].Length > 0 ? args[3] : null, args.Length > 4 ? args[4] : null);
        }
        RunBenchmarks(args);
        return 0;
    }

    /// <summary>"corpus" (the whole bundled corpus, -1), 0 (the seeds) or a number of synthetic reports.</summary>
    private static int Reports(string arg) => arg == "corpus" ? -1 : int.Parse(arg, CultureInfo.InvariantCulture);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunBenchmarks(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(GeneratorColumn.Throughput, GeneratorColumn.TimePerReport, GeneratorColumn.AllocPerReport)
            .AddColumn(StatisticColumn.Median);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>Writes N one-report files (the synthetic corpus) for the build benchmark script.</summary>
    private static int WriteCorpus(int count, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in SyntheticCorpus.Build(count))
        {
            File.WriteAllText(Path.Combine(directory, Path.GetFileName(file.Path)), file.Text);
        }
        Console.WriteLine($"{count} report files written to {directory}");
        return 0;
    }
}
