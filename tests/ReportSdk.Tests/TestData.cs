using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportSdk.Tests;

/// <summary>Paths to the seed texts and the gold key copied beside the test assembly.</summary>
internal static class TestData
{
    /// <summary>The repository's seeds/ tree, copied beside the test assembly with its folders.</summary>
    public static string SeedsDir => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string GoldDir => Path.Combine(AppContext.BaseDirectory, "Gold");

    /// <summary>
    /// The gold key (an unchanged copy) names the seed files as they were first delivered; seeds/ keeps the same
    /// bytes under names that say what they hold.
    /// </summary>
    private static readonly Dictionary<string, string> GoldNames = new(StringComparer.Ordinal)
    {
        ["shijingshan-2023.txt"] = "000_62ff0b8abb6d0a09.txt",
        ["shijingshan-2025.txt"] = "001_e94c9dcc798e0ca7.txt",
        ["mentougou-2023.txt"] = "002_844469fc1023d5d4.txt",
        ["xicheng-2020.txt"] = "003_8a3e22de4e2354b3.txt",
        ["beijing-dongcheng-xicheng-2024.txt"] = "004_4aa231f6a7a5e3bf.txt",
    };

    /// <summary>The five files the gold key scores (seeds/beijing), in the key's order.</summary>
    public static IReadOnlyList<string> SeedFiles =>
        GoldNames.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => Path.Combine(SeedsDir, "beijing", p.Key)).ToArray();

    /// <summary>Every text under seeds/ (relative paths with '/'), in ordinal order.</summary>
    public static IReadOnlyList<string> AllSeedFiles =>
        Directory.GetFiles(SeedsDir, "*.txt", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SeedsDir, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>The name the gold key uses for a seed file.</summary>
    public static string GoldName(string fileName) => GoldNames.TryGetValue(fileName, out var gold) ? gold : fileName;

    /// <summary>A seed text by its file name (searched in every folder) or its path relative to seeds/.</summary>
    public static string Seed(string fileName) => File.ReadAllText(SeedPath(fileName));

    public static string SeedPath(string fileName)
    {
        string direct = Path.Combine(SeedsDir, fileName);
        if (File.Exists(direct)) return direct;
        return Directory.GetFiles(SeedsDir, Path.GetFileName(fileName), SearchOption.AllDirectories).Single();
    }
}
