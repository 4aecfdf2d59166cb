using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace ReportSdk;

// Queries over every registered report. Each call reads the current snapshot (ReportCatalog.Current), whose
// frozen-dictionary indexes are built on first use and dropped when another set registers.
public static partial class ReportCatalog
{
    /// <summary>Every region in Chinese (as the reports write it), ordinal order.</summary>
    public static IReadOnlyList<string> Regions => Current.Regions;

    /// <inheritdoc cref="ReportCollection.Find(string)"/>
    public static Report? Find(string id) => Current.Find(id);

    /// <inheritdoc cref="ReportCollection.Find(string, int)"/>
    public static Report? Find(string region, int deliveredYear) => Current.Find(region, deliveredYear);

    /// <inheritdoc cref="ReportCollection.ForRegion(string)"/>
    public static IReadOnlyList<Report> ForRegion(string region) => Current.ForRegion(region);

    /// <inheritdoc cref="ReportCollection.Within(string)"/>
    public static IReadOnlyList<Report> Within(string region) => Current.Within(region);

    /// <inheritdoc cref="ReportCollection.Series(StandardIndicator, string)"/>
    public static IndicatorSeries Series(StandardIndicator indicator, string region) => Current.Series(indicator, region);

    /// <inheritdoc cref="ReportCollection.Series(string, string, IndicatorKind)"/>
    public static IndicatorSeries Series(string name, string region, IndicatorKind kind = IndicatorKind.Actual) => Current.Series(name, region, kind);

    /// <inheritdoc cref="ReportCollection.TargetSeries(StandardIndicator, string)"/>
    public static IndicatorSeries TargetSeries(StandardIndicator indicator, string region) => Current.TargetSeries(indicator, region);

    /// <inheritdoc cref="ReportCollection.TargetsAndResults(StandardIndicator, string)"/>
    public static IReadOnlyList<TargetResult> TargetsAndResults(StandardIndicator indicator, string region) => Current.TargetsAndResults(indicator, region);

    /// <inheritdoc cref="ReportCollection.Compare(StandardIndicator, int)"/>
    public static IndicatorComparison Compare(StandardIndicator indicator, int dataYear) => Current.Compare(indicator, dataYear);

    /// <inheritdoc cref="ReportCollection.Compare(string, int, IndicatorKind)"/>
    public static IndicatorComparison Compare(string name, int dataYear, IndicatorKind kind = IndicatorKind.Actual) => Current.Compare(name, dataYear, kind);

    /// <inheritdoc cref="ReportCollection.CompareTargets(StandardIndicator, int)"/>
    public static IndicatorComparison CompareTargets(StandardIndicator indicator, int planYear) => Current.CompareTargets(indicator, planYear);

    /// <inheritdoc cref="ReportCollection.Facts(IndicatorKind, int)"/>
    public static IReadOnlyList<ReportFact> Facts(IndicatorKind kind, int dataYear) => Current.Facts(kind, dataYear);

    /// <inheritdoc cref="ReportCollection.Facts(StandardIndicator)"/>
    public static IReadOnlyList<ReportFact> Facts(StandardIndicator indicator) => Current.Facts(indicator);

    /// <inheritdoc cref="ReportCollection.Targets(int)"/>
    public static IReadOnlyList<ReportFact> Targets(int planYear) => Current.Targets(planYear);

    /// <inheritdoc cref="ReportCollection.Growths(int)"/>
    public static IReadOnlyList<ReportFact> Growths(int dataYear) => Current.Growths(dataYear);

    /// <inheritdoc cref="ReportCollection.Search(string, SearchScope)"/>
    public static IReadOnlyList<SearchHit> Search(string text, SearchScope scope = SearchScope.All) => Current.Search(text, scope);

    /// <summary>
    /// Every report as JSON in the export contract (docs/json-contract.md): <c>{"reports":[…]}</c>, camelCase, CJK
    /// unescaped, two-space indented unless <paramref name="indented"/> is false.
    /// </summary>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static string ToJson(bool indented = true) => ReportJson.ToJson(Current, indented);

    /// <summary>Writes <see cref="ToJson"/> as UTF-8 to a stream (no byte-order mark).</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static void WriteJson(Stream utf8Json, bool indented = true) => ReportJson.Write(utf8Json, Current, indented);

    static partial void OnRegistered() => Volatile.Write(ref _current, null);
}
