// Shared between the runtime library and the generator (see Vocabulary.cs): the rules that relate a fact's
// measure, status, kind and period, written once.

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>How <see cref="Measure"/> and <see cref="FactStatus"/> combine into the older <see cref="IndicatorKind"/>, and the default period of a figure.</summary>
public static class FactKinds
{
    /// <summary>
    /// The kind of a measure with a status: ranks and shares keep their measure, changes are growths (target growths
    /// when planned), levels are actuals (targets when planned).
    /// </summary>
    /// <param name="measure">What the figure measures.</param>
    /// <param name="status">Actual, estimated or target.</param>
    public static IndicatorKind KindOf(Measure measure, FactStatus status) => measure switch
    {
        Measure.Rank => IndicatorKind.Rank,
        Measure.Share => IndicatorKind.Share,
        Measure.Change => status == FactStatus.Target ? IndicatorKind.TargetGrowth : IndicatorKind.Growth,
        _ => status == FactStatus.Target ? IndicatorKind.Target : IndicatorKind.Actual,
    };

    /// <summary>The Chinese word for a kind, as hover text and member-name suffixes use it.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindText(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Actual => "实际",
        IndicatorKind.Growth => "增速",
        IndicatorKind.Target => "目标",
        IndicatorKind.TargetGrowth => "目标增速",
        IndicatorKind.Share => "比重",
        IndicatorKind.Rank => "排名",
        _ => "实际",
    };

    /// <summary>The Chinese word for a status: 实际, 预计 or 目标.</summary>
    /// <param name="status">The status.</param>
    public static string StatusText(FactStatus status) => status switch
    {
        FactStatus.Estimated => "预计",
        FactStatus.Target => "目标",
        _ => "实际",
    };

    /// <summary>
    /// The year a report's results (its review year) or targets (its plan year) refer to when the text names no
    /// other: review year, else delivered − 1; plan year, else the delivered year.
    /// </summary>
    /// <param name="deliveredYear">The year the report was delivered.</param>
    /// <param name="reviewYear">The year it reviews, when known.</param>
    /// <param name="planYear">The year it plans, when known.</param>
    /// <param name="targets">True for targets, false for results.</param>
    public static int DefaultPeriod(int deliveredYear, int? reviewYear, int? planYear, bool targets) =>
        targets ? planYear ?? deliveredYear : reviewYear ?? deliveredYear - 1;
}
