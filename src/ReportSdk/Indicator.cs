namespace ReportSdk;

/// <summary>One numeric fact stated in a report, e.g. 地区生产总值 980 亿元 (2022, 预计).</summary>
/// <param name="ReportId">Id of the report that states it.</param>
/// <param name="Name">The indicator as written, e.g. 地区生产总值.</param>
/// <param name="Standard">The standard indicator it maps to, when one applies.</param>
/// <param name="Quantity">Value and unit as written, with the factor to the base unit.</param>
/// <param name="ValueHigh">Upper end of a range (80-100 家), otherwise null.</param>
/// <param name="Kind">Actual, growth, target, …</param>
/// <param name="Direction">Up or down for rates, otherwise null.</param>
/// <param name="Qualifiers">About, over, estimated, …</param>
/// <param name="Period">The year the figure refers to.</param>
/// <param name="IsSpan">True for cumulative spans such as 过去三年年均.</param>
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
    IndicatorKind Kind,
    Direction? Direction,
    Qualifiers Qualifiers,
    int Period,
    bool IsSpan,
    bool MainTarget,
    string Quote,
    int Line,
    string? Section)
{
    /// <summary>The value as written (980 for 980 亿元).</summary>
    public decimal Value => Quantity.Value;

    /// <summary>The unit as written (亿元).</summary>
    public string Unit => Quantity.Unit;

    /// <summary>What the figure is: <c>地区生产总值 980 亿元 (2022年, 预计)</c>, <c>地区生产总值增长 5% 左右 (2023年目标)</c>.</summary>
    public override string ToString() => FigureText.Describe(this);
}
