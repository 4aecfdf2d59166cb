namespace ReportSdk;

/// <summary>A fact together with the report that states it: the result row of catalog queries.</summary>
/// <param name="Report">The report that states the fact.</param>
/// <param name="Indicator">The fact.</param>
public record ReportFact(Report Report, Indicator Indicator)
{
    /// <summary>Region of the report, e.g. 石景山区.</summary>
    public string Region => Report.Region;

    /// <summary>The year the figure refers to (<see cref="Indicator.Period"/>).</summary>
    public int Year => Indicator.Period;

    /// <summary>Value and unit as written.</summary>
    public Quantity Quantity => Indicator.Quantity;

    /// <summary>The value as written (980 for 980 亿元).</summary>
    public decimal Value => Indicator.Value;

    /// <summary>The unit as written (亿元).</summary>
    public string Unit => Indicator.Unit;

    /// <summary>The region and the figure: <c>西城区 地区生产总值增长 5.8% (2023年)</c>.</summary>
    public override string ToString() => $"{Report.Region} {Indicator}";
}

/// <summary>One year of an <see cref="IndicatorSeries"/>: the figure a region reported for that year.</summary>
public sealed record SeriesPoint : ReportFact
{
    /// <summary>Creates a point.</summary>
    /// <param name="report">The report that states the figure.</param>
    /// <param name="indicator">The figure.</param>
    public SeriesPoint(Report report, Indicator indicator) : base(report, indicator) { }

    /// <summary>The year and the figure: <c>2022年 980 亿元 (预计)</c>, <c>2023年 增长 5.2%</c>.</summary>
    public override string ToString() => Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年 " + FigureText.Short(Indicator);
}

/// <summary>One region of an <see cref="IndicatorComparison"/>: the figure it reported for the compared year.</summary>
public sealed record ComparisonRow : ReportFact
{
    /// <summary>Creates a row.</summary>
    /// <param name="report">The report that states the figure.</param>
    /// <param name="indicator">The figure.</param>
    public ComparisonRow(Report report, Indicator indicator) : base(report, indicator) { }

    /// <summary>The region and the figure: <c>西城区 增长 5.8%</c>.</summary>
    public override string ToString() => Region + " " + FigureText.Short(Indicator);
}
