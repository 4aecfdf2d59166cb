using System;
using System.Collections.Generic;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// What the fact extractor saw but did not turn into facts: quantities it could not name (RSDK007, off by default)
/// and paragraphs its rules failed on (RSDK009), so nothing is lost silently. Parse-time only.
/// </summary>
internal sealed class ExtractionLog
{
    /// <summary>Most unclassified numbers kept per report (the diagnostic is a review aid, not a dump).</summary>
    public const int MaxUnclassified = 500;

    /// <summary>Quantities that got no fact: the source line, the number and unit as written (whitespace removed).</summary>
    public List<(int Line, string Number, string Unit)> Unclassified { get; } = new();

    /// <summary>Paragraphs the rules failed on: the paragraph's first line and the exception.</summary>
    public List<(int Line, Exception Error)> Failures { get; } = new();

    internal void AddUnclassified(SourceParagraph paragraph, CompactText compact, NumberToken token)
    {
        if (Unclassified.Count >= MaxUnclassified) return;
        Unclassified.Add((paragraph.LineAt(compact.SourceOffset(token.Start)), compact.Original(token.Start, token.NumberEnd), token.Unit));
    }
}
