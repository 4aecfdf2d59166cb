using System;
using System.IO;

namespace ReportSdk.PackageTests;

/// <summary>Locates the clone the tests run from (the directory holding ReportSdk.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string RuntimeProject => Path.Combine(Root, "src", "ReportSdk", "ReportSdk.csproj");

    /// <summary>One of the five original seed texts.</summary>
    public static string Seed(string name) => Path.Combine(Root, "seeds", "beijing", name);

    public static string GoldIndicators => Path.Combine(Root, "tests", "ReportSdk.Tests", "Gold", "indicators.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"ReportSdk.sln not found above {AppContext.BaseDirectory}.");
    }
}
