using System;
using System.IO;

namespace ReportSdk.Benchmarks.Corpus;

/// <summary>Finds the repository (seeds/, gold key) from wherever BenchmarkDotNet runs the process.</summary>
internal static class RepoPaths
{
    private static string? _root;

    /// <summary>The folder that holds ReportSdk.sln (or REPORTSDK_ROOT when set).</summary>
    public static string Root => _root ??= FindRoot();

    /// <summary>The bundled seed texts.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The gold key's report rows (line ranges of every report in the seeds).</summary>
    public static string GoldReports => Path.Combine(Root, "tests", "ReportSdk.Tests", "Gold", "reports.jsonl");

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("REPORTSDK_ROOT");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("ReportSdk.sln not found above " + AppContext.BaseDirectory + "; set REPORTSDK_ROOT.");
    }
}
