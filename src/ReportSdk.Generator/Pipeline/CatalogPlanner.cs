using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Decides, over the identities of all reports, which report wins when two describe the same region and
/// year (RSDK005), the nested class path of every region (RSDK006 on collisions) and the hint names.
/// Everything is ordered ordinally, so the plan does not depend on the order the files arrive in.
/// </summary>
internal static class CatalogPlanner
{
    /// <summary>Name of the generated ReportSet class; reserved at namespace level.</summary>
    public const string ReportSetClass = "GeneratedReportSet";

    // Plans by (file, index), built once per plan value, so joining n reports with the plan stays linear.
    private static readonly ConditionalWeakTable<CatalogPlan, Dictionary<(string, int), ReportPlan>> PlanIndex = new();

    /// <summary>What the catalog needs of a report: its identity only.</summary>
    public static CatalogEntry EntryOf(ReportItem item) => CatalogEntry.Of(item.Index, item.Model);

    /// <summary>A report joined with its planned names; null when it lost a duplicate contest (nothing is emitted for it).</summary>
    public static ReportUnit? UnitOf(ReportItem item, CatalogPlan plan, GeneratorOptions options)
    {
        var index = PlanIndex.GetValue(plan, static p =>
        {
            var map = new Dictionary<(string, int), ReportPlan>();
            foreach (var r in p.Reports) map[(r.FilePath, r.Index)] = r;
            return map;
        });
        return index.TryGetValue((item.Model.FilePath, item.Index), out var found) ? new ReportUnit(item.Model, found, options) : null;
    }

    public static CatalogPlan Plan(ImmutableArray<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var winners = PickWinners(entries, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        // Region tree: every region of a winner under its parents (the divisions tree: 内蒙古自治区 → 呼伦贝尔市 → 海拉尔区).
        var root = new RegionNode(string.Empty, null);
        var nodeOf = new Dictionary<string, RegionNode>(StringComparer.Ordinal);
        var nodeOfEntry = new Dictionary<CatalogEntry, RegionNode>();
        foreach (var entry in winners)
        {
            var parent = root;
            for (int i = entry.Parents.Count - 1; i >= 0; i--)
            {
                var p = entry.Parents[i];
                parent = GetNode(parent, nodeOf, p.Code ?? p.Name, p.Name, p.English);
            }
            var node = GetNode(parent, nodeOf, RegionKey(entry), entry.Region, entry.RegionEnglish);
            node.Years.Add(entry.DeliveredYear);
            node.FirstReport ??= entry;
            nodeOfEntry[entry] = node;
        }
        AssignNames(root, new NameScope(ReportSetClass), diagnostics);

        // Roslyn compares hint names ignoring case (Report.txt and report.txt must not clash: CS8785).
        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ReportSetEmitter.HintName };
        var plans = new List<ReportPlan>();
        var heap = new StringHeapBudget();
        foreach (var entry in winners)
        {
            var node = nodeOfEntry[entry];
            string stem = IdentifierRules.ToHintFragment(StripExtension(entry.FileName));
            string hint = ClaimHint(hints, stem + "." + entry.Index.ToString(CultureInfo.InvariantCulture) + "." + IdentifierRules.ToHintFragment(entry.Id));
            plans.Add(new ReportPlan(entry.FilePath, entry.Index, hint, node.Path.ToEquatableArray(), YearClass(entry.DeliveredYear), heap.TryTake(entry.DataBlocks)));
        }

        var regions = new List<RegionClass>();
        Flatten(root, regions);
        return new CatalogPlan(plans.ToEquatableArray(), regions.ToEquatableArray(), diagnostics.ToEquatableArray(), CatalogIndexWriter.Write(winners));
    }

    // The stem, or stem_2, stem_3 … : unique ignoring case, with the .g.cs suffix.
    private static string ClaimHint(HashSet<string> hints, string stem)
    {
        string hint = stem + ".g.cs";
        for (int n = 2; !hints.Add(hint); n++) hint = stem + "_" + n.ToString(CultureInfo.InvariantCulture) + ".g.cs";
        return hint;
    }

