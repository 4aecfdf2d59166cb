using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ReportSdk;

/// <summary>
/// An immutable list of reports with query helpers: find a report, the series of an indicator for a region, the
/// comparison of an indicator across regions, facts by kind and full-text search. <see cref="ReportCatalog"/>
/// answers the same questions over every registered report; build your own collection to query a subset
/// (<c>new ReportCollection(mySet.Reports)</c>).
/// </summary>
/// <remarks>
/// Indexes are built on first use, in three layers so a query pays only for what it reads: ids and regions
/// (metadata only), facts, and full text (sections and paragraphs). The catalog's collections create each report on
/// first access: a query creates only the reports it reads. Thread-safe.
/// </remarks>
public sealed class ReportCollection : IReadOnlyList<Report>
{
    private readonly ReportEntry[] _entries;
    private ReportLookup? _lookup;
    private FactIndex? _facts;
    private TextIndex? _text;

    /// <summary>Creates a collection over the given reports, in their order.</summary>
    /// <param name="reports">The reports; the first of several with the same id wins in <see cref="Find(string)"/>.</param>
    public ReportCollection(IEnumerable<Report> reports)
    {
        if (reports is null) throw new ArgumentNullException(nameof(reports));
        var list = reports.ToArray();
        if (Array.IndexOf(list, null) >= 0) throw new ArgumentException("A report is null.", nameof(reports));
        _entries = Array.ConvertAll(list, ReportEntry.Of);
    }

    // Catalog snapshots remember the sets they were built from (see ReportCatalog.Current).
    internal ReportCollection(RegisteredSet[] sets, ReportEntry[] entries)
    {
        _entries = entries;
        Sets = sets;
    }

    internal RegisteredSet[]? Sets { get; }

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public Report this[int index] => _entries[index].Report;

    /// <summary>Every region in Chinese (as the reports write it), ordinal order.</summary>
    public IReadOnlyList<string> Regions => Lookup.Regions;

    /// <summary>The report with this id (<c>shijingshan-2025</c>, case-insensitive), or null.</summary>
    /// <param name="id">A report id.</param>
    public Report? Find(string id) => id is null ? null : Lookup.FindById(id);

    /// <summary>
    /// The report a region delivered in a year, or null. The region may be given by its Chinese name (石景山区),
    /// without its suffix (石景山), by its English name (Shijingshan, any case), by its GB/T 2260 division code
    /// (<c>Find("110107", 2023)</c>) or by one of its report ids.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="deliveredYear">The year the report was delivered (2025 for the report on 2024).</param>
    public Report? Find(string region, int deliveredYear) => region is null ? null : Lookup.Find(region, deliveredYear);

    /// <summary>The reports of a region, oldest first (region given as in <see cref="Find(string, int)"/>).</summary>
    /// <param name="region">The region.</param>
    public IReadOnlyList<Report> ForRegion(string region) => Array.AsReadOnly(region is null ? Array.Empty<Report>() : Lookup.ForRegion(region));

    /// <summary>
    /// The reports of every region inside a region, in collection order: <c>Within("北京市")</c> gives the bundled
    /// district reports of Beijing (not Beijing's own). The region is given as in <see cref="Find(string, int)"/>
    /// (<c>Within("110000")</c> works too), also when it has no report of its own (<c>Within("呼伦贝尔市")</c>).
    /// </summary>
    /// <param name="region">The parent region.</param>
    public IReadOnlyList<Report> Within(string region) => Array.AsReadOnly(region is null ? Array.Empty<Report>() : Lookup.Within(region));

    /// <summary>
    /// The yearly figures of a standard indicator for a region: for each report, the result of its review year
    /// (for a level key such as <see cref="StandardIndicator.Gdp"/> the amount, for a growth key such as
    /// <see cref="StandardIndicator.GdpGrowth"/> the rate). One point per year, oldest first.
    /// </summary>
    /// <param name="indicator">The standard indicator.</param>
    /// <param name="region">The region (Chinese name, short name, English name or a report id).</param>
    public IndicatorSeries Series(StandardIndicator indicator, string region) => StandardSeries(indicator, region, targets: false);

    /// <summary>The plan-year targets of a standard indicator for a region (主要预期目标 first), one point per plan year.</summary>
    /// <param name="indicator">The standard indicator (<see cref="StandardIndicator.GdpGrowth"/> for the growth target).</param>
    /// <param name="region">The region.</param>
    public IndicatorSeries TargetSeries(StandardIndicator indicator, string region) => StandardSeries(indicator, region, targets: true);

