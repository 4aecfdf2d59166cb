using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Pipeline;

/// <summary>Selects the AdditionalFiles that are report sources and reads their text once.</summary>
internal static class SourceFiles
{
    /// <summary>The item metadata that marks an AdditionalFile as a report source.</summary>
    public const string SourceMetadata = "build_metadata.AdditionalFiles.ReportSdkSource";

    /// <summary>
    /// Whether the file's item metadata <c>ReportSdkSource</c> is <c>true</c>, or the package's targets list it as a
    /// <c>ReportSource</c> item (the compiler loses the metadata of files whose names hold [ ] { } , * ?).
    /// </summary>
    public static bool IsReportSource(AdditionalText text, AnalyzerConfigOptionsProvider provider, SourceItems items)
        => IsMarked(text, provider, SourceMetadata) || items.Contains(text.Path);

    /// <summary>Whether the file's item metadata <paramref name="metadata"/> (<c>build_metadata.AdditionalFiles.…</c>) is <c>true</c>.</summary>
    public static bool IsMarked(AdditionalText text, AnalyzerConfigOptionsProvider provider, string metadata)
        => provider.GetOptions(text).TryGetValue(metadata, out var value)
           && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ReportSource item metadata the package makes visible (ReportSdk.props).</summary>
    private const string ItemPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>The file's path, text and item metadata; a file the compiler cannot give the text of keeps the reason (RSDK010).</summary>
    public static SourceFile Read(AdditionalText text, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var file = Read(text, cancellationToken);
        var options = provider.GetOptions(text);
        var metadata = new ItemMetadata(Value(options, "Region"), Value(options, "Year"), Value(options, "Date"), Value(options, "Speaker"));
        return metadata == ItemMetadata.None ? file : file with { Metadata = metadata };
    }

    private static string? Value(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(ItemPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The file's path and text; a file the compiler cannot give the text of keeps the reason (RSDK010).</summary>
    public static SourceFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            var source = text.GetText(cancellationToken);
            return source is null
                ? new SourceFile(text.Path, string.Empty, "the compiler could not read it (a missing file, a directory, or text in an unknown encoding)")
                : new SourceFile(text.Path, source.ToString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SourceFile(text.Path, string.Empty, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
