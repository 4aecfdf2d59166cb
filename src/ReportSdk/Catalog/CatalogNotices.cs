using System.Collections.Immutable;
using System.Diagnostics;

namespace ReportSdk;

/// <summary>The notices of the process, each recorded and traced once (a snapshot rebuild does not repeat them).</summary>
internal static class CatalogNotices
{
    private static readonly object Gate = new();
    private static ImmutableArray<CatalogNotice> _all = ImmutableArray<CatalogNotice>.Empty;

    public static ImmutableArray<CatalogNotice> Snapshot
    {
        get
        {
            lock (Gate) return _all;
        }
    }

    public static void Add(CatalogNotice notice)
    {
        lock (Gate)
        {
            foreach (var seen in _all)
            {
                if (seen.Kind == notice.Kind && seen.SetName == notice.SetName && seen.ReportId == notice.ReportId && seen.Message == notice.Message) return;
            }
            _all = _all.Add(notice);
        }
        if (notice.Kind == CatalogNoticeKind.SetFailed) Trace.TraceWarning("ReportSdk: " + notice.Message);
        else Trace.TraceInformation("ReportSdk: " + notice.Message);
    }
}
