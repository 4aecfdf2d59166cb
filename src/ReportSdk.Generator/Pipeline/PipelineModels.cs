using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Pipeline;

/// <summary>One report source file: its path and whole text (read once, then only compared).</summary>
/// <param name="Path">The path as the compiler gives it.</param>
/// <param name="Text">The whole text; empty when it could not be read.</param>
/// <param name="ReadError">Why the text could not be read (RSDK010), or null.</param>
/// <param name="Metadata">What the ReportSource item states (Region, Year, Date, Speaker), or null.</param>
internal sealed record SourceFile(string Path, string Text, string? ReadError = null, ItemMetadata? Metadata = null);

/// <summary>A report and its position in its file (0-based), so hint names stay path-derived and unique.</summary>
internal sealed record ReportItem(int Index, ReportModel Model);

/// <summary>
/// What the catalog needs to know of one report: identity only, so editing a report's text leaves the
/// collected catalog unchanged and no other report is regenerated.
/// </summary>
internal sealed record CatalogEntry(
    string FilePath,
    string FileName,
    int Index,
    string Id,
    string Region,
    string? RegionEnglish,
    int DeliveredYear,
    bool Complete,
    int StartLine,
    string? DivisionCode,
    EquatableArray<RegionRefModel> Parents,
    int DataBlocks,
    RegionLevel Level,
    int? ReviewYear,
    int? PlanYear)
{
    /// <summary>The identity of report <paramref name="index"/> of its file.</summary>
    public static CatalogEntry Of(int index, ReportModel m) => new(
        m.FilePath, m.FileName, index, m.Id, m.Region, m.RegionEnglish, m.DeliveredYear, m.Complete, m.StartLine, m.DivisionCode, m.Parents,
        StringHeapBudget.BlocksOf(m), m.Level, m.ReviewYear, m.PlanYear);
}

/// <summary>The names planned for one emitted report.</summary>
/// <param name="FilePath">Source file (with <see cref="Index"/>, the key that finds this plan).</param>
/// <param name="Index">Position of the report in its file.</param>
/// <param name="HintName">Unique, path-derived hint name of the generated file.</param>
/// <param name="ClassPath">The nested classes from the namespace down to the region (e.g. Beijing, Shijingshan).</param>
/// <param name="YearClass">The year class, e.g. Y2023.</param>
/// <param name="StringLiterals">
/// True when the report's data are string literals (fast to compile; they fill the assembly's string heap); false
/// for the reports after <see cref="StringHeapBudget"/> is spent, whose data are a <c>"…"u8</c> literal and an
/// <c>int</c> array (no size limit, slower to compile).
/// </param>
internal sealed record ReportPlan(string FilePath, int Index, string HintName, EquatableArray<string> ClassPath, string YearClass, bool StringLiterals = true);

/// <summary>A region class (possibly nested) as documented in the ReportSet file.</summary>
/// <param name="ClassPath">Names from the namespace down to this class.</param>
/// <param name="Region">Chinese name.</param>
/// <param name="English">English name when known.</param>
/// <param name="Years">Delivered years of the reports directly under it, ascending.</param>
internal sealed record RegionClass(EquatableArray<string> ClassPath, string Region, string? English, EquatableArray<int> Years);

/// <summary>The collected catalog: which reports are emitted under which names, and what was resolved.</summary>
/// <param name="Reports">The emitted reports, in the set's order.</param>
/// <param name="Regions">The region classes.</param>
/// <param name="Diagnostics">What planning reported.</param>
/// <param name="CatalogIndex">The reports' metadata as the runtime's catalog index (CatalogIndexLayout), or null when a value cannot be written.</param>
internal sealed record CatalogPlan(
    EquatableArray<ReportPlan> Reports,
    EquatableArray<RegionClass> Regions,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? CatalogIndex = null);

/// <summary>Everything one generated report file depends on.</summary>
internal sealed record ReportUnit(ReportModel Model, ReportPlan Plan, GeneratorOptions Options);

/// <summary>Everything the ReportSet file depends on.</summary>
internal sealed record ReportSetModel(
    GeneratorOptions Options,
    EquatableArray<RegionClass> Regions,
    EquatableArray<string> ReportAccessors,
    string? CatalogIndex = null);
