using System.Threading;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing;

/// <summary>Entry point of the parser: one file's text in, its reports and diagnostics out. Pure: no Roslyn, no I/O.</summary>
internal static class ReportParser
{
    /// <summary>Parses one file.</summary>
    /// <param name="filePath">Path as given to the compiler (used for ids of diagnostics and provenance).</param>
    /// <param name="text">The whole text of the file.</param>
    /// <param name="cancellationToken">Honoured between reports and paragraphs.</param>
    public static ParsedFile Parse(string filePath, string text, CancellationToken cancellationToken = default)
    {
        // Placeholder until the parsing work lands.
        return new ParsedFile(filePath, System.IO.Path.GetFileName(filePath), EquatableArray<ReportModel>.Empty, EquatableArray<DiagnosticInfo>.Empty);
    }
}