    /// <summary>
    /// Each year's target of a standard indicator beside the result reported for that year, oldest first: the target
    /// from the report delivered in year N (its plan year), the result from the report delivered in N + 1 (its review
    /// year). A year with only one side has null for the other.
    /// </summary>
    /// <param name="indicator">The standard indicator (<see cref="StandardIndicator.GdpGrowth"/> for the growth target).</param>
    /// <param name="region">The region (Chinese name, short name, English name or a report id).</param>
    public IReadOnlyList<TargetResult> TargetsAndResults(StandardIndicator indicator, string region)
    {
        var targets = TargetSeries(indicator, region).ToDictionary(p => p.Year);
        var results = Series(indicator, region).ToDictionary(p => p.Year);
        return Array.AsReadOnly(targets.Keys.Union(results.Keys).Order()
            .Select(year => new TargetResult(year, targets.GetValueOrDefault(year), results.GetValueOrDefault(year)))
            .ToArray());
    }

    /// <summary>
    /// The yearly figures of a fact named in Chinese (e.g. 技术合同成交额; whitespace ignored) for a region. A name
    /// often carries both an amount and its rate (地区生产总值 980 亿元, 增长 2%): <paramref name="kind"/> says which.
    /// Target kinds give plan-year figures, the others review-year figures.
    /// </summary>
    /// <param name="name">The fact's name as written in the reports.</param>
    /// <param name="region">The region.</param>
    /// <param name="kind">The kind of figure; actual amounts by default.</param>
    /// <remarks>
    /// A name that is one of a standard indicator's Chinese names (生产总值, 地区生产总值, 国内生产总值 …) asks for that
    /// standard indicator, whatever variant each report writes: <c>Series("地区生产总值", "上海市")</c> finds
    /// Shanghai's 生产总值.
    /// </remarks>
    public IndicatorSeries Series(string name, string region, IndicatorKind kind = IndicatorKind.Actual)
    {
        var (query, select, filter) = NameQuery(name, kind);
        return MakeSeries(query, region, select, filter);
    }

    /// <summary>
    /// A standard indicator across regions for one year: one row per region that reports a result for that year
    /// (the figure's period, so <c>Compare(GdpGrowth, 2023)</c> reads the reports delivered in 2024).
    /// </summary>
    /// <param name="indicator">The standard indicator.</param>
    /// <param name="dataYear">The year the figures refer to (not the year the reports were delivered).</param>
    public IndicatorComparison Compare(StandardIndicator indicator, int dataYear) => StandardComparison(indicator, dataYear, targets: false);

    /// <summary>A standard indicator's targets for one plan year across regions, one row per region.</summary>
    /// <param name="indicator">The standard indicator.</param>
    /// <param name="planYear">The year the targets are for (the delivered year of the reports that set them).</param>
    public IndicatorComparison CompareTargets(StandardIndicator indicator, int planYear) => StandardComparison(indicator, planYear, targets: true);

    /// <summary>A fact named in Chinese across regions for one year, one row per region (see <see cref="Series(string, string, IndicatorKind)"/>).</summary>
    /// <param name="name">The fact's name as written.</param>
    /// <param name="dataYear">The year the figures refer to (for target kinds: the plan year).</param>
    /// <param name="kind">The kind of figure; actual amounts by default.</param>
    public IndicatorComparison Compare(string name, int dataYear, IndicatorKind kind = IndicatorKind.Actual)
    {
        var (query, select, filter) = NameQuery(name, kind);
        return MakeComparison(query, dataYear, select, filter);
    }

