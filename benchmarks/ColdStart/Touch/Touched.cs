namespace ColdStart.Touch;

/// <summary>What the measurements touch: one figure through the generated API, and its report.</summary>
internal static class Touched
{
    /// <summary>The report the figure belongs to, through the typed API (no catalog lookup).</summary>
    public static ReportSdk.Report OneReport() => ReportSdk.Reports.Beijing.Shijingshan.Y2023.Report;

    /// <summary>One figure through the generated typed API (what ColdStart.Figure prints).</summary>
    public static decimal OneFigure() => ReportSdk.Reports.Beijing.Shijingshan.Y2023.Gdp.Value;

    /// <summary>The first cross-report query (what ColdStart.Compare prints): the number of rows.</summary>
    public static int FirstCompare() => ReportSdk.ReportCatalog.Compare(ReportSdk.StandardIndicator.GdpGrowth, 2023).Count;
}
