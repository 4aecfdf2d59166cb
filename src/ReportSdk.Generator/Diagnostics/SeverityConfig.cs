using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>An <c>.editorconfig</c> file the package passes to the generator (path and text).</summary>
internal sealed record ConfigFile(string Path, string Text);

/// <summary>
/// Applies <c>dotnet_diagnostic.RSDKnnn.severity</c> from <c>.editorconfig</c> sections to diagnostics located in report
/// files. The compiler applies editorconfig sections only to diagnostics in C# syntax trees, and does not show the
/// <c>dotnet_diagnostic</c> keys to generators; so the package passes the project's <c>.editorconfig</c> files as
/// AdditionalFiles marked <c>ReportSdkEditorConfig</c>, and this class reads them with Roslyn's own
/// <see cref="AnalyzerConfigSet"/> (same section matching, same precedence between files). <c>NoWarn</c>,
/// <c>WarningsAsErrors</c>, <c>TreatWarningsAsErrors</c> and <c>.globalconfig</c> are applied by the compiler on top.
/// </summary>
internal static class SeverityConfig
{
    /// <summary>The item metadata that marks an AdditionalFile as an editorconfig file for the generator.</summary>
    public const string EditorConfigMetadata = "build_metadata.AdditionalFiles.ReportSdkEditorConfig";

    /// <summary>Whether the file's item metadata <c>ReportSdkEditorConfig</c> is <c>true</c>.</summary>
    public static bool IsEditorConfig(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        => Pipeline.SourceFiles.IsMarked(text, provider, EditorConfigMetadata);

    /// <summary>The file's path and text (empty when it cannot be read: it then configures nothing).</summary>
    public static ConfigFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return new ConfigFile(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ConfigFile(text.Path, string.Empty);
        }
    }

    /// <summary>The files in path order, so the result does not depend on the order they arrive in.</summary>
    public static EquatableArray<ConfigFile> Sorted(IEnumerable<ConfigFile> files)
        => files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// The diagnostics with the severity configured for their file: dropped for <c>none</c>, set (and enabled, for
    /// RSDK007) for <c>silent</c>, <c>suggestion</c>, <c>warning</c> and <c>error</c>, unchanged otherwise.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Apply(EquatableArray<DiagnosticInfo> diagnostics, EquatableArray<ConfigFile> configs)
    {
        if (diagnostics.Count == 0 || configs.Count == 0) return diagnostics;
        var set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList());
        var byPath = new Dictionary<string, AnalyzerConfigOptionsResult>(StringComparer.Ordinal);
        var result = new List<DiagnosticInfo>(diagnostics.Count);
        foreach (var info in diagnostics)
        {
            if (info.Location is not { } location)
            {
                result.Add(info);
                continue;
            }
            if (!byPath.TryGetValue(location.FilePath, out var options))
            {
                options = set.GetOptionsForSourcePath(location.FilePath);
                byPath.Add(location.FilePath, options);
            }
            switch (Configured(options, info.Id))
            {
                case null or ReportDiagnostic.Default:
                    result.Add(info);
                    break;
                case ReportDiagnostic.Suppress:
                    break;
                case ReportDiagnostic.Error:
                    result.Add(info.WithSeverity(DiagnosticSeverity.Error));
                    break;
                case ReportDiagnostic.Warn:
                    result.Add(info.WithSeverity(DiagnosticSeverity.Warning));
                    break;
                case ReportDiagnostic.Info:
                    result.Add(info.WithSeverity(DiagnosticSeverity.Info));
                    break;
                default:
                    result.Add(info.WithSeverity(DiagnosticSeverity.Hidden));
                    break;
            }
        }
        return result.ToEquatableArray();
    }

    // Section keys are case-insensitive (the parser lower-cases them).
    private static ReportDiagnostic? Configured(AnalyzerConfigOptionsResult options, string id)
    {
        if (options.TreeOptions.TryGetValue(id, out var exact)) return exact;
        foreach (var pair in options.TreeOptions)
        {
            if (string.Equals(pair.Key, id, StringComparison.OrdinalIgnoreCase)) return pair.Value;
        }
        return null;
    }
}
