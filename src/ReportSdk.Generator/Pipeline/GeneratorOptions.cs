using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Emitting.MemberNames;

namespace ReportSdk.Generator.Pipeline;

/// <summary>The MSBuild properties the generator reads, reduced to a small equatable record.</summary>
/// <param name="Namespace">Namespace of generated code (a valid dotted C# name; empty for the global namespace).</param>
/// <param name="EmitConstants">
/// True (<c>ReportSdkEmitConstants=true</c>): figures are also emitted as <c>const</c> in a nested <c>Values</c> class.
/// False (the default, and ReportSdk.dll itself): the figures are the typed properties' <c>Value</c>, so a corrected
/// figure in a newer package reaches old callers, and the compiler is spared a <c>const decimal</c> per fact (with its
/// attribute and static initializer, about half of what compiling a project's reports cost).
/// </param>
/// <param name="EmitDocs">
/// True when the compilation reads documentation comments (<c>DocumentationMode</c> Parse or Diagnose: the IDE, for
/// hover text, and builds that write an XML doc file, such as ReportSdk.dll itself); false for a plain command-line
/// build without a doc file (<c>DocumentationMode.None</c>), where the comments would only be scanned and thrown away
/// (they were about half of the compile time of a consumer's reports).
/// </param>
/// <param name="StandardMembersOnly">
/// True (<c>ReportSdkFactMembers=standard</c>): a year class gets typed members only for the facts of standard
/// indicators (<c>Gdp</c>, <c>GdpGrowthTarget</c>, …) and its sections; every fact stays in <c>Indicators</c> and the
/// catalog queries. For projects that compile many reports and query them through <c>ReportCatalog</c>: a member per
/// fact is most of what compiling a report costs. False (the default): a Chinese-named member for every fact too.
/// </param>
/// <param name="LazyFacts">
/// True (<c>ReportSdkLazyFacts=true</c>, and ReportSdk.dll itself): each fact member is a property that decodes only
/// its own fact on first read, so a program's first figure costs the least. False (the default): fact members are
/// <c>static readonly</c> fields, set together with the report's facts when one of them is first read (about a
/// millisecond per report, once per process); a field compiles in about half the time of a property, and the members
/// per fact are most of what compiling a project's reports costs.
/// </param>
/// <param name="RootClass">
/// The static class that holds the region classes (<c>Reports</c> for <c>MyApp.Reports</c>), or null when the region
/// classes sit directly in <paramref name="Namespace"/> (the bundled reports: <c>ReportSdk.Reports.Beijing</c>). A root
/// class keeps a consumer's <c>Beijing</c> apart from the bundled one when both namespaces are imported.
/// </param>
internal sealed record GeneratorOptions(string Namespace, bool EmitConstants, string? RootClass = null, bool EmitDocs = true, bool StandardMembersOnly = false, bool LazyFacts = false)
{
    /// <summary>
    /// Namespace used when neither ReportSdkNamespace nor RootNamespace is set (a bare csc call). Deliberately not
    /// ReportSdk.Reports: that is where the bundled reports live, and the same class names there would clash (CS0436).
    /// </summary>
    public const string FallbackNamespace = "Reports";

    /// <summary>
    /// Reads <c>build_property.ReportSdkNamespace</c>, <c>RootNamespace</c>, <c>ReportSdkEmitConstants</c>,
    /// <c>ReportSdkFactMembers</c>, <c>ReportSdkLazyFacts</c> and <c>ReportSdkRootClass</c>. The last segment of the
    /// name is a static class unless <c>ReportSdkRootClass</c> is <c>false</c> (MyApp.Reports → class Reports in
    /// namespace MyApp).
    /// </summary>
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        string? ns = Read(global, "build_property.ReportSdkNamespace");
        if (ns is null)
        {
            string? root = Read(global, "build_property.RootNamespace");
            ns = root is null ? FallbackNamespace : root + ".Reports";
        }
        bool emitConstants = string.Equals(Read(global, "build_property.ReportSdkEmitConstants"), "true", System.StringComparison.OrdinalIgnoreCase);
        bool standardOnly = string.Equals(Read(global, "build_property.ReportSdkFactMembers"), "standard", System.StringComparison.OrdinalIgnoreCase);
        bool lazyFacts = string.Equals(Read(global, "build_property.ReportSdkLazyFacts"), "true", System.StringComparison.OrdinalIgnoreCase);
        string full = IdentifierRules.ToNamespace(ns, FallbackNamespace);
        if (string.Equals(Read(global, "build_property.ReportSdkRootClass"), "false", System.StringComparison.OrdinalIgnoreCase))
        {
            return new GeneratorOptions(full, emitConstants, StandardMembersOnly: standardOnly, LazyFacts: lazyFacts);
        }
        int dot = full.LastIndexOf('.');
        return new GeneratorOptions(dot < 0 ? string.Empty : full.Substring(0, dot), emitConstants, full.Substring(dot + 1), StandardMembersOnly: standardOnly, LazyFacts: lazyFacts);
    }

    /// <summary>The name region class paths start from: <c>MyApp.Reports</c> (namespace and root class).</summary>
    public string RootName => RootClass is null ? Namespace : Namespace.Length == 0 ? RootClass : Namespace + "." + RootClass;

    /// <summary><see cref="RootName"/> fully qualified: <c>global::MyApp.Reports</c>.</summary>
    public string QualifiedRoot => "global::" + RootName;

    /// <summary>
    /// These options with a root class that no top-level region class takes (a region class may not share its
    /// enclosing class's name): <c>Reports</c> becomes <c>Reports_</c> in that unlikely case.
    /// </summary>
    public GeneratorOptions ScopedTo(CatalogPlan plan)
    {
        if (RootClass is null) return this;
        string root = RootClass;
        var taken = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var region in plan.Regions)
        {
            if (region.ClassPath.Count == 1) taken.Add(region.ClassPath[0]);
        }
        while (taken.Contains(root)) root += "_";
        return root == RootClass ? this : this with { RootClass = root };
    }

    /// <summary>The options with <see cref="EmitDocs"/> taken from the compilation's parse options.</summary>
    public GeneratorOptions With(Microsoft.CodeAnalysis.ParseOptions parse) => this with
    {
        EmitDocs = parse.DocumentationMode != Microsoft.CodeAnalysis.DocumentationMode.None,
    };

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
