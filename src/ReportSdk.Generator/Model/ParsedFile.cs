using ReportSdk.Generator.Diagnostics;

namespace ReportSdk.Generator.Model;

/// <summary>The result of parsing one additional file: its reports and diagnostics.</summary>
internal sealed record ParsedFile(
    string FilePath,
    string FileName,
    EquatableArray<ReportModel> Reports,
    EquatableArray<DiagnosticInfo> Diagnostics);
