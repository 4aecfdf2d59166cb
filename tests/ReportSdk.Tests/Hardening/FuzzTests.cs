namespace ReportSdk.Tests.Hardening;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Generator;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Property test over mutated seeds (see <see cref="Mutator"/>; <see cref="ProjectFuzzTests"/> mutates file names, item
/// metadata and .editorconfig severities instead): the generator never fails (no CS8785/AD0001, no
/// RSDK009), the generated code compiles without warnings (a sample of the cases, compiled in batches, each case
/// in its own namespace), and facts stated far from the mutation are still extracted.
/// <para>
/// CI runs <see cref="DefaultCases"/> cases. Long mode: <c>REPORTSDK_FUZZ_CASES=50000</c> (and optionally
/// <c>REPORTSDK_FUZZ_SEED</c>, <c>REPORTSDK_FUZZ_COMPILE_EVERY</c>) runs more; a failure prints the seed and case
/// to reproduce it with <c>REPORTSDK_FUZZ_SEED=… REPORTSDK_FUZZ_FIRST=case REPORTSDK_FUZZ_CASES=1</c>.
/// </para>
/// </summary>
public class FuzzTests
{
    public const int DefaultCases = 2000;
    public const int DefaultSeed = 20261121;
    public const int DefaultCompileEvery = 40;
    private const int CompileBatch = 5;

    /// <summary>Facts whose source line is this far (in characters) from the mutated window count as untouched.</summary>
    private const int Margin = 3000;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private sealed record Seed(string Path, string Text, SourceLine[] Lines, ReportModel[] Reports, (string Key, int Offset, int Report)[] Facts);

    [Fact]
    public void Mutated_seeds_never_break_the_generator_and_keep_untouched_facts()
    {
        int cases = Env("REPORTSDK_FUZZ_CASES", DefaultCases);
        int seed = Env("REPORTSDK_FUZZ_SEED", DefaultSeed);
        int first = Env("REPORTSDK_FUZZ_FIRST", 0);
        int compileEvery = Math.Max(1, Env("REPORTSDK_FUZZ_COMPILE_EVERY", DefaultCompileEvery));
        var seeds = TestData.SeedFiles.Select(LoadSeed).ToArray();

        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var batch = new List<SyntaxTree>();
        int compiled = 0, anchorsChecked = 0, batches = 0;
        double parseTime = 0;
        for (int k = first; k < first + cases; k++)
        {
            int caseSeed = unchecked(seed * 31 + k);
            var s = seeds[k % seeds.Length];
            var (text, start, end, cut, kinds) = new Mutator(caseSeed).Mutate(s.Text);
            string where = "case " + k + " (seed " + seed + ", " + System.IO.Path.GetFileName(s.Path) + ", window " + start + "-" + end + ", cut " + cut + ", " + kinds + ")";

            try
            {
                // Every case goes through the parser, the catalog planner and the emitter directly: an exception fails the case.
                var sw = Stopwatch.StartNew();
                var parsed = ReportParser.Parse(s.Path, text);
                parseTime += sw.Elapsed.TotalMilliseconds;
                foreach (var d in parsed.Diagnostics.Where(d => d.Id == "RSDK009")) failures.Add(where + ": " + string.Join(" ", d.MessageArgs));
                anchorsChecked += CheckAnchors(s, parsed, start, end, cut, where, failures);
                EmitDirectly(parsed);
            }
            catch (Exception ex)
            {
                failures.Add(where + ": " + ex);
            }

            // A sample goes through the Roslyn driver and the compiler (batched; each case in its own namespace).
            if (k % compileEvery == 0)
            {
                var run = DriverRun.Start(new[] { GeneratorHarness.Text(s.Path, text) }, null,
                    new Dictionary<string, string> { ["build_property.ReportSdkNamespace"] = "Fuzz.C" + k });
                if (run.Result.Exception is not null) failures.Add(where + ": generator threw " + run.Result.Exception);
                foreach (var d in run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "CS8784" or "AD0001" or "RSDK009"))
                {
                    failures.Add(where + ": " + d);
                }
                batch.AddRange(run.Output.SyntaxTrees.Where(t => t.FilePath != "Program.cs"));
                compiled++;
                if (compiled % CompileBatch == 0) Compile(batch, failures, ref batches);
            }
            if (failures.Count > 20) break;
        }
        Compile(batch, failures, ref batches);

        string summary = "fuzz: " + cases + " cases, " + compiled + " compiled in " + batches + " compilations, "
            + anchorsChecked + " untouched facts checked, seed " + seed + ", " + clock.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
        summary += " (parsing " + (int)parseTime + " ms)";
        _output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(failures.Count == 0, failures.Count + " failure(s):\n" + string.Join("\n", failures.Take(20)));
    }

    private static readonly GeneratorOptions Options = new("Fuzz", EmitConstants: true);

    private static void EmitDirectly(ParsedFile parsed)
    {
        var entries = parsed.Reports.Select((m, i) => CatalogEntry.Of(i, m)).ToImmutableArray();
        var plan = CatalogPlanner.Plan(entries, CancellationToken.None);
        foreach (var p in plan.Reports)
        {
            string code = ReportEmitter.Emit(new ReportUnit(parsed.Reports[p.Index], p, Options), CancellationToken.None).ToString();
            Assert.StartsWith("// <auto-generated/>", code, StringComparison.Ordinal);
        }
    }

    private static void Compile(List<SyntaxTree> trees, List<string> failures, ref int batches)
    {
        if (trees.Count == 0) return;
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(trees);
        var errors = GeneratorHarness.Failures(GeneratorHarness.Emit(compilation));
        if (errors.Length > 0) failures.Add("compilation of " + trees.Count + " generated files failed: " + string.Join("\n", errors.Take(5)));
        trees.Clear();
        batches++;
    }

    private static int CheckAnchors(Seed s, ParsedFile parsed, int start, int end, int cut, string where, List<string> failures)
    {
        // A report whose title block lies in the mutated window may legitimately disappear: its facts are not required.
        var lostTitles = new HashSet<int>();
        for (int r = 0; r < s.Reports.Length; r++)
        {
            int title = s.Lines[s.Reports[r].StartLine - 1].Start;
            if (title + 600 >= start - 200 && title <= end + 200) lostTitles.Add(r);
            if (title >= cut - 200) lostTitles.Add(r);
        }
        var found = new HashSet<string>(parsed.Reports.SelectMany(r => r.Facts).Select(Key), StringComparer.Ordinal);
        int checkedCount = 0;
        foreach (var (key, offset, report) in s.Facts)
        {
            if (lostTitles.Contains(report)) continue;
            if (offset > start - Margin && offset < end + Margin) continue;
            if (offset > cut - Margin) continue;
            checkedCount++;
            if (!found.Contains(key))
            {
                failures.Add(where + ": untouched fact lost: " + key + " (offset " + offset + ")");
                break;
            }
        }
        return checkedCount;
    }

    private static Seed LoadSeed(string path)
    {
        string text = File.ReadAllText(path);
        var lines = SourceLines.Split(text);
        var parsed = ReportParser.Parse(path, text);
        var reports = parsed.Reports.ToArray();
        var facts = new List<(string, int, int)>();
        for (int r = 0; r < reports.Length; r++)
        {
            foreach (var f in reports[r].Facts) facts.Add((Key(f), lines[f.Line - 1].Start, r));
        }
        Assert.NotEmpty(facts);
        return new Seed(path, text, lines, reports, facts.ToArray());
    }

    private static string Key(FactModel f) => f.Name + "=" + f.ValueText + f.Unit;

    private static int Env(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;
}