    /// <summary>The year class of a report: Y + delivered year.</summary>
    public static string YearClass(int deliveredYear) => "Y" + deliveredYear.ToString(CultureInfo.InvariantCulture);

    private static List<CatalogEntry> PickWinners(ImmutableArray<CatalogEntry> entries, List<DiagnosticInfo> diagnostics)
    {
        var winners = new List<CatalogEntry>();
        var groups = entries
            .OrderBy(e => RegionKey(e), StringComparer.Ordinal)
            .ThenBy(e => e.DeliveredYear)
            .ThenByDescending(e => e.Complete)
            .ThenBy(e => e.FilePath, StringComparer.Ordinal)
            .ThenBy(e => e.Index)
            .GroupBy(e => (RegionKey(e), e.DeliveredYear));
        foreach (var group in groups)
        {
            CatalogEntry? winner = null;
            foreach (var entry in group)
            {
                if (winner is null)
                {
                    winner = entry;
                    winners.Add(entry);
                    continue;
                }
                bool sameName = string.Equals(winner.FileName, entry.FileName, StringComparison.Ordinal);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateReport, LocationInfo.AtLine(entry.FilePath, entry.StartLine - 1),
                    entry.Id, sameName ? winner.FilePath : winner.FileName, sameName ? entry.FilePath : entry.FileName));
            }
        }
        return winners;
    }

    // A region is the same region when its division code is (two 朝阳区 differ); a region the table does not know,
    // by its name.
    private static string RegionKey(CatalogEntry entry) => entry.DivisionCode ?? entry.Region;

    private static RegionNode GetNode(RegionNode parent, Dictionary<string, RegionNode> nodeOf, string key, string region, string? english)
    {
        if (nodeOf.TryGetValue(key, out var existing)) return existing;
        var node = new RegionNode(region, english);
        parent.Children.Add(node);
        nodeOf[key] = node;
        return node;
    }

    private static void AssignNames(RegionNode parent, NameScope scope, List<DiagnosticInfo> diagnostics)
    {
        foreach (int year in parent.Years) scope.Reserve(YearClass(year));
        foreach (var child in parent.Children.OrderBy(c => c.Region, StringComparer.Ordinal))
        {
            string wanted = IdentifierRules.ToIdentifier(child.English, string.Empty);
            if (wanted.Length == 0) wanted = IdentifierRules.ToIdentifier(child.Region, "Region");
            child.Name = scope.Claim(wanted);
            if (!string.Equals(child.Name, wanted, StringComparison.Ordinal))
            {
                var at = child.FirstReport is { } first ? LocationInfo.AtLine(first.FilePath, first.StartLine - 1) : null;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, at, wanted, child.Name, child.Region));
            }
            child.Path.AddRange(parent.Path);
            child.Path.Add(child.Name);
            // A nested type may not share its enclosing type's name.
            AssignNames(child, new NameScope(child.Name), diagnostics);
        }
    }

    private static void Flatten(RegionNode node, List<RegionClass> into)
    {
        foreach (var child in node.Children.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            into.Add(new RegionClass(child.Path.ToEquatableArray(), child.Region, child.English, child.Years.OrderBy(y => y).ToEquatableArray()));
            Flatten(child, into);
        }
    }

    private static string StripExtension(string fileName)
    {
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private sealed class RegionNode
    {
        public RegionNode(string region, string? english)
        {
            Region = region;
            English = english;
        }

        public string Region { get; }
        public string? English { get; }
        public string Name { get; set; } = string.Empty;
        public List<string> Path { get; } = new();
        public List<RegionNode> Children { get; } = new();
        public SortedSet<int> Years { get; } = new();
        public CatalogEntry? FirstReport { get; set; }
    }
}
