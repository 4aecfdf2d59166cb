using System;
using System.Diagnostics;
using System.Globalization;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Benchmarks.Generator;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Benchmarks.Profiling;

/// <summary>
/// Runs one workload in a loop for a while, to be sampled by EventPipe (see scripts/bench-profile.sh):
/// <c>generator</c> (full driver runs over the seeds, the whole corpus or N synthetic reports) or <c>parser</c>.
/// </summary>
internal static class Workload
{
    public static int Run(string name, int reports, double seconds)
    {
        var files = SeedReports.Select(reports);
        var texts = GeneratorHarness.Texts(files);
        var compilation = GeneratorHarness.Compilation();
        Microsoft.CodeAnalysis.GeneratorDriver? driver = null;
        var edited = GeneratorHarness.EditOneFigure(files[0]);
        bool editedIn = false;
        Action step = name switch
        {
            // One report edited in a warm driver (as the IDE runs it): the edit and its undo, one run each.
            "edit" => () =>
            {
                driver ??= GeneratorHarness.Driver(texts).RunGenerators(compilation);
                driver = editedIn ? driver.ReplaceAdditionalText(edited, texts[0]) : driver.ReplaceAdditionalText(texts[0], edited);
                driver = driver.RunGenerators(compilation);
                editedIn = !editedIn;
            },
            // A command-line rebuild through the compiler server with its generator cache (ReportSdkGeneratorCache=true):
            // the kept driver gets the build's AdditionalText objects anew (same content, read again), a new options
            // provider, the parse options and a new compilation, as CommonCompiler.RunGenerators hands them over.
            "rebuild" => () =>
            {
                driver ??= GeneratorHarness.Driver(texts, emitConstants: false, GeneratorHarness.CommandLineParseOptions).RunGenerators(compilation);
                driver = driver.WithUpdatedParseOptions(GeneratorHarness.CommandLineParseOptions)
                    .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(emitConstants: false))
                    .ReplaceAdditionalTexts(GeneratorHarness.Texts(files))
                    .RunGenerators(GeneratorHarness.Compilation());
            },
            "generator" => () => GeneratorHarness.Driver(texts).RunGenerators(compilation),
            // As in a command-line build of a consumer: no doc comments, no Values constants (the package's defaults).
            "build" => () => GeneratorHarness.Driver(texts, emitConstants: false, GeneratorHarness.CommandLineParseOptions).RunGenerators(compilation),
            "parser" => () =>
            {
                foreach (var f in files) ReportParser.Parse(f.Path, f.Text);
            },
            _ => throw new ArgumentException("workload is generator, build, rebuild, parser or edit", nameof(name)),
        };
        // The first run in a fresh process: JIT and tier-0 code, as in a compiler process started for one build.
        var first = Process.GetCurrentProcess();
        var firstCpu0 = first.TotalProcessorTime;
        long jit0 = System.Runtime.JitInfo.GetCompiledMethodCount(), jitTime0 = System.Runtime.JitInfo.GetCompilationTime().Ticks;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pause0 = GC.GetTotalPauseDuration();
        var firstWall = Stopwatch.StartNew();
        step();
        var collections = string.Create(CultureInfo.InvariantCulture,
            $"collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2) pausing {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms");
        long jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jit0;
        double jitMs = TimeSpan.FromTicks(System.Runtime.JitInfo.GetCompilationTime().Ticks - jitTime0).TotalMilliseconds;
        first.Refresh();
        double firstMs = firstWall.Elapsed.TotalMilliseconds, firstCpuMs = (first.TotalProcessorTime - firstCpu0).TotalMilliseconds;
        if (seconds <= 0)
        {
            // Only the cold run (for a profile of what a compiler process started for one build pays).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} over {SeedReports.Describe(reports)}: first run {firstMs:F1} ms wall, {firstCpuMs:F1} ms CPU, {jitted} methods JIT-compiled in {jitMs:F0} ms, {collections}"));
            return 0;
        }
        // Warm up past tier-0 JIT: at least 5 runs and 3 s (tier-1 code arrives from a background thread, late on a busy machine).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 5 || warm.Elapsed.TotalSeconds < 3; i++) step();
        // CPU time (all threads of this process) as well as wall time: on a shared, loaded machine the wall time
        // includes waiting for a core, the CPU time does not.
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: false);
        var sw = Stopwatch.StartNew();
        var runs = 0;
        while (sw.Elapsed.TotalSeconds < seconds || runs < 3)
        {
            step();
            runs++;
        }
        var wall = sw.Elapsed.TotalMilliseconds / runs;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / runs;
        var alloc = (GC.GetTotalAllocatedBytes(precise: false) - alloc0) / (double)runs / (1 << 20);
        var mb = SyntheticCorpus.Utf8Bytes(files) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} over {SeedReports.Describe(reports)} ({mb:F2} MB): first run {firstMs:F1} ms wall, {firstCpuMs:F1} ms CPU, {jitted} methods JIT-compiled in {jitMs:F0} ms, {collections}; then {runs} runs; per run {wall:F1} ms wall, {cpu:F1} ms CPU, {alloc:F1} MB allocated; {mb / (cpu / 1000):F1} MB/s of CPU time"));
        return 0;
    }
}
