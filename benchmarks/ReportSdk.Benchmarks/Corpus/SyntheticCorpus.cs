using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReportSdk.Benchmarks.Corpus;

/// <summary>
/// Synthetic corpora of N one-report files built from the seven seed reports: copy k is seed report
/// k mod 7 with its region renamed (石景山区 → 石景山乙丙区) so every copy has its own region and id.
/// Deterministic, so the benchmark, the build script and the throughput columns see the same bytes.
/// </summary>
internal static class SyntheticCorpus
{
    // Ten CJK "digits" that are not numerals, so renaming never creates a number the extractor would read.
    private const string Tags = "甲乙丙丁戊己庚辛壬癸";

    /// <summary>Builds N report files.</summary>
    public static IReadOnlyList<InputFile> Build(int count)
    {
        var seeds = SeedReports.Reports;
        var files = new List<InputFile>(count);
        for (var k = 0; k < count; k++)
        {
            var seed = seeds[k % seeds.Count];
            var copy = k / seeds.Count;
            var text = copy == 0 ? seed.Text : seed.Text.Replace(seed.Region, RenamedRegion(seed.Region, copy));
            var path = string.Create(CultureInfo.InvariantCulture, $"corpus/{k:D4}_{seed.Id}.txt");
            files.Add(new InputFile(path, text));
        }
        return files;
    }

    /// <summary>石景山区 with tag 12 → 石景山乙丙区: the level suffix (区, 市, 县) stays last.</summary>
    public static string RenamedRegion(string region, int copy)
    {
        var tag = new StringBuilder();
        foreach (var digit in copy.ToString(CultureInfo.InvariantCulture)) tag.Append(Tags[digit - '0']);
        return region.Substring(0, region.Length - 1) + tag + region.Substring(region.Length - 1);
    }

    /// <summary>Total UTF-8 size of a set of files.</summary>
    public static long Utf8Bytes(IReadOnlyList<InputFile> files)
    {
        long total = 0;
        foreach (var f in files) total += Encoding.UTF8.GetByteCount(f.Text);
        return total;
    }
}
