using System.Globalization;

namespace ReportSdk;

/// <summary>
/// One year of <see cref="ReportCollection.TargetsAndResults"/>: the target a region set for the year (in the report
/// delivered that year) beside the result it reported for it (in the next year's report).
/// </summary>
/// <param name="Year">The year both figures are for.</param>
/// <param name="Target">The plan-year target, or null when no report set one.</param>
/// <param name="Result">The review-year result, or null when no report states one (yet).</param>
public sealed record TargetResult(int Year, SeriesPoint? Target, SeriesPoint? Result)
{
    /// <summary>Result minus target when both share a base unit (5.2% − 5% → 0.2), otherwise null.</summary>
    public decimal? Difference =>
        Target is { } t && Result is { } r && t.Quantity.IsComparableTo(r.Quantity) ? r.Quantity.ToBase() - t.Quantity.ToBase() : null;

    /// <summary>Short form: <c>2023年 目标 增长 5% 左右, 结果 增长 5.2%</c>.</summary>
    public override string ToString() =>
        Year.ToString(CultureInfo.InvariantCulture) + "年 目标 " + (Target is null ? "-" : FigureText.Short(Target.Indicator, markTarget: false))
        + ", 结果 " + (Result is null ? "-" : FigureText.Short(Result.Indicator));
}
