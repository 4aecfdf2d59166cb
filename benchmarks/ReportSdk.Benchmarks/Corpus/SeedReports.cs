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
        .GetFiles(RepoPaths.Seeds, "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new InputFile(Path.Combine("seeds", Path.GetFileName(p)), File.ReadAllText(p)))
        .ToArray();

    /// <summary>The seven reports (gold line ranges), each as its own text.</summary>
    public static IReadOnlyList<SeedReport> Reports => _reports ??= LoadReports();

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
            var lines = File.ReadAllText(Path.Combine(RepoPaths.Seeds, file)).Split('\n');
            var text = string.Join("\n", lines.Skip(start - 1).Take(end - start + 1)) + "\n";
            result.Add(new SeedReport(r.GetProperty("id").GetString()!, r.GetProperty("region").GetString()!, text));
        }
        return result;
    }
}
