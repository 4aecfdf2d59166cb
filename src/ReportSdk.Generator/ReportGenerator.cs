using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Generator;

/// <summary>
/// Compiles government work report texts (AdditionalFiles) into typed C#.
/// <para>
/// Input: every AdditionalFile whose item metadata <c>ReportSdkSource</c> is <c>true</c> (any extension; the
/// package's props map <c>&lt;ReportSource&gt;</c> items to such AdditionalFiles, and the project must declare
/// <c>&lt;CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ReportSdkSource" /&gt;</c>). Other
/// AdditionalFiles are ignored, so other analyzers' .txt files never become reports.
/// </para>
/// <para>
/// Pipeline (each step named in <see cref="TrackingNames"/>): options → source files (path, text) → parse per
/// file → reports flattened → a small collected catalog of identities (duplicates, class and hint names) →
/// one source output per report, one for the ReportSet, and diagnostics (RSDK022 when a report has the id of a report
/// bundled in the package, whose ids arrive as an AdditionalFile marked ReportSdkBundledReports). The compilation is never read, so
/// C# edits cost nothing. This class only wires the steps; each runs inside <see cref="ErrorBoundary"/>, so no
/// step throws (an unexpected exception becomes RSDK009).
/// </para>
/// <para>How a report travels from text to generated code, stage by stage: docs/architecture.md.</para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFile as a report source.</summary>
    public const string SourceMetadata = SourceFiles.SourceMetadata;

    private readonly Func<string, string, ItemMetadata?, CancellationToken, ParsedFile> _parse;

    /// <summary>Creates the generator with the report parser.</summary>
    public ReportGenerator() => _parse = ReportParser.Parse;

    /// <summary>Creates the generator with another parser (tests drive the pipeline with hand-built models).</summary>
    internal ReportGenerator(Func<string, string, CancellationToken, ParsedFile> parse) => _parse = (path, text, _, ct) => parse(path, text, ct);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider))
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => pair.Left.With(pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var items = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => SourceItems.From(provider))
            .WithTrackingName(TrackingNames.SourceItems);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(items))
            .Where(static pair => SourceFiles.IsReportSource(pair.Left, pair.Right.Left, pair.Right.Right))
            .Select(static (pair, ct) => SourceFiles.Read(pair.Left, pair.Right.Left, ct))
            .WithTrackingName(TrackingNames.SourceFiles);

        var severities = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SeverityConfig.IsEditorConfig(pair.Left, pair.Right))
            .Select(static (pair, ct) => SeverityConfig.Read(pair.Left, ct))
            .Collect()
            .Select(static (configs, _) => SeverityConfig.Sorted(configs))
            .WithTrackingName(TrackingNames.SeverityConfig);

        context.RegisterSourceOutput(items.Select(static (i, _) => i.Diagnostics).Combine(severities), ErrorBoundary.Report);

        var parsed = files
            .Select((file, ct) => ErrorBoundary.Parse(_parse, file, ct))
            .WithTrackingName(TrackingNames.Parse);

        var fileDiagnostics = parsed
            .Select(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics.Combine(severities), ErrorBoundary.Report);

        var reports = parsed
            .SelectMany(static (file, _) => file.Reports.Select(static (r, i) => new ReportItem(i, r)))
            .WithTrackingName(TrackingNames.Reports);

        var entries = reports
            .Select(static (item, _) => CatalogPlanner.EntryOf(item))
            .WithTrackingName(TrackingNames.CatalogEntries);

        var bundled = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => BundledReports.IsList(pair.Left, pair.Right))
            .Select(static (pair, ct) => BundledReports.Read(pair.Left, ct))
            .Collect()
            .Select(static (lists, _) => BundledReports.Sorted(lists))
            .WithTrackingName(TrackingNames.BundledReports);

        var replacements = entries
            .Combine(bundled)
            .Select(static (pair, _) => BundledReports.Replacement(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.BundledReplacements);
        context.RegisterSourceOutput(replacements.Combine(severities), ErrorBoundary.Report);

        var plan = entries
            .Collect()
            .Select(ErrorBoundary.Plan)
            .WithTrackingName(TrackingNames.Catalog);
        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Diagnostics).Combine(severities), ErrorBoundary.Report);

        var units = reports
            .Combine(plan)
            .Combine(options)
            .Select(static (pair, _) => CatalogPlanner.UnitOf(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ReportUnits);
        context.RegisterSourceOutput(units, ErrorBoundary.EmitReport);

        var set = plan
            .Combine(options)
            .Select(static (pair, _) => ReportSetEmitter.ModelOf(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ReportSet);
        context.RegisterSourceOutput(set, ErrorBoundary.EmitSet);
    }
}
