namespace ReportSdk.Tests.Hardening;

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSdk.Tests.Generator;

/// <summary>Helpers for the hardening tests: real parser, driver runs, diagnostic look-ups.</summary>
internal static class HardeningRun
{
    public const string Mentougou = "mentougou-2023.txt";

    /// <summary>Runs the real generator over (path, text) pairs.</summary>
    public static DriverRun Start(params (string Path, string Text)[] files)
        => DriverRun.Start(files.Select(f => GeneratorHarness.Text(f.Path, f.Text)).ToArray());

    /// <summary>The generated sources without the ReportSet.</summary>
    public static string[] Reports(DriverRun run)
        => run.Sources.Where(s => s.Key != "ReportSdk.ReportSet.g.cs").Select(s => s.Value).ToArray();

    public static Diagnostic[] WithId(DriverRun run, string id) => run.GeneratorDiagnostics.Where(d => d.Id == id).ToArray();

    public static string Message(Diagnostic d) => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 0-based (line, column) where a diagnostic starts.</summary>
    public static (int Line, int Column) Start(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return (span.StartLinePosition.Line, span.StartLinePosition.Character);
    }

    /// <summary>The text of the 0-based line <paramref name="line"/> as the parser splits lines.</summary>
    public static string Line(string text, int line) => ReportSdk.Generator.Parsing.SourceLines.Split(text)[line].Text;

    public static IEnumerable<string> Ids(DriverRun run) => run.GeneratorDiagnostics.Select(d => d.Id);
}
