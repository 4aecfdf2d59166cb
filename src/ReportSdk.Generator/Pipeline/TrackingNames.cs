namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Names of the pipeline steps (<c>WithTrackingName</c>), so tests and benchmarks can read each step's run
/// reasons from a driver created with <c>trackIncrementalGeneratorSteps: true</c>.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Generator options reduced to <see cref="GeneratorOptions"/>.</summary>
    public const string Options = "ReportSdk.Options";

    /// <summary>The ReportSource items the package's targets describe, with a diagnostic for each bad one.</summary>
    public const string SourceItems = "ReportSdk.SourceItems";

    /// <summary>Report source files selected by metadata, reduced to (path, text).</summary>
    public const string SourceFiles = "ReportSdk.SourceFiles";

    /// <summary>The <c>.editorconfig</c> files passed as AdditionalFiles marked ReportSdkEditorConfig, in path order.</summary>
    public const string SeverityConfig = "ReportSdk.SeverityConfig";

    /// <summary>One <c>ParsedFile</c> per source file (the expensive step).</summary>
    public const string Parse = "ReportSdk.Parse";

    /// <summary>The parse diagnostics of each file.</summary>
    public const string FileDiagnostics = "ReportSdk.FileDiagnostics";

    /// <summary>Every report of every file, flattened.</summary>
    public const string Reports = "ReportSdk.Reports";

    /// <summary>The small identity of each report (id, region, year, path) that the catalog needs.</summary>
    public const string CatalogEntries = "ReportSdk.CatalogEntries";

    /// <summary>All identities collected and planned: duplicates, class names, hint names.</summary>
    public const string Catalog = "ReportSdk.Catalog";

    /// <summary>The ids of the bundled reports (the package's list file marked ReportSdkBundledReports), in ordinal order.</summary>
    public const string BundledReports = "ReportSdk.BundledReports";

    /// <summary>Each report's catalog entry joined with the bundled ids: RSDK022 when it replaces a bundled report.</summary>
    public const string BundledReplacements = "ReportSdk.BundledReplacements";

    /// <summary>Each report joined with its planned names and the options: the input of one generated file.</summary>
    public const string ReportUnits = "ReportSdk.ReportUnits";

    /// <summary>The model of the assembly's ReportSet and region classes.</summary>
    public const string ReportSet = "ReportSdk.ReportSet";
}
