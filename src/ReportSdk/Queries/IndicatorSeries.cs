using System.Collections;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>The rows a series or comparison query found, with the query that found them.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public abstract class IndicatorResult<TRow> : IReadOnlyList<TRow>
    where TRow : ReportFact
{
    private readonly TRow[] _rows;

    private protected IndicatorResult(IndicatorQuery query, TRow[] rows)
    {
        Query = query;
        _rows = rows;
    }

    /// <summary>What was asked for: the indicator, and whether actual figures or plan-year targets.</summary>
    public IndicatorQuery Query { get; }

    /// <inheritdoc />
    public int Count => _rows.Length;

    /// <inheritdoc />
    public TRow this[int index] => _rows[index];

    /// <summary>The result as JSON (see <see cref="ReportJson"/>).</summary>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public abstract string ToJson(bool indented = true);

    /// <inheritdoc />
    public IEnumerator<TRow> GetEnumerator() => ((IEnumerable<TRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _rows.GetEnumerator();
}

/// <summary>
/// The figures of one indicator for one region, one point per year, oldest first.
/// Enumerate it, index it, or export it with <see cref="ToJson"/>.
/// </summary>
public sealed class IndicatorSeries : IndicatorResult<SeriesPoint>
{
    internal IndicatorSeries(IndicatorQuery query, string region, SeriesPoint[] points)
        : base(query, points) => Region = region;

    /// <summary>The region in Chinese (as the reports name it), or the text asked for when no report matched.</summary>
    public string Region { get; }

    /// <inheritdoc />
    public override string ToJson(bool indented = true) => ReportJson.ToJson(this, indented);

    /// <inheritdoc />
    public override string ToString() => $"{Region} {Query} ({Count} points)";
}

/// <summary>
/// The figures of one indicator for one year across regions, one row per region, in catalog order.
/// Enumerate it, index it, or export it with <see cref="ToJson"/>.
/// </summary>
public sealed class IndicatorComparison : IndicatorResult<ComparisonRow>
{
    internal IndicatorComparison(IndicatorQuery query, int year, ComparisonRow[] rows)
        : base(query, rows) => Year = year;

    /// <summary>The year compared (the figures' period, not the year the reports were delivered).</summary>
    public int Year { get; }

    /// <inheritdoc />
    public override string ToJson(bool indented = true) => ReportJson.ToJson(this, indented);

    /// <inheritdoc />
    public override string ToString() => $"{Year} {Query} ({Count} regions)";
}

/// <summary>Which figures a series or comparison holds.</summary>
/// <param name="Standard">The standard indicator asked for, or null when asked by Chinese name.</param>
/// <param name="Name">The Chinese name asked for, or null when asked by standard indicator.</param>
/// <param name="Kind">The kind asked for by name, or null for a standard indicator (any non-target kind, or any target kind).</param>
/// <param name="Targets">True for plan-year targets, false for review-year results.</param>
public sealed record IndicatorQuery(StandardIndicator? Standard, string? Name, IndicatorKind? Kind, bool Targets)
{
    /// <inheritdoc />
    public override string ToString() => (Standard?.ToString() ?? Name ?? "?") + (Targets ? " (targets)" : string.Empty);
}
