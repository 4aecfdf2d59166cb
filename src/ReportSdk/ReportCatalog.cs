using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Threading;

namespace ReportSdk;

/// <summary>All reports known to the program: the bundled ones and those compiled into the program itself.</summary>
/// <remarks>
/// Every list this class returns is a read-only snapshot: casting it back to an array or list and writing to it is
/// impossible, so no caller can change what other callers see. A report registered later replaces an earlier one
/// with the same id (the bundled reports register first, so your own copy of a bundled report wins everywhere);
/// <see cref="Notices"/> lists each replacement and each set whose reports could not be read.
/// </remarks>
public static partial class ReportCatalog
{
    private static readonly object Gate = new();
    private static RegisteredSet[] _sets = Array.Empty<RegisteredSet>();
    private static ReportCollection? _current;

    /// <summary>Registers the reports of one assembly. Called by generated module initializers; not meant for your code.</summary>
    /// <param name="set">The assembly's reports.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(ReportSet set)
    {
        if (set is null) throw new ArgumentNullException(nameof(set));
        lock (Gate)
        {
            foreach (var existing in _sets)
            {
                if (ReferenceEquals(existing.Set, set)) return;
            }
            var next = new RegisteredSet[_sets.Length + 1];
            _sets.CopyTo(next, 0);
            next[_sets.Length] = new RegisteredSet(set);
            Volatile.Write(ref _sets, next);
            OnRegistered();
        }
    }

    /// <summary>The registered report sets, bundled first (a read-only snapshot). Plumbing: use <see cref="All"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<ReportSet> Sets
    {
        get
        {
            var sets = Volatile.Read(ref _sets);
            var result = new ReportSet[sets.Length];
            for (int i = 0; i < sets.Length; i++) result[i] = sets[i].Set;
            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }
    }

    /// <summary>
    /// Every report, in registration order (bundled first), each set ordered by region and year; a report replaced
    /// by a later one with the same id is left out. The list is a <see cref="ReportCollection"/>: a snapshot that
    /// does not change when more sets register later.
    /// </summary>
    public static IReadOnlyList<Report> All => Current;

    /// <summary>
    /// What the catalog had to decide or skip while gathering the reports: a report that replaced another with the
    /// same id (<see cref="CatalogNoticeKind.Replaced"/>), a set whose reports could not be read
    /// (<see cref="CatalogNoticeKind.SetFailed"/>). Each is also written once to <see cref="System.Diagnostics.Trace"/>.
    /// </summary>
    public static IReadOnlyList<CatalogNotice> Notices
    {
        get
        {
            _ = Current;
            return CatalogNotices.Snapshot;
        }
    }

    /// <summary>The collection over the current sets; rebuilt (with fresh, lazily built indexes) after a registration.</summary>
    internal static ReportCollection Current
    {
        get
        {
            var sets = Volatile.Read(ref _sets);
            var current = Volatile.Read(ref _current);
            if (current is not null && ReferenceEquals(current.Sets, sets)) return current;
            // Tied to the sets array it was built from, so a registration racing with this build cannot leave a stale cache.
            current = new ReportCollection(sets, CatalogMerge.Merge(sets));
            Volatile.Write(ref _current, current);
            return current;
        }
    }

    // Lets the query part drop its indexes when a set arrives.
    static partial void OnRegistered();
}
