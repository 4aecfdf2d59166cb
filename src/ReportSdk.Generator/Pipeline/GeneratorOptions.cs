using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Emitting.Naming;

namespace ReportSdk.Generator.Pipeline;

/// <summary>The MSBuild properties the generator reads, reduced to a small equatable record.</summary>
/// <param name="Namespace">Namespace of generated code (a valid dotted C# name).</param>
/// <param name="EmitConstants">
/// True (the default, consumer projects): figures are also emitted as <c>const</c> in a nested <c>Values</c> class.
/// False (ReportSdk.dll itself): static properties, so a corrected figure in a newer package reaches old callers.
/// </param>
/// <param name="EmitDocs">
/// True when the compilation reads documentation comments (<c>DocumentationMode</c> Parse or Diagnose: the IDE, for
/// hover text, and builds that write an XML doc file, such as ReportSdk.dll itself); false for a plain command-line
/// build without a doc file (<c>DocumentationMode.None</c>), where the comments would only be scanned and thrown away
/// (they were about half of the compile time of a consumer's reports).
/// </param>
internal sealed record GeneratorOptions(string Namespace, bool EmitConstants, bool EmitDocs = true)
{
    /// <summary>
    /// Namespace used when neither ReportSdkNamespace nor RootNamespace is set (a bare csc call). Deliberately not
    /// ReportSdk.Reports: that is where the bundled reports live, and the same class names there would clash (CS0436).
    /// </summary>
    public const string FallbackNamespace = "Reports";

    /// <summary>Reads <c>build_property.ReportSdkNamespace</c>, <c>RootNamespace</c> and <c>ReportSdkEmitConstants</c>.</summary>
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        string? ns = Read(global, "build_property.ReportSdkNamespace");
        if (ns is null)
        {
            string? root = Read(global, "build_property.RootNamespace");
            ns = root is null ? FallbackNamespace : root + ".Reports";
        }
        bool emitConstants = !string.Equals(Read(global, "build_property.ReportSdkEmitConstants"), "false", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(IdentifierRules.ToNamespace(ns, FallbackNamespace), emitConstants);
    }

    /// <summary>The options with <see cref="EmitDocs"/> taken from the compilation's parse options.</summary>
    public GeneratorOptions WithDocs(Microsoft.CodeAnalysis.ParseOptions parse)
        => this with { EmitDocs = parse.DocumentationMode != Microsoft.CodeAnalysis.DocumentationMode.None };

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
