using System.Collections.Generic;

namespace ReportSdk;

/// <summary>A heading of a report (一、, （一）, a lead sentence, 一是 …, a ——— bullet) with its text and subsections.</summary>
/// <param name="Level">1 for 一、, 2 for （一）, 3 and deeper for lead sentences, 一是 items and bullets.</param>
/// <param name="Ordinal">The number of the marker (三 → 3); 0 for unnumbered headings.</param>
/// <param name="Marker">The literal marker (<c>一、</c>, <c>（三）</c>, <c>一是</c>, <c>———</c>), empty for lead sentences.</param>
/// <param name="Title">The heading without marker and final 。.</param>
/// <param name="Line">Source line of the heading (1-based).</param>
/// <param name="Style">How the heading is written.</param>
/// <param name="Paragraphs">Paragraphs directly under this heading, before any subsection.</param>
/// <param name="Sections">Subsections.</param>
public sealed record Section(
    int Level,
    int Ordinal,
    string Marker,
    string Title,
    int Line,
    SectionStyle Style,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Section> Sections)
{
    /// <inheritdoc />
    public override string ToString() => Marker + Title;
}

/// <summary>A reflowed paragraph of report text.</summary>
/// <param name="Text">The paragraph with hard line breaks joined.</param>
/// <param name="Line">Source line where it starts.</param>
public sealed record Paragraph(string Text, int Line)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A 名词解释 entry.</summary>
/// <param name="Number">Its number in the glossary.</param>
/// <param name="Term">The term.</param>
/// <param name="Definition">Its definition.</param>
/// <param name="Line">Source line.</param>
public sealed record GlossaryEntry(int Number, string Term, string Definition, int Line);
