using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Benchmarks.Generator;

/// <summary>
/// A full generator run, warm, in process, over the whole bundled corpus (every text under seeds/, ≈ 6 MB) and over
/// the five Beijing seed files (7 reports); and the parser alone over the same inputs.
/// </summary>
[MemoryDiagnoser]
public class GeneratorCorpusBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private IReadOnlyList<InputFile> _files = null!;

    /// <summary>-1 = the whole corpus, 0 = the five seed files.</summary>
    [Params(-1, 0)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorHarness.Compilation();
        _files = SeedReports.Select(Reports);
        _texts = GeneratorHarness.Prepare(SeedReports.Describe(Reports), _files, _compilation);
    }

    /// <summary>A fresh driver each time: parse every file, emit every report (what a clean build does).</summary>
    [Benchmark(Baseline = true, Description = "Generator: full run")]
    public GeneratorDriver FullRun() => GeneratorHarness.Driver(_texts).RunGenerators(_compilation);

    /// <summary>The parser alone (ReportParser.Parse on every file, no driver, no emitter): its share of the full run.</summary>
    [Benchmark(Description = "Parser only")]
    public int ParseOnly()
    {
        var reports = 0;
        foreach (var file in _files) reports += ReportParser.Parse(file.Path, file.Text).Reports.Count;
        return reports;
    }
}

/// <summary>Full runs over synthetic corpora of N one-report files: time and allocations should grow linearly.</summary>
[MemoryDiagnoser]
public class GeneratorScalingBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;

    [Params(10, 100, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorHarness.Compilation();
        _texts = GeneratorHarness.Prepare("corpus " + Reports, SyntheticCorpus.Build(Reports), _compilation);
    }

    [Benchmark(Description = "Generator: N reports, full run")]
    public GeneratorDriver FullRun() => GeneratorHarness.Driver(_texts).RunGenerators(_compilation);
}

/// <summary>
/// Re-running a warm driver after an edit, as the IDE does on every keystroke. Each invocation toggles between two
/// versions, so every run sees a real change. Measured on the seeds and on 100 reports: the cost of an edit should
/// not depend on how many other reports there are.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilationA = null!;
    private CSharpCompilation _compilationB = null!;
    private AdditionalText _reportA = null!;
    private AdditionalText _reportB = null!;
    private bool _flip;

    /// <summary>-1 = the whole corpus, 0 = the five seed files; otherwise a synthetic corpus of that many reports.</summary>
    [Params(-1, 0, 100)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<InputFile> files = SeedReports.Select(Reports);
        var texts = GeneratorHarness.Texts(files);
        _compilationA = GeneratorHarness.Compilation();
        var tree = _compilationA.SyntaxTrees[0];
        _compilationB = _compilationA.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(
            new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// an unrelated edit\n"))));
        _reportA = texts[0];
        _reportB = GeneratorHarness.EditOneFigure(files[0]);
        _driver = GeneratorHarness.Driver(texts).RunGenerators(_compilationA);
    }

    /// <summary>An edit to a .cs file that has nothing to do with reports: should be all cached.</summary>
    [Benchmark(Description = "Generator: rerun after unrelated .cs edit")]
    public GeneratorDriver UnrelatedCsEdit()
    {
        _flip = !_flip;
        _driver = _driver.RunGenerators(_flip ? _compilationB : _compilationA);
        return _driver;
    }

    /// <summary>One report's text changes: only that file is parsed and emitted again.</summary>
    [Benchmark(Description = "Generator: rerun after editing one report")]
    public GeneratorDriver OneReportEdit()
    {
        _flip = !_flip;
        _driver = _flip ? _driver.ReplaceAdditionalText(_reportA, _reportB) : _driver.ReplaceAdditionalText(_reportB, _reportA);
        _driver = _driver.RunGenerators(_compilationA);
        return _driver;
    }
}
