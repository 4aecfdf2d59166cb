using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Benchmarks.Generator;

namespace ReportSdk.Benchmarks.Profiling;

/// <summary>
/// What compiling the generated C# costs (the consumer-build lever of issue 12), in process and by CPU time, so it
/// can be read on a busy machine too: the generator's output for N reports is parsed and emitted by Roslyn as csc
/// would (documentation mode None, as without GenerateDocumentationFile), once as generated and once per variant
/// that leaves one part out (the doc comments, the <c>Values</c> constants, the data literals, the typed fact
/// properties), to show which part the compiler pays for.
/// </summary>
internal static class CompileCost
{
    public static int Run(int reports, double seconds)
    {
        var files = SeedReports.Select(reports);
        var texts = GeneratorHarness.Texts(files);
        var compilation = GeneratorHarness.Compilation();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ReportSdk.Report).Assembly.Location))
            .ToArray();
        string[] Generated(bool constants) => GeneratorHarness.Driver(texts, constants).RunGenerators(compilation).GetRunResult()
            .Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()).ToArray();
        var asGenerated = Generated(true);
        var variants = new (string Name, string[] Sources)[]
        {
            ("as generated (constants on)", asGenerated),
            ("without /// doc comments", asGenerated.Select(WithoutDocComments).ToArray()),
            ("constants off (no Values class)", Generated(false)),
            ("no docs, constants off", Generated(false).Select(WithoutDocComments).ToArray()),
            ("no docs, consts off, annotations only", Generated(false).Select(WithoutDocComments).Select(s => s.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal)).ToArray()),
            ("no docs, empty table literals", asGenerated.Select(WithoutDocComments).Select(WithoutTables).ToArray()),
            ("no docs, no fact properties", asGenerated.Select(WithoutDocComments).Select(WithoutFactProps).ToArray()),
            ("no docs, consts off, no fact props", Generated(false).Select(WithoutDocComments).Select(WithoutFactProps).ToArray()),
            ("empty (the user file only)", Array.Empty<string>()),
        };
        Console.WriteLine($"compile of the generated C# for {SeedReports.Describe(reports)}, {seconds} s per variant:");
        foreach (var (name, sources) in variants)
        {
            long chars = sources.Sum(s => (long)s.Length);
            Func<int> step = () => Compile(sources, references);
            int errors = step();
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < Math.Min(2, seconds)) step();
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            int runs = 0;
            while (sw.Elapsed.TotalSeconds < seconds || runs < 2)
            {
                step();
                runs++;
            }
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-34} {chars / 1e6,7:F2} M chars: {(process.TotalProcessorTime - cpu0).TotalMilliseconds / runs,8:F0} ms CPU, {sw.Elapsed.TotalMilliseconds / runs,8:F0} ms wall per parse + emit ({runs} runs, {errors} errors)"));
        }
        return 0;
    }

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None);

    private static int Compile(string[] sources, MetadataReference[] references)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, Parse))
            .Append(CSharpSyntaxTree.ParseText("public static class Program { public static void Main() { } }", Parse));
        var compilation = CSharpCompilation.Create("Consumer", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        var result = compilation.Emit(Stream.Null);
        return result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    // The two data literals emptied (what compiling the report's strings and table costs).
    private static string WithoutTables(string source)
        => System.Text.RegularExpressions.Regex.Replace(source, "(__text|__table) => \"[^\n]*\";", "$1 => \"\";");

    // The typed fact properties (=> __fact(i)) left out.
    private static string WithoutFactProps(string source)
        => string.Join("\n", source.Split('\n').Where(l => !(l.TrimStart().StartsWith("public static global::ReportSdk.Indicator ", StringComparison.Ordinal) && l.Contains("__fact("))));

    private static string WithoutDocComments(string source)
        => string.Join("\n", source.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)));
}
