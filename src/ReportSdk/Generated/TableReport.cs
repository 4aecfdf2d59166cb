using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ReportSdk.Generated;

/// <summary>
/// The report object of every generated year class: its metadata and its <see cref="ReportData"/>. The section tree,
/// the fact list and the glossary are decoded on first access and kept; <see cref="FactsOf"/> decodes only the facts
/// of the indicator asked for. One compiled class for all reports, so a report compiles to data and a property, not
/// to a class of its own (a class per report cost the compiler about a second per 100 reports: docs/performance.md).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TableReport : Report
{
    private readonly ReportData _data;
    private IReadOnlyList<Section>? _sections;
    private IReadOnlyList<Indicator>? _indicators;
    private IReadOnlyList<GlossaryEntry>? _glossary;

    /// <summary>A report of the given metadata over the given data.</summary>
    /// <param name="info">The report's metadata.</param>
    /// <param name="data">The report's strings, table and fact cache.</param>
    public TableReport(ReportInfo info, ReportData data)
        : base(info) => _data = data ?? throw new ArgumentNullException(nameof(data));

    /// <inheritdoc/>
    public override IReadOnlyList<Section> Sections => _sections ?? ReportTables.Once(ref _sections, _data.Sections());

    /// <inheritdoc/>
    public override IReadOnlyList<Indicator> Indicators => _indicators ?? ReportTables.Once(ref _indicators, _data.Facts());

    /// <inheritdoc/>
    public override IReadOnlyList<GlossaryEntry> Glossary => _glossary ?? ReportTables.Once(ref _glossary, _data.Glossary());

    /// <inheritdoc/>
    public override IReadOnlyList<Indicator> FactsOf(StandardIndicator indicator) => _data.FactsOf(indicator);

    /// <summary>The report's data (for tests of what an access decodes).</summary>
    internal ReportData Data => _data;
}
