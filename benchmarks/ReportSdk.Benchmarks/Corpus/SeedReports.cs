using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ReportSdk.Benchmarks.Corpus;

/// <summary>A named input text, as the generator sees an AdditionalFile.</summary>
/// <param name="Path">File path given to the generator.</param>
/// <param name="Text">Its text.</param>
internal sealed record InputFile(string Path, string Text);

/// <summary>One report cut out of a seed file by the gold key's line range.</summary>
/// <param name="Id">Gold id, e.g. shijingshan-2023.</param>
/// <param name="Region">Region in Chinese, e.g. 石景山区.</param>
/// <param name="Text">The report's lines only (no web furniture, no table of contents).</param>
internal sealed record SeedReport(string Id, string Region, string Text);

/// <summary>The seed files as they are, and the seven reports they hold as separate texts.</summary>
internal static class SeedReports
{
    private static IReadOnlyList<InputFile>? _files;
    private static IReadOnlyList<SeedReport>? _reports;

    /// <summary>The five seed files, unchanged, ordered by name.</summary>
    public static IReadOnlyList<InputFile> Files => _files ??= Directory
        .GetFiles(Path.Combine(RepoPaths.Seeds, "beijing"), "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new InputFile(Path.Combine("seeds", "beijing", Path.GetFileName(p)), File.ReadAllText(p)))
        .ToArray();

    private static IReadOnlyList<InputFile>? _corpus;

    /// <summary>
    /// The whole bundled corpus: every text under seeds/ (the Beijing seeds, the national reports, the provinces, the
    /// county series) except seeds/duplicates, which is a second copy and not bundled; ordered by path.
    /// </summary>
    public static IReadOnlyList<InputFile> Corpus => _corpus ??= Directory
        .GetFiles(RepoPaths.Seeds, "*.txt", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(RepoPaths.Seeds, p).Replace('\\', '/'))
        .Where(p => !p.StartsWith("duplicates/", StringComparison.Ordinal))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new InputFile("seeds/" + p, File.ReadAllText(Path.Combine(RepoPaths.Seeds, p))))
        .ToArray();

    /// <summary>Inputs by a count: -1 the whole corpus, 0 the five seed files, N a synthetic corpus of N reports.</summary>
    public static IReadOnlyList<InputFile> Select(int reports)
        => reports < 0 ? Corpus : reports == 0 ? Files : SyntheticCorpus.Build(reports);

    /// <summary>What <see cref="Select"/> gives, in words.</summary>
    public static string Describe(int reports) => reports < 0 ? "the whole corpus" : reports == 0 ? "the seeds" : reports + " reports";

    /// <summary>The seven reports (gold line ranges), each as its own text.</summary>
    public static IReadOnlyList<SeedReport> Reports => _reports ??= LoadReports();

    // The gold key names the seed files as first delivered; seeds/beijing holds the same bytes under readable names.
    private static readonly Dictionary<string, string> GoldFiles = new(StringComparer.Ordinal)
    {
        ["000_62ff0b8abb6d0a09.txt"] = "shijingshan-2023.txt",
        ["001_e94c9dcc798e0ca7.txt"] = "shijingshan-2025.txt",
        ["002_844469fc1023d5d4.txt"] = "mentougou-2023.txt",
        ["003_8a3e22de4e2354b3.txt"] = "xicheng-2020.txt",
        ["004_4aa231f6a7a5e3bf.txt"] = "beijing-dongcheng-xicheng-2024.txt",
    };

    private static IReadOnlyList<SeedReport> LoadReports()
    {
        var result = new List<SeedReport>();
        foreach (var line in File.ReadLines(RepoPaths.GoldReports))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            var file = r.GetProperty("file").GetString()!;
            var start = r.GetProperty("startLine").GetInt32();
            var end = r.GetProperty("endLine").GetInt32();
            var lines = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "beijing", GoldFiles[file])).Split('\n');
            var text = string.Join("\n", lines.Skip(start - 1).Take(end - start + 1)) + "\n";
            result.Add(new SeedReport(r.GetProperty("id").GetString()!, r.GetProperty("region").GetString()!, text));
        }
        return result;
    }
}
