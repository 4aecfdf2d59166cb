using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes the assembly's <c>ReportSet</c> subclass, the <c>[ModuleInitializer]</c> that registers it with
/// <c>ReportCatalog</c>, and the documented declarations of the root class (when there is one) and the region
/// classes (the per-report files declare the same partial classes without docs or attributes).
/// </summary>
internal static class ReportSetEmitter
{
    public const string HintName = "ReportSdk.ReportSet.g.cs";

    /// <summary>The set's model: the planned regions and one accessor expression per emitted report.</summary>
    public static ReportSetModel ModelOf(CatalogPlan plan, GeneratorOptions options)
    {
        options = options.ScopedTo(plan); // the root class may not take the name of a top-level region class (CS0542)
        var accessors = plan.Reports
            .Select(p => options.QualifiedRoot + "." + string.Join(".", p.ClassPath) + "." + p.YearClass + ".Report")
            .ToEquatableArray();
        return new ReportSetModel(options, plan.Regions, accessors, plan.CatalogIndex);
    }

    public static SourceText Emit(ReportSetModel model)
    {
        var w = new IndentedWriter(model.Options.EmitDocs);
        GeneratedCodeInfo.WriteHeader(w);
        int scope = GeneratedCodeInfo.OpenScope(w, model.Options, new[]
        {
            "The reports compiled into this assembly (" + DocText.Int(model.ReportAccessors.Count) + "), by region and year; ReportCatalog queries them together with the bundled ones.",
            "Region classes sit in this class, so importing ReportSdk.Reports beside this namespace leaves no name ambiguous.",
        });

        WriteRegions(w, model.Regions);

        w.Summary("The reports compiled into this assembly (" + DocText.Int(model.ReportAccessors.Count) + "), registered with ReportCatalog when the module loads.");
        w.Line(GeneratedCodeInfo.Attribute);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line("internal sealed class " + CatalogPlanner.ReportSetClass + " : global::ReportSdk.ReportSet").Open();
        w.Line("private global::System.Collections.Generic.IReadOnlyList<global::ReportSdk.Report>? _reports;");
        w.Line();
        w.Line("public override string Name => " + CSharpLiteral.String(model.Options.RootName) + ";");
        w.Line();
        w.Line("public override global::System.Collections.Generic.IReadOnlyList<global::ReportSdk.Report> Reports => _reports ??= global::System.Array.AsReadOnly(new global::ReportSdk.Report[]").Open();
        foreach (var accessor in model.ReportAccessors) w.Line(accessor + ",");
        w.Close(");");
        w.Line();
        WriteCatalogIndex(w, model);
        w.Line("#pragma warning disable CA2255 // The ModuleInitializer attribute is meant for application code; registering a library's reports is its purpose here.");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.Line("#pragma warning restore CA2255");
        w.Line("internal static void Register() => global::ReportSdk.ReportCatalog.Register(new " + CatalogPlanner.ReportSetClass + "());");
        w.Close();
        for (int i = 0; i < scope; i++) w.Close();
        return w.ToSourceText();
    }

    // The reports' metadata for the catalog, and the one report a query asks for: finding, merging and selecting
    // reports then creates none of them (the catalog reads Reports instead when there is no index).
    private static void WriteCatalogIndex(IndentedWriter w, ReportSetModel model)
    {
        if (model.CatalogIndex is not { } index) return;
        w.Line("public override string? CatalogIndex =>");
        var records = index.Split(CatalogIndexLayout.RecordEnd);
        for (int i = 0; i < records.Length - 1; i++)
        {
            w.Line("    " + CSharpLiteral.String(records[i] + CatalogIndexLayout.RecordEnd) + (i < records.Length - 2 ? " +" : ";"));
        }
        w.Line();
        w.Line("public override global::ReportSdk.Report ReportAt(int index) => index switch").Open();
        for (int i = 0; i < model.ReportAccessors.Count; i++) w.Line(CSharpLiteral.Int(i) + " => " + model.ReportAccessors[i] + ",");
        w.Line("_ => Reports[index],");
        w.Close(";");
        w.Line();
    }

    // Region classes are nested (Beijing.Shijingshan): open and close them as the sorted paths require.
    private static void WriteRegions(IndentedWriter w, IReadOnlyList<RegionClass> regions)
    {
        var open = new List<string>();
        foreach (var region in regions)
        {
            var path = region.ClassPath.ToList();
            int common = 0;
            while (common < open.Count && common < path.Count - 1 && open[common] == path[common]) common++;
            while (open.Count > common)
            {
                w.Close();
                open.RemoveAt(open.Count - 1);
            }
            string who = region.English is null ? region.Region : region.Region + " (" + region.English + ")";
            string years = region.Years.Count == 0
                ? string.Empty
                : "Reports delivered in " + string.Join(", ", region.Years.Select(DocText.Int)) + ": " + string.Join(", ", region.Years.Select(y => CatalogPlanner.YearClass(y))) + ".";
            w.Summary(who, years);
            w.Line(GeneratedCodeInfo.Attribute);
            w.Line("public static partial class " + path[path.Count - 1]).Open();
            open.Add(path[path.Count - 1]);
        }
        while (open.Count > 0)
        {
            w.Close();
            open.RemoveAt(open.Count - 1);
        }
        if (regions.Count > 0) w.Line();
    }
}
