namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Model;

/// <summary>One generator run: the driver after it, the result and the compilation with the generated files.</summary>
internal sealed record DriverRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output, IReadOnlyList<Diagnostic> GeneratorDiagnostics)
{
    public static DriverRun Start(IEnumerable<AdditionalText> texts, System.Func<string, string, CancellationToken, ParsedFile>? parse = null,
        Dictionary<string, string>? options = null, Compilation? compilation = null)
    {
        var driver = GeneratorHarness.Driver(GeneratorHarness.Generator(parse), texts, options);
        return Next(driver, compilation ?? GeneratorHarness.Compilation());
    }

    public static DriverRun Next(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new DriverRun(driver, result, output, diagnostics);
    }

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), System.StringComparer.Ordinal);

    /// <summary>The run reasons of every output of a tracked step.</summary>
    public IncrementalStepRunReason[] Reasons(string step)
        => Result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : System.Array.Empty<IncrementalStepRunReason>();
}
