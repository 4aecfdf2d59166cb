namespace ReportSdk.Generator.Model;

/// <summary>The result of parsing one additional file: its reports and diagnostics.</summary>
internal sealed record ParsedFile(
    string FilePath,
    string FileName,
    EquatableArray<ReportModel> Reports,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// A diagnostic to report later, with its location as plain values (a Roslyn Location is created only
/// when reporting, so the pipeline stays equatable).
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    int Start,
    int Length,
    int StartLine,           // 0-based, as Roslyn's LinePosition counts
    int StartColumn,
    int EndLine,
    int EndColumn,
    EquatableArray<string> MessageArgs);
