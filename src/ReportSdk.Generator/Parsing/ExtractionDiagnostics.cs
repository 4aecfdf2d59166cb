using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Parsing.Facts;

namespace ReportSdk.Generator.Parsing;

/// <summary>Turns an <see cref="ExtractionLog"/> into diagnostics at the exact number (RSDK007) or paragraph (RSDK009).</summary>
internal static class ExtractionDiagnostics
{
    public static void Add(ExtractionLog log, string path, string fileName, SourceLine[] lines, List<DiagnosticInfo> diagnostics)
    {
        foreach (var (line, number, unit) in log.Unclassified)
        {
            if (line < 1 || line > lines.Length) continue;
            var source = lines[line - 1];
            int column = number.Length == 0 ? -1 : source.Text.IndexOf(number, StringComparison.Ordinal);
            var at = column < 0 ? LocationInfo.OfLine(path, source) : LocationInfo.InLine(path, source, column, number.Length);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclassifiedNumber, at, number + unit, fileName, Int(line)));
        }
        foreach (var (line, error) in log.Failures)
        {
            if (line < 1 || line > lines.Length) continue;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.OfLine(path, lines[line - 1]), fileName,
                "facts of the paragraph at line " + Int(line) + " were skipped: " + error.GetType().Name + ": " + error.Message));
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
