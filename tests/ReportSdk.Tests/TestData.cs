using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportSdk.Tests;

/// <summary>Paths to the seed texts and the gold key copied beside the test assembly.</summary>
internal static class TestData
{
    public static string SeedsDir => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string GoldDir => Path.Combine(AppContext.BaseDirectory, "Gold");

    public static IReadOnlyList<string> SeedFiles =>
        Directory.GetFiles(SeedsDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string Seed(string fileName) => File.ReadAllText(Path.Combine(SeedsDir, fileName));
}
