using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ReportSdk.Tests.Generator;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// Seed texts compiled by the real generator and loaded as runtime <see cref="Report"/> objects in a
/// <see cref="ReportCollection"/> (never registered: the ReportSet file with its module initializer is left out), so
/// queries are tested on real texts whatever the package bundles.
/// </summary>
internal static class CompiledCorpus
{
    public static ReportCollection Compile(params string[] seedPaths)
    {
        var texts = seedPaths.Select(p => GeneratorHarness.Text("/seeds/" + p, TestData.Seed(p))).ToArray();
        var run = DriverRun.Start(texts);
        var output = run.Output.RemoveSyntaxTrees(run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("ReportSdk.ReportSet.g.cs", StringComparison.Ordinal)));
        output = output.WithOptions(output.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Default));
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Take(10)));
        pe.Position = 0;
        var assembly = new AssemblyLoadContext("corpus-" + string.Join("+", seedPaths).GetHashCode(), isCollectible: false).LoadFromStream(pe);
        var reports = new List<Report>();
        foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetProperty("Report", BindingFlags.Public | BindingFlags.Static) is { } property && property.PropertyType == typeof(Report))
            {
                reports.Add((Report)property.GetValue(null)!);
            }
        }
        return new ReportCollection(reports.OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.DeliveredYear));
    }
}
