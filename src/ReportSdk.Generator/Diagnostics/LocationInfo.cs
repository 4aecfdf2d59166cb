using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>
/// Where a diagnostic points, as plain values (path, character span, 0-based line span) so pipeline values stay
/// equatable; the Roslyn <see cref="Location"/> is made only when the diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary><paramref name="length"/> characters from offset <paramref name="start"/> of <paramref name="text"/>.</summary>
    public static LocationInfo InText(string path, string text, int start, int length)
    {
        var (startLine, startColumn) = SourceLines.PositionOf(text, start);
        var (endLine, endColumn) = SourceLines.PositionOf(text, start + length);
        return new LocationInfo(path, start, length, startLine, startColumn, endLine, endColumn);
    }

    /// <summary><paramref name="length"/> characters from <paramref name="column"/> of one source line (no scan of the text before it).</summary>
    public static LocationInfo InLine(string path, SourceLine line, int column, int length)
        => new(path, line.Start + column, length, line.Number - 1, line.Column + column, line.Number - 1, line.Column + column + length);

    /// <summary>One whole source line.</summary>
    public static LocationInfo OfLine(string path, SourceLine line) => InLine(path, line, 0, line.Text.Length);

    /// <summary>The start of a 0-based line whose offset is not known (the catalog, error handlers).</summary>
    public static LocationInfo AtLine(string path, int line0)
        => new(path, 0, 0, Math.Max(0, line0), 0, Math.Max(0, line0), 0);

    /// <summary>The Roslyn location.</summary>
    public Location ToLocation()
    {
        var start = new LinePosition(StartLine, StartColumn);
        var end = new LinePosition(EndLine, EndColumn);
        return Location.Create(FilePath, new TextSpan(Start, Length), new LinePositionSpan(start, end < start ? start : end));
    }
}
