using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ReportSdk.Generated;

/// <summary>
/// The data of one generated report: its strings and its <c>int</c> table (layout in
/// <c>src/Shared/ReportTableLayout.cs</c>), and the facts decoded from them so far. Each fact is decoded on first
/// access and the same object is returned after, to the typed member, to <c>Indicators</c> and to <c>FactsOf</c>
/// alike. Generated code creates one per report (the lazy shape keeps it in the year class, so touching one figure
/// builds that fact and nothing else); <see cref="TableReport"/> reads it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ReportData
{
    private readonly string _reportId;
    private readonly string _text;
    private readonly string? _chars;
    private readonly int[]? _ints;
    private Indicator?[]? _facts;

    /// <summary>The data of a report whose table is a string literal (two chars per <c>int</c>).</summary>
    /// <param name="reportId">Id of the report.</param>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public ReportData(string reportId, string text, string table)
    {
        _reportId = reportId ?? throw new ArgumentNullException(nameof(reportId));
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _chars = table ?? throw new ArgumentNullException(nameof(table));
    }

    /// <summary>The data of a report whose table is an <c>int</c> array (the form beyond the compiler's string heap budget).</summary>
    /// <param name="reportId">Id of the report.</param>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table (copied).</param>
    public ReportData(string reportId, string text, ReadOnlySpan<int> table)
    {
        _reportId = reportId ?? throw new ArgumentNullException(nameof(reportId));
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _ints = table.ToArray();
    }

    /// <summary>Fact <paramref name="index"/> (its row in the table), decoded on first access.</summary>
    /// <param name="index">Row of the fact.</param>
    public Indicator Fact(int index) => ReportTables.Fact(ref _facts, index, _reportId, _text, Table);

    /// <summary>Every fact in text order.</summary>
    internal IReadOnlyList<Indicator> Facts() => ReportTables.Facts(ref _facts, _reportId, _text, Table);

    /// <summary>The facts of one standard indicator, decoding only those.</summary>
    internal IReadOnlyList<Indicator> FactsOf(StandardIndicator indicator) => ReportTables.FactsOf(ref _facts, indicator, _reportId, _text, Table);

    /// <summary>The section tree.</summary>
    internal IReadOnlyList<Section> Sections() => ReportTables.Sections(_text, Table);

    /// <summary>The 名词解释 entries.</summary>
    internal IReadOnlyList<GlossaryEntry> Glossary() => ReportTables.Glossary(_text, Table);

    /// <summary>The table in whichever form the report has it.</summary>
    private ReportTables.Ints Table => _chars is not null ? new ReportTables.Ints(_chars) : new ReportTables.Ints(_ints);

    /// <summary>How many facts are decoded so far (for tests of what a first access builds).</summary>
    internal int DecodedFacts
    {
        get
        {
            int n = 0;
            foreach (var f in System.Threading.Volatile.Read(ref _facts) ?? Array.Empty<Indicator?>()) if (f is not null) n++;
            return n;
        }
    }

    /// <summary>Whether fact <paramref name="index"/> was decoded (for tests of what an access builds).</summary>
    internal bool IsDecoded(int index) => System.Threading.Volatile.Read(ref _facts) is { } facts && facts[index] is not null;

    /// <summary>Whether any fact was decoded (the fact cache exists).</summary>
    internal bool AnyDecoded => System.Threading.Volatile.Read(ref _facts) is not null;
}
