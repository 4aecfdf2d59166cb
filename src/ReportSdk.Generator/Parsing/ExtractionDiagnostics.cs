using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing.Facts;

namespace ReportSdk.Generator.Parsing;

/// <summary>Turns an <see cref="ExtractionLog"/> into diagnostics at the exact number (RSDK007) or paragraph (RSDK009).</summary>
internal static class ExtractionDiagnostics
{
    public const string UnclassifiedNumber = "RSDK007";
    public const string InternalError = "RSDK009";

    public static void Add(ExtractionLog log, string path, string fileName, SourceLine[] lines, List<DiagnosticInfo> diagnostics)
    {
        foreach (var (line, number, unit) in log.Unclassified)
        {
            if (line < 1 || line > lines.Length) continue;
            var source = lines[line - 1];
            int column = number.Length == 0 ? -1 : source.Text.IndexOf(number, StringComparison.Ordinal);
            diagnostics.Add(column < 0
                ? AtLine(UnclassifiedNumber, path, source, 0, source.Text.Length, number + unit, fileName, Int(line))
                : AtLine(UnclassifiedNumber, path, source, column, number.Length, number + unit, fileName, Int(line)));
        }
        foreach (var (line, error) in log.Failures)
        {
            if (line < 1 || line > lines.Length) continue;
            var source = lines[line - 1];
            diagnostics.Add(AtLine(InternalError, path, source, 0, source.Text.Length, fileName,
                "facts of the paragraph at line " + Int(line) + " were skipped: " + error.GetType().Name + ": " + error.Message));
        }
    }

    /// <summary>A diagnostic inside one source line (no scan of the text before it).</summary>
    public static DiagnosticInfo AtLine(string id, string path, SourceLine line, int column, int length, params string[] args)
        => new(id, path, line.Start + column, length, line.Number - 1, column, line.Number - 1, column + length, args.ToEquatableArray());

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
