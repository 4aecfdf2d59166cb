using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing;

/// <summary>Creates the parser's <see cref="DiagnosticInfo"/> records with exact spans (ids: see DiagnosticDescriptors).</summary>
internal static class ParserDiagnostics
{
    public const string EmptyFile = "RSDK001";
    public const string NoReport = "RSDK002";
    public const string ReportCutOff = "RSDK004";

    /// <summary>A diagnostic covering <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public static DiagnosticInfo Create(string id, string path, string text, int start, int length, params string[] args)
    {
        var (startLine, startColumn) = Position(text, start);
        var (endLine, endColumn) = Position(text, start + length);
        return new DiagnosticInfo(id, path, start, length, startLine, startColumn, endLine, endColumn, args.ToEquatableArray());
    }

    /// <summary>A diagnostic covering one whole source line.</summary>
    public static DiagnosticInfo ForLine(string id, string path, string text, SourceLine line, params string[] args) =>
        Create(id, path, text, line.Start, line.Text.Length, args);

    // 0-based line and column of an offset, counting line breaks as SourceLines does.
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
