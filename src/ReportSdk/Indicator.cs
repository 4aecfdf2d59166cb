namespace ReportSdk;

/// <summary>One numeric fact stated in a report, e.g. 地区生产总值 980 亿元 (2022, 预计).</summary>
/// <param name="ReportId">Id of the report that states it.</param>
/// <param name="Name">The indicator as written, e.g. 地区生产总值.</param>
/// <param name="Standard">The standard indicator it maps to, when one applies.</param>
/// <param name="Quantity">Value and unit as written, with the factor to the base unit.</param>
/// <param name="ValueHigh">Upper end of a range (80-100 家, 6.5%－7%), otherwise null.</param>
/// <param name="Measure">What it measures: a level, a change, a share or a rank.</param>
/// <param name="Status">Whether it is actual, estimated or a target.</param>
/// <param name="Direction">Up or down for changes, otherwise null.</param>
/// <param name="Qualifiers">About, over, estimated, …</param>
/// <param name="PeriodStart">The first year the figure covers.</param>
/// <param name="PeriodEnd">The last year the figure covers (equal to <paramref name="PeriodStart"/> for one year).</param>
/// <param name="MainTarget">True for the 主要预期目标 figures.</param>
/// <param name="Quote">The clause that states the fact.</param>
/// <param name="Line">Source line of the number (1-based).</param>
/// <param name="Section">Title of the innermost section that holds it, or null.</param>
public sealed record Indicator(
    string ReportId,
    string Name,
    StandardIndicator? Standard,
    Quantity Quantity,
    decimal? ValueHigh,
    Measure Measure,
    FactStatus Status,
    Direction? Direction,
    Qualifiers Qualifiers,
    int PeriodStart,
    int PeriodEnd,
    bool MainTarget,
    string Quote,
    int Line,
    string? Section)
{
    /// <summary>The value as written (980 for 980 亿元).</summary>
    public decimal Value => Quantity.Value;

    /// <summary>The unit as written (亿元).</summary>
    public string Unit => Quantity.Unit;

    /// <summary>Measure and status as one older kind (a planned level is <see cref="IndicatorKind.Target"/>, a planned change <see cref="IndicatorKind.TargetGrowth"/>).</summary>
    public IndicatorKind Kind => FactKinds.KindOf(Measure, Status);

    /// <summary>The year the figure refers to: the last year of its period.</summary>
    public int Period => PeriodEnd;

    /// <summary>True when the figure covers several years (过去五年年均, “十四五”时期).</summary>
    public bool IsSpan => PeriodStart != PeriodEnd;

    /// <summary>True for goals of the plan.</summary>
    public bool IsTarget => Status == FactStatus.Target;

    /// <summary>What the figure is: <c>地区生产总值 980 亿元 (2022年, 预计)</c>, <c>地区生产总值增长 5% 左右 (2023年目标)</c>.</summary>
    public override string ToString() => FigureText.Describe(this);
}
