using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Benchmarks.Generator;

namespace ReportSdk.Benchmarks.Profiling;

/// <summary>
/// What the incremental benchmarks make the generator redo: runs the seeds, applies the same one-report edit as
/// <c>GeneratorIncrementalBenchmarks</c>, and prints each named step's output run reasons (Cached, Unchanged,
/// Modified, New, Removed) and the generated sources of the second run.
/// </summary>
internal static class StepReasons
{
    public static int Print(int reports, int edits = 40)
    {
        var files = SeedReports.Select(reports);
        var texts = GeneratorHarness.Texts(files);
        var compilation = GeneratorHarness.Compilation();
        GeneratorDriver Create(bool track) => CSharpGeneratorDriver.Create(
            new[] { new ReportSdk.Generator.ReportGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions,
            GeneratorHarness.OptionsFor(), new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
        var edited = GeneratorHarness.EditOneFigure(files[0]);
        // Timed as the compiler and the IDE run it (no step tracking); warm as the workload harness's figures are: at
        // least 10 rounds and 3 s first, so the tiered JIT's optimized code has replaced the first, unoptimized one (after
        // 10 rounds alone the mean of 400 runs still held that code: 9.3-10.1 ms against 5.9 ms for the anhui edit).
        var driver = Create(track: false).RunGenerators(compilation);
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10 || warm.Elapsed.TotalSeconds < 3; i++)
        {
            driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
            driver = driver.ReplaceAdditionalText(edited, texts[0]).RunGenerators(compilation);
        }
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < edits / 2; i++)
        {
            driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
            driver = driver.ReplaceAdditionalText(edited, texts[0]).RunGenerators(compilation);
        }
        process.Refresh();
        Console.WriteLine($"one-report edit ({files[0].Path}, {files[0].Text.Length} chars): {sw.Elapsed.TotalMilliseconds / (edits / 2 * 2):F1} ms wall, {(process.TotalProcessorTime - cpu0).TotalMilliseconds / (edits / 2 * 2):F1} ms CPU per run (mean of {edits / 2 * 2} warm runs, no step tracking)");
        // Which steps re-ran: the same edit with step tracking.
        driver = Create(track: true).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];
        foreach (var (name, steps) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}={g.Count()}");
            Console.WriteLine($"{name,-26} {string.Join(" ", reasons)}");
        }
        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}={g.Count()}");
            Console.WriteLine($"output {name,-19} {string.Join(" ", reasons)}");
        }
        return 0;
    }
}