    // A fact named in Chinese: its standard indicator when the name is one (any variant), else the name itself with
    // facts of that kind.
    private static (IndicatorQuery Query, Func<ReportFacts, ReportFact[]> Select, Func<ReportFact, bool> Filter) NameQuery(string name, IndicatorKind kind)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var compact = ReportLookup.RemoveWhitespace(name);
        var targets = FigureRules.IsTargetKind(kind);
        if (StandardNames.TryResolve(compact, kind, out var key))
        {
            return (new IndicatorQuery(key, name, kind, targets), facts => facts.ByStandard(key), static _ => true);
        }
        return (new IndicatorQuery(null, name, kind, targets), facts => facts.ByName(compact), f => f.Indicator.Kind == kind);
    }

    /// <summary>Every fact of a kind whose period is the given year, in catalog and text order.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="dataYear">The year the facts refer to (not the year the reports were delivered).</param>
    public IReadOnlyList<ReportFact> Facts(IndicatorKind kind, int dataYear) => Array.AsReadOnly(FactIndex.ByKind(kind, dataYear));

    /// <summary>Every fact carrying a standard indicator key, in catalog and text order.</summary>
    /// <param name="indicator">The standard indicator.</param>
    public IReadOnlyList<ReportFact> Facts(StandardIndicator indicator) => Array.AsReadOnly(FactIndex.ByStandard(indicator));

    /// <summary>Every target and target growth for a plan year, in catalog and text order.</summary>
    /// <param name="planYear">The year the targets are for (2024 for the targets in the reports delivered in 2024).</param>
    public IReadOnlyList<ReportFact> Targets(int planYear) => Array.AsReadOnly(FactIndex.Targets(planYear));

    /// <summary>Every growth rate of results for a year, in catalog and text order.</summary>
    /// <param name="dataYear">The year the rates refer to (2023 for the rates in the reports delivered in 2024).</param>
    public IReadOnlyList<ReportFact> Growths(int dataYear) => Array.AsReadOnly(FactIndex.ByKind(IndicatorKind.Growth, dataYear));

    /// <summary>
    /// Full-text search (ignores whitespace, letter case and full-width forms) over fact names and quotes,
    /// section titles, paragraph text and glossary entries. Hits come in catalog order; within a report facts
    /// first, then sections and their paragraphs in text order, then the glossary.
    /// </summary>
    /// <param name="text">The text to find, e.g. 停车位.</param>
    /// <param name="scope">Where to look; everywhere by default.</param>
    public IReadOnlyList<SearchHit> Search(string text, SearchScope scope = SearchScope.All) => TextIndex.Search(text, scope);

    /// <summary>The collection as JSON in the export contract's catalog shape (<c>{"reports":[…]}</c>).</summary>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public string ToJson(bool indented = true) => ReportJson.ToJson(this, indented);

    /// <inheritdoc />
    public IEnumerator<Report> GetEnumerator()
    {
        foreach (var entry in _entries) yield return entry.Report;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The entries (metadata, each report created on first access), in collection order.</summary>
    internal IReadOnlyList<ReportEntry> Entries => _entries;

    internal ReportLookup Lookup => Volatile.Read(ref _lookup) ?? Build(ref _lookup, () => new ReportLookup(_entries));

    internal FactIndex FactIndex => Volatile.Read(ref _facts) ?? Build(ref _facts, () => new FactIndex(this));

    internal TextIndex TextIndex => Volatile.Read(ref _text) ?? Build(ref _text, () => new TextIndex(this));

    private IndicatorSeries StandardSeries(StandardIndicator indicator, string region, bool targets) =>
        MakeSeries(new IndicatorQuery(indicator, null, null, targets), region, facts => facts.ByStandard(indicator), static _ => true);

    private IndicatorComparison StandardComparison(StandardIndicator indicator, int year, bool targets) =>
        MakeComparison(new IndicatorQuery(indicator, null, null, targets), year, facts => facts.ByStandard(indicator), static _ => true);

    // Candidates: the facts under the key in each of the region's reports (oldest first) that fit the query's side.
    private IndicatorSeries MakeSeries(IndicatorQuery query, string region, Func<ReportFacts, ReportFact[]> select, Func<ReportFact, bool> filter)
    {
        var resolved = region is null ? null : Lookup.ResolveRegion(region);
        if (resolved is null) return new IndicatorSeries(query, region ?? string.Empty, Array.Empty<SeriesPoint>());
        var candidates = Candidates(Lookup.ForResolvedRegion(resolved), select, filter, query.Targets);
        var picked = FigureRules.PickPerGroup(candidates, f => f.Indicator.Period, query.Targets);
        // One fact per year, so an unstable sort is enough (and, unlike OrderBy's int keys, needs no JIT at start-up).
        picked.Sort(static (a, b) => a.Indicator.Period.CompareTo(b.Indicator.Period));
        return new IndicatorSeries(query, resolved, picked.ConvertAll(f => new SeriesPoint(f.Report, f.Indicator)).ToArray());
    }

    // Candidates: the facts under the key in the reports whose review (or plan) year is the compared year.
    private IndicatorComparison MakeComparison(IndicatorQuery query, int year, Func<ReportFacts, ReportFact[]> select, Func<ReportFact, bool> filter)
    {
        var candidates = Candidates(ForPeriod(year, query.Targets), select, filter, query.Targets);
        var picked = FigureRules.PickPerGroup(candidates, f => f.Report.Region, query.Targets);
        return new IndicatorComparison(query, year, picked.ConvertAll(f => new ComparisonRow(f.Report, f.Indicator)).ToArray());
    }

    // Plain loops, no LINQ: the first query then loads no System.Linq.
    private static List<ReportFact> Candidates(Report[] reports, Func<ReportFacts, ReportFact[]> select, Func<ReportFact, bool> filter, bool targets)
    {
        var candidates = new List<ReportFact>();
        foreach (var report in reports)
        {
            foreach (var fact in select(ReportFacts.Of(report)))
            {
                if (filter(fact) && FigureRules.Fits(fact.Report, fact.Indicator, targets)) candidates.Add(fact);
            }
        }
        return candidates;
    }

    // Reports whose results (review year) or targets (plan year) are for the year, in collection order: a scan of the
    // entries' metadata (no index to build, so the first comparison costs no more than the reports it reads).
    private Report[] ForPeriod(int year, bool targets)
    {
        var reports = new List<Report>();
        foreach (var entry in _entries)
        {
            if (entry.ExpectedPeriod(targets) == year) reports.Add(entry.Report);
        }
        return reports.ToArray();
    }

    // Builds an index once; a racing thread may build a second copy, and the first one stored wins.
    private static T Build<T>(ref T? field, Func<T> create)
        where T : class
    {
        var built = create();
        return Interlocked.CompareExchange(ref field, built, null) ?? built;
    }
}
