using System;
using System.Collections.Generic;
using System.Threading;

namespace ReportSdk;

/// <summary>All reports known to the program: the bundled ones and those compiled into the program itself.</summary>
public static partial class ReportCatalog
{
    private static readonly object Gate = new();
    private static ReportSet[] _sets = Array.Empty<ReportSet>();
    private static IReadOnlyList<Report>? _all;

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
            _all = null;
            OnRegistered();
        }
    }

    /// <summary>The registered report sets, bundled first.</summary>
    public static IReadOnlyList<ReportSet> Sets => Volatile.Read(ref _sets);

    /// <summary>Every report, in registration order (bundled first), each set ordered by region and year.</summary>
    public static IReadOnlyList<Report> All
    {
        get
        {
            var all = Volatile.Read(ref _all);
            if (all is not null) return all;
            var list = new List<Report>();
            foreach (var set in Volatile.Read(ref _sets)) list.AddRange(set.Reports);
            all = list.AsReadOnly();
            Volatile.Write(ref _all, all);
            return all;
        }
    }

    // Lets the query part drop its indexes when a set arrives.
    static partial void OnRegistered();
}
