using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// The ids of the reports bundled in ReportSdk.dll, which the package passes as an AdditionalFile marked
/// <c>ReportSdkBundledReports</c> (one id a line), and the note (RSDK022) for a project's report that has one of them:
/// at run time the project's report replaces the bundled one in <c>ReportCatalog</c> queries.
/// </summary>
internal static class BundledReports
{
    /// <summary>The item metadata that marks an AdditionalFile as the list of bundled report ids.</summary>
    public const string ListMetadata = "build_metadata.AdditionalFiles.ReportSdkBundledReports";

    /// <summary>Whether the file's item metadata <c>ReportSdkBundledReports</c> is <c>true</c>.</summary>
    public static bool IsList(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        => SourceFiles.IsMarked(text, provider, ListMetadata);

    /// <summary>The ids a list file holds: trimmed non-empty lines (an unreadable file lists none).</summary>
    public static EquatableArray<string> Read(AdditionalText text, CancellationToken cancellationToken)
        => SourceFiles.Read(text, cancellationToken).Text.Split('\n')
            .Select(static line => line.Trim()).Where(static line => line.Length > 0).ToEquatableArray();

    /// <summary>All ids of all list files, distinct and in ordinal order, so the set does not depend on arrival order.</summary>
    public static EquatableArray<string> Sorted(IEnumerable<EquatableArray<string>> lists)
        => lists.SelectMany(static ids => ids).Distinct(StringComparer.Ordinal).OrderBy(static id => id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>RSDK022 at the report's first line when its id is one of <paramref name="bundled"/>; otherwise nothing.</summary>
    public static EquatableArray<DiagnosticInfo> Replacement(CatalogEntry entry, EquatableArray<string> bundled)
    {
        if (!bundled.Contains(entry.Id)) return EquatableArray<DiagnosticInfo>.Empty;
        var note = DiagnosticInfo.Create(DiagnosticDescriptors.ReplacesBundled, LocationInfo.AtLine(entry.FilePath, entry.StartLine - 1), entry.Id, entry.FileName);
        return new[] { note }.ToEquatableArray();
    }
}
