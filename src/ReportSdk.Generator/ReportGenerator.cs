using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
/// one source output per report, one for the ReportSet, and diagnostics. The compilation is never read, so
/// C# edits cost nothing; no step throws (an unexpected exception becomes RSDK009).
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFile as a report source.</summary>
    public const string SourceMetadata = "build_metadata.AdditionalFiles.ReportSdkSource";

    private readonly Func<string, string, CancellationToken, ParsedFile> _parse;

    /// <summary>Creates the generator with the report parser.</summary>
    public ReportGenerator()
        : this(ReportParser.Parse)
    {
    }

    /// <summary>Creates the generator with another parser (tests drive the pipeline with hand-built models).</summary>
    internal ReportGenerator(Func<string, string, CancellationToken, ParsedFile> parse) => _parse = parse;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsReportSource(pair.Left, pair.Right))
            .Select(static (pair, ct) => ReadFile(pair.Left, ct))
            .WithTrackingName(TrackingNames.SourceFiles);

        var parsed = files
            .Select((file, ct) => SafeParse(_parse, file, ct))
            .WithTrackingName(TrackingNames.Parse);

        var fileDiagnostics = parsed
            .Select(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        var reports = parsed
            .SelectMany(static (file, _) => file.Reports.Select(static (r, i) => new ReportItem(i, r)))
            .WithTrackingName(TrackingNames.Reports);

        var plan = reports
            .Select(static (item, _) => new CatalogEntry(item.Model.FilePath, item.Model.FileName, item.Index, item.Model.Id,
                item.Model.Region, item.Model.RegionEnglish, item.Model.DeliveredYear, item.Model.Complete, item.Model.StartLine))
            .WithTrackingName(TrackingNames.CatalogEntries)
            .Collect()
            .Select(static (entries, ct) => SafePlan(entries, ct))
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        var units = reports
            .Combine(plan)
            .Combine(options)
            .Select(static (pair, _) => ToUnit(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ReportUnits);
        context.RegisterSourceOutput(units, static (spc, unit) => EmitReport(spc, unit));

        var set = plan
            .Combine(options)
            .Select(static (pair, _) => ToSetModel(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ReportSet);
        context.RegisterSourceOutput(set, static (spc, model) => EmitSet(spc, model));
    }

    private static bool IsReportSource(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        => provider.GetOptions(text).TryGetValue(SourceMetadata, out var value)
           && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static SourceFile ReadFile(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return new SourceFile(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SourceFile(text.Path, string.Empty);
        }
    }

    private static ParsedFile SafeParse(Func<string, string, CancellationToken, ParsedFile> parse, SourceFile file, CancellationToken cancellationToken)
    {
        try
        {
            var checks = new System.Collections.Generic.List<DiagnosticInfo>();
            string text = InputChecks.Check(file.Path, file.Text, checks);
            var parsed = parse(file.Path, text, cancellationToken);
            if (checks.Count > 0) return parsed with { Diagnostics = checks.Concat(parsed.Diagnostics).ToEquatableArray() };
            if (parsed.Reports.Count > 0 || parsed.Diagnostics.Count > 0) return parsed;
            // Safety net: a file that yields nothing always says why (RSDK001 empty, RSDK002 no report).
            var id = string.IsNullOrWhiteSpace(file.Text) ? DiagnosticDescriptors.EmptyFile.Id : DiagnosticDescriptors.NoReport.Id;
            var info = DiagnosticFactory.Info(id, file.Path, 0, parsed.FileName);
            return parsed with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { info }) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var info = DiagnosticFactory.Info(DiagnosticDescriptors.InternalError.Id, file.Path, 0, FileName(file.Path), ex.GetType().Name + ": " + ex.Message);
            return new ParsedFile(file.Path, FileName(file.Path), EquatableArray<ReportModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }
    }

    private static CatalogPlan SafePlan(ImmutableArray<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        try
        {
            return CatalogPlanner.Plan(entries, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var info = DiagnosticFactory.Info(DiagnosticDescriptors.InternalError.Id, string.Empty, 0, "(catalog)", ex.GetType().Name + ": " + ex.Message);
            return new CatalogPlan(EquatableArray<ReportPlan>.Empty, EquatableArray<RegionClass>.Empty, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }
    }

    // Plans by (file, index), built once per plan value, so joining n reports with the plan stays linear.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CatalogPlan, System.Collections.Generic.Dictionary<(string, int), ReportPlan>> PlanIndex = new();

    // The unit of a report that lost a duplicate contest (or failed planning) is null: nothing is emitted for it.
    private static ReportUnit? ToUnit(ReportItem item, CatalogPlan plan, GeneratorOptions options)
    {
        var index = PlanIndex.GetValue(plan, static p =>
        {
            var map = new System.Collections.Generic.Dictionary<(string, int), ReportPlan>();
            foreach (var r in p.Reports) map[(r.FilePath, r.Index)] = r;
            return map;
        });
        return index.TryGetValue((item.Model.FilePath, item.Index), out var found) ? new ReportUnit(item.Model, found, ScopeOptions(plan, options)) : null;
    }

    // The root class may not take the name of a top-level region class (CS0542).
    private static GeneratorOptions ScopeOptions(CatalogPlan plan, GeneratorOptions options) =>
        options.ClearOf(plan.Regions.Where(r => r.ClassPath.Count == 1).Select(r => r.ClassPath[0]));

    private static ReportSetModel ToSetModel(CatalogPlan plan, GeneratorOptions options)
    {
        options = ScopeOptions(plan, options);
        var accessors = plan.Reports
            .Select(p => options.QualifiedRoot + "." + string.Join(".", p.ClassPath) + "." + p.YearClass + ".Report")
            .ToEquatableArray();
        return new ReportSetModel(options, plan.Regions, accessors);
    }

    private static void EmitReport(SourceProductionContext context, ReportUnit? unit)
    {
        if (unit is null) return;
        string source;
        try
        {
            source = ReportEmitter.Emit(unit, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticFactory.Info(
                DiagnosticDescriptors.InternalError.Id, unit.Model.FilePath, unit.Model.StartLine - 1, unit.Model.FileName, ex.GetType().Name + ": " + ex.Message)));
            return;
        }
        context.AddSource(unit.Plan.HintName, source);
    }

    private static void EmitSet(SourceProductionContext context, ReportSetModel model)
    {
        if (model.ReportAccessors.Count == 0) return;
        try
        {
            context.AddSource(ReportSetEmitter.HintName, ReportSetEmitter.Emit(model));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticFactory.Info(
                DiagnosticDescriptors.InternalError.Id, string.Empty, 0, "(report set)", ex.GetType().Name + ": " + ex.Message)));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics) context.ReportDiagnostic(DiagnosticFactory.Create(info));
    }

    private static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
