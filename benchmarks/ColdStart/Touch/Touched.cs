using ReportSdk;

namespace ColdStart.Touch;

/// <summary>What the measurements touch: one figure through the generated API, and its report.</summary>
internal static class Touched
{
    /// <summary>The report the figure belongs to (same as ColdStart.Figure prints).</summary>
    public const string ReportId = "shijingshan-2023";

    /// <summary>One figure through the generated typed API (placeholder until the typed API lands).</summary>
    public static decimal OneFigure()
    {
        var all = ReportCatalog.All;
        return all.Count;
    }
}
