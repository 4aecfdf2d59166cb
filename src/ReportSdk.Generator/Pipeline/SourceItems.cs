using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// The project's <c>ReportSource</c> items as the package's targets describe them in the
/// <c>ReportSdkSourceItems</c> property: the readable files (read as report sources even when the compiler lost their
/// item metadata, as it does for names with [ ] { } , * ?) and a diagnostic for each bad item.
/// </summary>
/// <param name="Files">Full paths of the items that are readable files.</param>
/// <param name="Diagnostics">RSDK011–RSDK015, one per bad item.</param>
internal sealed record SourceItems(EquatableArray<string> Files, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The property the package's targets fill: <c>state:full path</c> entries separated by |.</summary>
    public const string Property = "build_property.ReportSdkSourceItems";

    /// <summary>No items described (a project without the package's targets).</summary>
    public static readonly SourceItems None = new(EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>Whether <paramref name="path"/> is one of the readable files.</summary>
    public bool Contains(string path)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file, path, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Reads the property (see the package's ReportSdk.targets for the format).</summary>
    public static SourceItems From(AnalyzerConfigOptionsProvider provider)
        => provider.GlobalOptions.TryGetValue(Property, out var value) && !string.IsNullOrWhiteSpace(value) ? Parse(value) : None;

    /// <summary>Parses <c>state:path|state:path…</c> (% # | in paths written as %25 %23 %7C).</summary>
    public static SourceItems Parse(string value)
    {
        var files = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in value.Split('|'))
        {
            int colon = entry.IndexOf(':');
            if (colon <= 0) continue;
            string state = entry.Substring(0, colon).Trim();
            string path = Decode(entry.Substring(colon + 1).Trim());
            if (path.Length == 0) continue;
            if (counts.TryGetValue(path, out int seen))
            {
                counts[path] = seen + 1;
                continue;
            }
            counts.Add(path, 1);
            order.Add(path);
            var descriptor = state switch
            {
                "missing" => DiagnosticDescriptors.MissingSource,
                "folder" => DiagnosticDescriptors.FolderSource,
                "quote" => DiagnosticDescriptors.UnpassableName,
                "nul" => DiagnosticDescriptors.NulBytes,
                _ => null,
            };
            if (descriptor is not null) diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.AtLine(path, 0), path));
            else if (state == "file") files.Add(path);
        }
        foreach (var path in order)
        {
            int count = counts[path];
            if (count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSource, LocationInfo.AtLine(path, 0),
                    path, count.ToString(CultureInfo.InvariantCulture)));
            }
        }
        return new SourceItems(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string Decode(string path)
        => path.IndexOf('%') < 0 ? path : path.Replace("%7C", "|").Replace("%23", "#").Replace("%25", "%");
}
