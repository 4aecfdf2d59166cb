using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Gathers the reports of the registered sets into one list: registration order, and a report registered later
/// replaces an earlier one with the same id (ids compare ignoring case). The bundled set registers first, so a
/// user's corrected copy of a bundled report takes its place in every query and in the JSON export. Works on the
/// sets' entries (metadata), so merging creates no report.
/// </summary>
internal static class CatalogMerge
{
    public static ReportEntry[] Merge(RegisteredSet[] sets)
    {
        var latest = new Dictionary<string, Latest>(StringComparer.OrdinalIgnoreCase);
        for (int s = 0; s < sets.Length; s++)
        {
            foreach (var entry in sets[s].Entries)
            {
                if (latest.TryGetValue(entry.Id, out var earlier))
                {
                    if (earlier.Set == s || earlier.Entry.IsSameReport(entry)) continue; // within one set the first wins
                    CatalogNotices.Add(new CatalogNotice(CatalogNoticeKind.Replaced, sets[s].Name, entry.Id,
                        $"Report {entry.Id} from {sets[s].Name} replaces the one from {sets[earlier.Set].Name}"
                        + (sets[earlier.Set].IsBundled ? " (bundled)." : ".")));
                }
                latest[entry.Id] = new Latest(entry, s);
            }
        }

        // Each id's latest entry, in registration order (an entry is the latest of its id at most once).
        var merged = new List<ReportEntry>(latest.Count);
        foreach (var set in sets)
        {
            foreach (var entry in set.Entries)
            {
                if (ReferenceEquals(latest[entry.Id].Entry, entry)) merged.Add(entry);
            }
        }
        return merged.ToArray();
    }

    // A class, not a value tuple: generic code over reference types is shared and precompiled (no JIT at start-up).
    private sealed record Latest(ReportEntry Entry, int Set);
}
