namespace ReportSdk.Tests.Generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;

/// <summary>Runs the generator in a CSharpGeneratorDriver and compiles what it produces.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Append(typeof(ReportSdk.Report).Assembly.Location)
            .Distinct(StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> MetadataReferences => References.Value;

    /// <summary>A compilation with one ordinary C# file, as a consumer project would have.</summary>
    public static CSharpCompilation Compilation(string code = "namespace App { /// <summary>The app.</summary>\n public static class Program { /// <summary>Entry.</summary>\n public static int Main() => 0; } }")
        => CSharpCompilation.Create("App",
            new[] { CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Program.cs") },
            MetadataReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));

    public static ReportGenerator Generator(Func<string, string, CancellationToken, ParsedFile>? parse = null)
        => parse is null ? new ReportGenerator() : new ReportGenerator(parse);

    public static GeneratorDriver Driver(ReportGenerator generator, IEnumerable<AdditionalText> texts, IDictionary<string, string>? globalOptions = null)
        => Driver(generator, texts, OptionsFor(globalOptions));

    /// <summary>The options provider the harness's drivers get (a new instance per call, as each build's compiler makes).</summary>
    public static AnalyzerConfigOptionsProvider OptionsFor(IDictionary<string, string>? globalOptions = null)
        => new OptionsProvider(globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" });

    /// <summary>A driver with an options provider of the caller's (per-file item metadata, global properties).</summary>
    public static GeneratorDriver Driver(ReportGenerator generator, IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options)
        => CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Compiles the output (with an XML documentation file, so missing docs count) and returns every diagnostic.</summary>
    public static ImmutableArray<Diagnostic> Emit(Compilation compilation)
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: xml);
        return result.Diagnostics;
    }

    /// <summary>
    /// Compiles the output and fails with every diagnostic that would fail a TreatWarningsAsErrors build; then again
    /// with the generated files under <c>#nullable enable</c> (they ship with annotations only, so the compiler's
    /// nullable flow analysis of their bodies is checked here instead).
    /// </summary>
    public static void AssertCompiles(Compilation compilation)
    {
        var failures = Failures(Emit(compilation));
        Xunit.Assert.True(failures.Length == 0, failures.Length + " diagnostics:\n" + string.Join("\n", failures.Take(20)));
        var strict = compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            string text = tree.ToString();
            if (!text.Contains(ReportSdk.Generator.Emitting.GeneratedCodeInfo.NullableContext + "\n", StringComparison.Ordinal)) continue;
            var flow = CSharpSyntaxTree.ParseText(text.Replace(ReportSdk.Generator.Emitting.GeneratedCodeInfo.NullableContext + "\n", "#nullable enable\n", StringComparison.Ordinal),
                (CSharpParseOptions)tree.Options, tree.FilePath);
            strict = strict.ReplaceSyntaxTree(tree, flow);
        }
        failures = Failures(Emit(strict));
        Xunit.Assert.True(failures.Length == 0, "with #nullable enable: " + failures.Length + " diagnostics:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// The typed fact members of the year classes in generated C# (class and member name, in declaration order):
    /// <c>Indicator</c> fields (the default shape) or properties (<c>ReportSdkLazyFacts=true</c>).
    /// </summary>
    public static (string Class, string Name)[] FactMembers(string source)
    {
        var members = new List<(string, string)>();
        foreach (var node in CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantNodes())
        {
            if (node is not MemberDeclarationSyntax { Parent: ClassDeclarationSyntax year } member
                || !year.Identifier.Text.StartsWith('Y') || !member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword))) continue;
            if (member is PropertyDeclarationSyntax p && IsIndicator(p.Type)) members.Add((year.Identifier.Text, p.Identifier.Text));
            if (member is FieldDeclarationSyntax f && IsIndicator(f.Declaration.Type))
            {
                foreach (var v in f.Declaration.Variables) members.Add((year.Identifier.Text, v.Identifier.Text));
            }
        }
        return members.ToArray();

        static bool IsIndicator(TypeSyntax type) => type.ToString() == "global::ReportSdk.Indicator";
    }

    /// <summary>Diagnostics that would fail a TreatWarningsAsErrors build.</summary>
    public static string[] Failures(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => d.ToString()).ToArray();

    public static AdditionalText Text(string path, string text, bool reportSource = true) => new InMemoryText(path, text, reportSource);

    /// <summary>An <c>.editorconfig</c> as the package passes it: an AdditionalFile marked ReportSdkEditorConfig.</summary>
    public static AdditionalText EditorConfig(string path, string text) => new InMemoryText(path, text, reportSource: false, editorConfig: true);

    /// <summary>The package's list of bundled report ids: an AdditionalFile marked ReportSdkBundledReports.</summary>
    public static AdditionalText BundledList(string path, string text) => new InMemoryText(path, text, reportSource: false) { BundledList = true };

    /// <summary>A report source with ReportSource item metadata (Region, Year, Date, Speaker).</summary>
    public static AdditionalText Text(string path, string text, IDictionary<string, string> itemMetadata)
        => new InMemoryText(path, text, reportSource: true, itemMetadata: itemMetadata);

    /// <summary>A report source whose text the compiler cannot give (GetText returns null: a missing file, a directory).</summary>
    public static AdditionalText Unreadable(string path) => new InMemoryText(path, null, reportSource: true);

    /// <summary>The seed copies beside the test assembly, as AdditionalFiles with ReportSdkSource=true.</summary>
    public static AdditionalText[] Seeds() => TestData.SeedFiles.Select(p => Text(p, File.ReadAllText(p))).ToArray();

    internal sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryText(string path, string? text, bool reportSource, bool editorConfig = false, IDictionary<string, string>? itemMetadata = null)
        {
            EditorConfig = editorConfig;
            Path = path;
            _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
            ReportSource = reportSource;
            ItemMetadata = itemMetadata;
        }

        public IDictionary<string, string>? ItemMetadata { get; }

        public override string Path { get; }

        public bool ReportSource { get; }

        public bool EditorConfig { get; }

        public bool BundledList { get; init; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Source = new(new Dictionary<string, string> { [ReportGenerator.SourceMetadata] = "true" });
        private static readonly Options NotSource = new(new Dictionary<string, string>());
        private static readonly Options EditorConfigFile = new(new Dictionary<string, string> { [SeverityConfig.EditorConfigMetadata] = "true" });
        private static readonly Options BundledListFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ReportSdkBundledReports"] = "true" });

        public OptionsProvider(IDictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NotSource;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            if (textFile is InMemoryText { EditorConfig: true }) return EditorConfigFile;
            if (textFile is InMemoryText { BundledList: true }) return BundledListFile;
            if (textFile is not InMemoryText { ReportSource: true } text) return NotSource;
            if (text.ItemMetadata is null) return Source;
            var values = new Dictionary<string, string> { [ReportGenerator.SourceMetadata] = "true" };
            foreach (var pair in text.ItemMetadata) values["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
            return new Options(values);
        }
    }

    /// <summary>Fixed key/value options.</summary>
    internal sealed class Options : AnalyzerConfigOptions
    {
        private readonly IDictionary<string, string> _values;

        public Options(IDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
