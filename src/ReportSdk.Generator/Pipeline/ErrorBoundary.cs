using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Runs each pipeline step so that no exception leaves the generator: a failure becomes RSDK009 for the file (or
/// the report, or the report set) it happened in, and the rest of the build goes on. Cancellation passes through.
/// </summary>
internal static class ErrorBoundary
{
    /// <summary>Checks the input (RSDK003/008/010) and parses it; the parser says why a file yields nothing (RSDK001/002).</summary>
    public static ParsedFile Parse(Func<string, string, ItemMetadata?, CancellationToken, ParsedFile> parse, SourceFile file, CancellationToken cancellationToken)
    {
        string fileName = ReportParser.FileName(file.Path);
        try
        {
            if (file.ReadError is not null)
            {
                var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.AtLine(file.Path, 0), fileName, file.ReadError);
                return Nothing(file.Path, fileName, unreadable);
            }
            var checkedText = InputChecks.Check(file.Path, file.Text);
            var parsed = parse(file.Path, checkedText.Value, file.Metadata, cancellationToken);
            return checkedText.Diagnostics.Count == 0
                ? parsed
                : parsed with { Diagnostics = checkedText.Diagnostics.Concat(parsed.Diagnostics).ToEquatableArray() };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Nothing(file.Path, fileName, Failure(file.Path, 0, fileName, ex));
        }
    }

    /// <summary>Plans the catalog; a failure plans nothing and says so.</summary>
    public static CatalogPlan Plan(ImmutableArray<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        try
        {
            return CatalogPlanner.Plan(entries, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new CatalogPlan(EquatableArray<ReportPlan>.Empty, EquatableArray<RegionClass>.Empty, One(Failure(null, 0, "(catalog)", ex)));
        }
    }

    /// <summary>Emits and adds one report's file (null: the report lost a duplicate contest).</summary>
    public static void EmitReport(SourceProductionContext context, ReportUnit? unit)
    {
        if (unit is null) return;
        try
        {
            context.AddSource(unit.Plan.HintName, ReportEmitter.Emit(unit, context.CancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(unit.Model.FilePath, unit.Model.StartLine - 1, unit.Model.FileName, ex).ToDiagnostic());
        }
    }

    /// <summary>Emits and adds the ReportSet file, when there is a report.</summary>
    public static void EmitSet(SourceProductionContext context, ReportSetModel model)
    {
        if (model.ReportAccessors.Count == 0) return;
        try
        {
            context.AddSource(ReportSetEmitter.HintName, ReportSetEmitter.Emit(model));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Failure(null, 0, "(report set)", ex).ToDiagnostic());
        }
    }

    /// <summary>
    /// Reports diagnostics collected by a step, with the <c>.editorconfig</c> severities of their files
    /// (<see cref="SeverityConfig"/>); a configuration that fails to apply changes nothing.
    /// </summary>
    public static void Report(SourceProductionContext context, (EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<ConfigFile> Configs) input)
    {
        var diagnostics = input.Diagnostics;
        try
        {
            diagnostics = SeverityConfig.Apply(diagnostics, input.Configs);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The descriptors' own severities stand.
        }
        foreach (var info in diagnostics) context.ReportDiagnostic(info.ToDiagnostic());
    }

    private static DiagnosticInfo Failure(string? path, int line0, string what, Exception ex)
        => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, string.IsNullOrEmpty(path) ? null : LocationInfo.AtLine(path!, line0),
            what, ex.GetType().Name + ": " + ex.Message);

    private static ParsedFile Nothing(string path, string fileName, DiagnosticInfo why)
        => new(path, fileName, EquatableArray<ReportModel>.Empty, One(why));

    private static EquatableArray<DiagnosticInfo> One(DiagnosticInfo info) => new(new[] { info });
}
