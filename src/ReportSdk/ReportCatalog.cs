using System;
using System.Collections.Generic;
using System.Threading;

namespace ReportSdk;

/// <summary>All reports known to the program: the bundled ones and those compiled into the program itself.</summary>
public static partial class ReportCatalog
{
    private static readonly object Gate = new();
    private static ReportSet[] _sets = Array.Empty<ReportSet>();
    private static ReportCollection? _current;

    /// <summary>Registers the reports of one assembly. Called by generated module initializers.</summary>
    /// <param name="set">The assembly's reports.</param>
    public static void Register(ReportSet set)
    {
        if (set is null) throw new ArgumentNullException(nameof(set));
        lock (Gate)
        {
            foreach (var existing in _sets)
            {
                if (ReferenceEquals(existing, set)) return;
            }
            var next = new ReportSet[_sets.Length + 1];
            _sets.CopyTo(next, 0);
            next[_sets.Length] = set;
            Volatile.Write(ref _sets, next);
            OnRegistered();
        }
    }

    /// <summary>The registered report sets, bundled first.</summary>
    public static IReadOnlyList<ReportSet> Sets => Volatile.Read(ref _sets);

    /// <summary>
    /// Every report, in registration order (bundled first), each set ordered by region and year. The list is a
    /// <see cref="ReportCollection"/>: a snapshot that does not change when more sets register later.
    /// </summary>
    public static IReadOnlyList<Report> All => Current;

    /// <summary>The collection over the current sets; rebuilt (with fresh, lazily built indexes) after a registration.</summary>
    internal static ReportCollection Current
    {
        get
        {
            var sets = Volatile.Read(ref _sets);
            var current = Volatile.Read(ref _current);
            if (current is not null && ReferenceEquals(current.Sets, sets)) return current;
            // Tied to the sets array it was built from, so a registration racing with this build cannot leave a stale cache.
            current = new ReportCollection(sets);
            Volatile.Write(ref _current, current);
            return current;
        }
    }

    // Lets the query part drop its indexes when a set arrives.
    static partial void OnRegistered();
}
