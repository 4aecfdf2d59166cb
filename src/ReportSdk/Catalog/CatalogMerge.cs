using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Gathers the reports of the registered sets into one list: registration order, and a report registered later
/// replaces an earlier one with the same id (ids compare ignoring case). The bundled set registers first, so a
/// user's corrected copy of a bundled report takes its place in every query and in the JSON export.
/// </summary>
internal static class CatalogMerge
{
    public static Report[] Merge(RegisteredSet[] sets)
    {
        var latest = new Dictionary<string, (Report Report, int Set)>(StringComparer.OrdinalIgnoreCase);
        for (int s = 0; s < sets.Length; s++)
        {
            foreach (var report in sets[s].Reports)
            {
                if (latest.TryGetValue(report.Id, out var earlier))
                {
                    if (earlier.Set == s || ReferenceEquals(earlier.Report, report)) continue; // within one set the first wins
                    CatalogNotices.Add(new CatalogNotice(CatalogNoticeKind.Replaced, sets[s].Name, report.Id,
                        $"Report {report.Id} from {sets[s].Name} replaces the one from {sets[earlier.Set].Name}"
                        + (sets[earlier.Set].IsBundled ? " (bundled)." : ".")));
                }
                latest[report.Id] = (report, s);
            }
        }

        var merged = new List<Report>(latest.Count);
        var added = new HashSet<Report>(ReferenceEqualityComparer.Instance);
        foreach (var set in sets)
        {
            foreach (var report in set.Reports)
            {
                if (ReferenceEquals(latest[report.Id].Report, report) && added.Add(report)) merged.Add(report);
            }
        }
        return merged.ToArray();
    }
}
