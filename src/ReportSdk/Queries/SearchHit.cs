using System;

namespace ReportSdk;

/// <summary>What a <see cref="SearchHit"/> matched.</summary>
public enum SearchHitKind
{
    /// <summary>A fact's name or quoted clause.</summary>
    Indicator = 0,
    /// <summary>A section title.</summary>
    Section,
    /// <summary>A paragraph of section text.</summary>
    Paragraph,
    /// <summary>A 名词解释 term or definition.</summary>
    Glossary,
}

/// <summary>Where <see cref="ReportCatalog.Search"/> looks; combine with <c>|</c>.</summary>
[Flags]
public enum SearchScope
{
    /// <summary>Fact names and quotes.</summary>
    Indicators = 1,
    /// <summary>Section titles.</summary>
    Sections = 2,
    /// <summary>Paragraph text.</summary>
    Paragraphs = 4,
    /// <summary>Glossary terms and definitions.</summary>
    Glossary = 8,
    /// <summary>Everything.</summary>
    All = Indicators | Sections | Paragraphs | Glossary,
}

/// <summary>One match of a full-text search.</summary>
/// <param name="Kind">What matched.</param>
/// <param name="Report">The report that holds it.</param>
/// <param name="Text">The matched text: the fact's quote, the section title, the paragraph, or 术语：定义.</param>
/// <param name="Line">Source line (1-based).</param>
/// <param name="Indicator">The fact, for <see cref="SearchHitKind.Indicator"/> hits.</param>
/// <param name="Section">The section whose title matched, or that holds the matched paragraph.</param>
/// <param name="GlossaryEntry">The glossary entry, for <see cref="SearchHitKind.Glossary"/> hits.</param>
public sealed record SearchHit(
    SearchHitKind Kind,
    Report Report,
    string Text,
    int Line,
    Indicator? Indicator = null,
    Section? Section = null,
    GlossaryEntry? GlossaryEntry = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Indicator is null ? $"{Report.Id}:{Line} [{Kind}] {Text}" : $"{Report.Id}:{Line} {Indicator.Name} {Indicator.Quantity}: {Text}";
}
