using System;
using System.Collections.Generic;
using System.Threading;

namespace ReportSdk;

/// <summary>
/// A registered <see cref="ReportSet"/> and its report entries, read once (the first time the catalog needs them):
/// from the set's catalog index when it has one (no report is created), else from its reports. A set
/// whose <see cref="ReportSet.Reports"/> throws, or holds null, is contained here: it contributes what it can and
/// its failure becomes one <see cref="CatalogNotice"/>, so the rest of the catalog keeps working.
/// </summary>
internal sealed class RegisteredSet
{
    private readonly object _gate = new();
    private ReportEntry[]? _entries;
    private string? _name;

    public RegisteredSet(ReportSet set) => Set = set;

    public ReportSet Set { get; }

    /// <summary>The set's name, or its type name when <see cref="ReportSet.Name"/> fails.</summary>
    public string Name => _name ??= SafeName();

    /// <summary>True for the reports bundled in the ReportSdk assembly itself.</summary>
    public bool IsBundled => Set.GetType().Assembly == typeof(ReportCatalog).Assembly;

    public ReportEntry[] Entries
    {
        get
        {
            if (Volatile.Read(ref _entries) is { } done) return done;
            lock (_gate)
            {
                return _entries ??= FromIndex() ?? Array.ConvertAll(Read(), ReportEntry.Of);
            }
        }
    }

    // A set's index that throws or cannot be read is no failure: its reports are read instead.
    private ReportEntry[]? FromIndex()
    {
        try
        {
            return ReportEntry.FromIndex(Set, Set.CatalogIndex);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private Report[] Read()
    {
        string name = Name;
        var reports = new List<Report>();
        try
        {
            var list = Set.Reports;
            if (list is null)
            {
                CatalogNotices.Add(new CatalogNotice(CatalogNoticeKind.SetFailed, name, null, $"Report set {name} returned no report list; it is left out."));
                return Array.Empty<Report>();
            }
            int skipped = 0;
            foreach (var report in list)
            {
                if (report is null) skipped++;
                else reports.Add(report);
            }
            if (skipped > 0)
            {
                CatalogNotices.Add(new CatalogNotice(CatalogNoticeKind.SetFailed, name, null, $"Report set {name} holds {skipped} null report(s); they are left out."));
            }
        }
        catch (Exception ex)
        {
            CatalogNotices.Add(new CatalogNotice(CatalogNoticeKind.SetFailed, name, null,
                $"Report set {name} failed while listing its reports ({ex.GetType().Name}: {ex.Message}); the {reports.Count} read before the failure are kept.", ex));
        }
        return reports.ToArray();
    }

    private string SafeName()
    {
        try
        {
            return Set.Name ?? Set.GetType().FullName ?? "?";
        }
        catch (Exception)
        {
            return Set.GetType().FullName ?? "?";
        }
    }
}
