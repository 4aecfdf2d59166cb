using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Benchmarks.Corpus;
using ReportSdk.Generator;

namespace ReportSdk.Benchmarks.Generator;

/// <summary>
/// Runs the report generator in process as the compiler does: a <see cref="CSharpGeneratorDriver"/> over a small
/// compilation, the report files as AdditionalFiles and the same MSBuild options a consumer project passes.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>As a command-line build without an XML doc file parses (no doc comments are generated).</summary>
    public static readonly CSharpParseOptions CommandLineParseOptions = ParseOptions.WithDocumentationMode(DocumentationMode.None);

    /// <summary>A one-file user compilation; <paramref name="userCode"/> lets a benchmark edit it.</summary>
    public static CSharpCompilation Compilation(string userCode = "namespace App; public static class Program { public static void Main() { } }")
        => CSharpCompilation.Create(
            "BenchApp",
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "Program.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    /// <summary>A fresh driver (no cached state) for the given files.</summary>
    public static GeneratorDriver Driver(IReadOnlyList<AdditionalText> texts, bool emitConstants = true, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new ReportGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            OptionsFor(emitConstants),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The analyzer config options a consumer project passes.</summary>
    public static AnalyzerConfigOptionsProvider OptionsFor(bool emitConstants = true) => new OptionsProvider(emitConstants);

    /// <summary>The same file with one figure in the middle of its text changed (a digit becomes another).</summary>
    public static AdditionalText EditOneFigure(InputFile original)
    {
        var i = original.Text.IndexOfAny("123456789".ToCharArray(), original.Text.Length / 2);
        var edited = original.Text.Substring(0, i) + (original.Text[i] == '9' ? '8' : (char)(original.Text[i] + 1)) + original.Text.Substring(i + 1);
        return new InMemoryText(original.Path, edited);
    }

    /// <summary>Wraps input files as AdditionalFiles.</summary>
    public static ImmutableArray<AdditionalText> Texts(IEnumerable<InputFile> files)
        => files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>
    /// Wraps the files as AdditionalFiles and runs the generator once, printing input and output sizes (and the
    /// number of distinct report ids found, which shows that a synthetic corpus really holds that many reports).
    /// </summary>
    public static ImmutableArray<AdditionalText> Prepare(string label, IReadOnlyList<InputFile> files, CSharpCompilation compilation)
    {
        var texts = Texts(files);
        var (outFiles, chars) = OutputSize(Driver(texts).RunGenerators(compilation));
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var report in ReportSdk.Generator.Parsing.ReportParser.Parse(file.Path, file.Text).Reports) ids.Add(report.Id);
        }
        System.Console.WriteLine($"// {label}: {files.Count} files, {SyntheticCorpus.Utf8Bytes(files)} bytes in, {ids.Count} distinct report ids; {outFiles} generated files, {chars} chars out");
        return texts;
    }

    /// <summary>Total size of the generated C# of one run (UTF-16 chars), to report the output's size.</summary>
    public static (int Files, long Chars) OutputSize(GeneratorDriver driver)
    {
        var run = driver.GetRunResult();
        long chars = 0;
        var files = 0;
        foreach (var result in run.Results)
        {
            foreach (var source in result.GeneratedSources)
            {
                files++;
                chars += source.SourceText.Length;
            }
        }
        return (files, chars);
    }

    /// <summary>An AdditionalFile held in memory.</summary>
    internal sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The analyzer config a consumer's build passes (ReportSdk props): namespace, constants, item flag.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly Options _file = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ReportSdkSource"] = "true",
        });

        public OptionsProvider(bool emitConstants)
        {
            _global = new Options(new Dictionary<string, string>
            {
                ["build_property.ReportSdkNamespace"] = "BenchApp.Reports",
                ["build_property.ReportSdkEmitConstants"] = emitConstants ? "true" : "false",
                ["build_property.RootNamespace"] = "BenchApp",
                ["build_property.AssemblyName"] = "BenchApp",
            });
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = null;
            return false;
        }
    }
}
