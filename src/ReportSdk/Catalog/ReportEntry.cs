using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using L = ReportSdk.CatalogIndexLayout;

namespace ReportSdk;

/// <summary>
/// What the catalog knows of a report before it needs the report itself: the metadata its lookups read (id, region
/// and its aliases, division code, years, parents). A generated set lists these in its catalog index, so finding,
/// merging and selecting reports creates no report object; <see cref="Report"/> creates the report on first access.
/// </summary>
internal sealed class ReportEntry
{
    private readonly ReportSet? _set;
    private readonly int _index;
    private Report? _report;

    private ReportEntry(string id, string region, string? english, RegionLevel level, string? divisionCode, int deliveredYear,
        int? reviewYear, int? planYear, IReadOnlyList<RegionRef> parents, ReportSet? set, int index, Report? report)
    {
        Id = id;
        Region = region;
        RegionEnglish = english;
        Level = level;
        DivisionCode = divisionCode;
        DeliveredYear = deliveredYear;
        ReviewYear = reviewYear;
        PlanYear = planYear;
        Parents = parents;
        _set = set;
        _index = index;
        _report = report;
    }

    public string Id { get; }
    public string Region { get; }
    public string? RegionEnglish { get; }
    public RegionLevel Level { get; }
    public string? DivisionCode { get; }
    public int DeliveredYear { get; }
    public int? ReviewYear { get; }
    public int? PlanYear { get; }
    public IReadOnlyList<RegionRef> Parents { get; }
    public RegionRef? Parent => Parents.Count > 0 ? Parents[0] : null;

    /// <summary>True once the report exists (always for an entry made from a report).</summary>
    public bool IsCreated => Volatile.Read(ref _report) is not null;

    /// <summary>The report, created on first access from its set.</summary>
    public Report Report
    {
        get
        {
            if (Volatile.Read(ref _report) is { } done) return done;
            var created = _set!.ReportAt(_index) ?? throw new InvalidOperationException($"Report set {_set.Name} has no report {_index} ({Id}).");
            return Interlocked.CompareExchange(ref _report, created, null) ?? created;
        }
    }

    /// <summary>True for the same entry, or two entries made from the same report object.</summary>
    public bool IsSameReport(ReportEntry other) =>
        ReferenceEquals(this, other) || (_set is null && other._set is null && ReferenceEquals(_report, other._report));

    /// <summary>The period a report's results (review year) or targets (plan year) refer to.</summary>
    public int ExpectedPeriod(bool targets) => FactKinds.DefaultPeriod(DeliveredYear, ReviewYear, PlanYear, targets);

    /// <summary>An entry for a report that exists already.</summary>
    public static ReportEntry Of(Report report) =>
        new(report.Id, report.Region, report.RegionEnglish, report.Level, report.DivisionCode, report.DeliveredYear,
            report.ReviewYear, report.PlanYear, report.Parents, null, -1, report);

    /// <summary>Entries for every report in a set's catalog index, or null when the index is missing or unreadable.</summary>
    public static ReportEntry[]? FromIndex(ReportSet set, string? index)
    {
        if (string.IsNullOrEmpty(index)) return null;
        var text = index.AsSpan();
        int end = text.IndexOf(L.RecordEnd);
        if (end < 0 || !int.TryParse(text.Slice(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version != L.Version) return null;
        text = text.Slice(end + 1);

        var entries = new List<ReportEntry>();
        var fields = new List<string?>();
        while (!text.IsEmpty)
        {
            end = text.IndexOf(L.RecordEnd);
            if (end < 0) return null;
            var record = text.Slice(0, end);
            text = text.Slice(end + 1);
            fields.Clear();
            while (true)
            {
                int sep = record.IndexOf(L.FieldSeparator);
                var field = sep < 0 ? record : record.Slice(0, sep);
                fields.Add(field.IsEmpty ? null : field.ToString());
                if (sep < 0) break;
                record = record.Slice(sep + 1);
            }
            if (ParseRecord(fields, set, entries.Count) is not { } entry) return null;
            entries.Add(entry);
        }
        return entries.ToArray();
    }

    private static ReportEntry? ParseRecord(List<string?> f, ReportSet set, int index)
    {
        if (f.Count < L.ReportFields || (f.Count - L.ReportFields) % L.ParentFields != 0) return null;
        if (f[L.Id] is not { } id || f[L.Region] is not { } region || Int(f[L.DeliveredYear]) is not { } delivered) return null;
        var parents = new RegionRef[(f.Count - L.ReportFields) / L.ParentFields];
        for (int p = 0, o = L.ReportFields; p < parents.Length; p++, o += L.ParentFields)
        {
            if (f[o] is not { } name) return null;
            parents[p] = new RegionRef(name, f[o + 1], (RegionLevel)(Int(f[o + 2]) ?? 0), f[o + 3]);
        }
        return new ReportEntry(id, region, f[L.English], (RegionLevel)(Int(f[L.Level]) ?? 0), f[L.DivisionCode], delivered,
            Int(f[L.ReviewYear]), Int(f[L.PlanYear]), Array.AsReadOnly(parents), set, index, null);
    }

    private static int? Int(string? field) =>
        field is not null && int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
