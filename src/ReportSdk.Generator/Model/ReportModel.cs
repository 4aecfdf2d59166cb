using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Model;

/// <summary>One report found in a file: plain equatable data, no Roslyn types.</summary>
internal sealed record ReportModel(
    string Id,
    string Region,
    string? RegionEnglish,
    RegionLevel Level,
    string? DivisionCode,    // GB/T 2260 code; null when the divisions table does not know the region
    EquatableArray<RegionRefModel> Parents,   // nearest first: 呼伦贝尔市, 内蒙古自治区
    int DeliveredYear,
    int? ReviewStartYear,    // first year of a five-year review (过去五年), else null
    int? ReviewYear,
    int? PlanYear,
    string? Date,            // yyyy-MM-dd when stated
    string? Speaker,
    string? SpeakerTitle,
    string? Congress,
    string Title,
    string FilePath,
    string FileName,
    int StartLine,
    int EndLine,
    bool Complete,
    string Sha256,
    EquatableArray<SectionModel> Sections,
    EquatableArray<FactModel> Facts,
    EquatableArray<GlossaryEntryModel> Glossary);

/// <summary>A region above the report's own: name, English name, level, GB/T 2260 code.</summary>
internal sealed record RegionRefModel(string Name, string? English, RegionLevel Level, string? Code);

/// <summary>A heading and what it holds.</summary>
internal sealed record SectionModel(
    int Level,
    int Ordinal,
    string Marker,
    string Title,
    int Line,
    SectionStyle Style,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<SectionModel> Children);

/// <summary>A reflowed paragraph and the source line it starts on.</summary>
internal sealed record ParagraphModel(string Text, int Line);

/// <summary>A 名词解释 entry.</summary>
internal sealed record GlossaryEntryModel(int Number, string Term, string Definition, int Line);

/// <summary>One numeric fact: what it measures, its status, and the years it covers.</summary>
internal sealed record FactModel(
    string Name,
    string? Label,
    StandardIndicator? Standard,
    decimal Value,
    decimal? ValueHigh,
    string ValueText,        // the number as written: 980, 4.4, 千, 三分之一
    string Unit,
    Measure Measure,
    FactStatus Status,
    Direction? Direction,
    Qualifiers Qualifiers,
    int PeriodStart,
    int PeriodEnd,
    bool MainTarget,
    string Quote,
    int Line,
    string? Section)
{
    /// <summary>The older combined kind (<see cref="FactKinds.KindOf"/>).</summary>
    public IndicatorKind Kind => FactKinds.KindOf(Measure, Status);

    /// <summary>The last year the figure covers.</summary>
    public int Period => PeriodEnd;

    /// <summary>True when the figure covers several years (过去五年年均, 十四五时期).</summary>
    public bool IsSpan => PeriodStart != PeriodEnd;
}
