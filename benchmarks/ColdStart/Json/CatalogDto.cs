using System;
using System.Text.Json.Serialization;

namespace ColdStart.Json;

// The JSON export contract (docs/runtime.md, "JSON") as plain DTOs: everything the export holds is materialised.

public sealed class CatalogDto
{
    public ReportDto[] Reports { get; set; } = Array.Empty<ReportDto>();
}

public sealed class ReportDto
{
    public string Id { get; set; } = "";
    public string Region { get; set; } = "";
    public string? Level { get; set; }
    public int DeliveredYear { get; set; }
    public int? ReviewYear { get; set; }
    public int? PlanYear { get; set; }
    public string? Date { get; set; }
    public string? Speaker { get; set; }
    public string? SpeakerTitle { get; set; }
    public string? Congress { get; set; }
    public string? Title { get; set; }
    public SourceDto? Source { get; set; }
    public bool Complete { get; set; }
    public SectionDto[] Sections { get; set; } = Array.Empty<SectionDto>();
    public IndicatorDto[] Indicators { get; set; } = Array.Empty<IndicatorDto>();
    public GlossaryDto[] Glossary { get; set; } = Array.Empty<GlossaryDto>();
}

public sealed class SourceDto
{
    public string File { get; set; } = "";
    public int StartLine { get; set; }
    public int EndLine { get; set; }
}

public sealed class SectionDto
{
    public int Level { get; set; }
    public int Ordinal { get; set; }
    public string Title { get; set; } = "";
    public int Line { get; set; }
    public SectionDto[] Sections { get; set; } = Array.Empty<SectionDto>();
}

public sealed class IndicatorDto
{
    public string Name { get; set; } = "";
    public string? Standard { get; set; }
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public int Period { get; set; }
    public string? Kind { get; set; }
    public string? Direction { get; set; }
    public string[] Qualifiers { get; set; } = Array.Empty<string>();
    public string? Quote { get; set; }
    public int Line { get; set; }
}

public sealed class GlossaryDto
{
    public string Term { get; set; } = "";
    public string Definition { get; set; } = "";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CatalogDto))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
