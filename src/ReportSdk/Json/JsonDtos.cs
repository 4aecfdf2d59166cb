using System.Text.Json.Serialization;

namespace ReportSdk;

// Export shapes of the JSON contract (docs/json-contract.md). Property order is the declaration order; names become camelCase.
// Enums are written as contract strings by ContractNames, so no enum converter (or reflection) is involved.

internal sealed record CatalogDto(ReportDto[] Reports);

internal sealed record ReportDto(
    string Id,
    string Region,
    string Level,
    string? DivisionCode,
    RegionRefDto[] Parents,
    int DeliveredYear,
    int? ReviewStartYear,
    int? ReviewYear,
    int? PlanYear,
    string? Date,
    string? Speaker,
    string? SpeakerTitle,
    SourceDto Source,
    bool Complete,
    SectionDto[] Sections,
    IndicatorDto[] Indicators,
    GlossaryDto[] Glossary);

internal sealed record RegionRefDto(string Name, string? English, string Level, string? DivisionCode);

internal sealed record SourceDto(string File, int StartLine, int EndLine);

internal sealed record SectionDto(int Level, int Ordinal, string Title, int Line, SectionDto[] Sections);

internal sealed record IndicatorDto(
    string Name,
    string? Standard,
    decimal Value,
    decimal? ValueHigh,
    string Unit,
    string Measure,
    string Status,
    int PeriodStart,
    int PeriodEnd,
    int Period,
    string Kind,
    string? Direction,
    string[] Qualifiers,
    bool MainTarget,
    string Quote,
    int Line);

internal sealed record GlossaryDto(string Term, string Definition);

internal sealed record SeriesDto(string? Standard, string? Name, string? Kind, bool Targets, string Region, SeriesPointDto[] Points);

internal sealed record SeriesPointDto(int Year, string ReportId, IndicatorDto Indicator);

internal sealed record ComparisonDto(string? Standard, string? Name, string? Kind, bool Targets, int Year, ComparisonRowDto[] Rows);

internal sealed record ComparisonRowDto(string Region, string ReportId, IndicatorDto Indicator);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(CatalogDto))]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(SeriesDto))]
[JsonSerializable(typeof(ComparisonDto))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
