using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReportSdk;

/// <summary>
/// JSON export in the contract of docs/json-contract.md: UTF-8, camelCase names, CJK and other non-ASCII text written as is
/// (not <c>\uXXXX</c>), enums as contract strings (<c>targetGrowth</c>, <c>atLeast</c>, <c>district</c>), dates as
/// <c>yyyy-MM-dd</c>, nulls written. Output is indented with two spaces by default (friendlier to read and to
/// diff; pass <c>indented: false</c> for one line); line breaks are the platform's (<c>\n</c> on Linux and macOS).
/// Serialization uses a source-generated context over internal export records: no reflection, trim and AOT safe.
/// </summary>
public static class ReportJson
{
    /// <summary>One report as a JSON object (one element of the catalog's <c>reports</c> array).</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static string ToJson(this Report report, bool indented = true) =>
        ToString(ToDto(report ?? throw new ArgumentNullException(nameof(report))), ReportJsonContext.Default.ReportDto, indented);

    /// <summary>Reports in the catalog shape <c>{"reports":[…]}</c>.</summary>
    /// <param name="reports">The reports, e.g. <see cref="ReportCatalog.All"/>.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static string ToJson(IEnumerable<Report> reports, bool indented = true) =>
        ToString(ToDto(reports ?? throw new ArgumentNullException(nameof(reports))), ReportJsonContext.Default.CatalogDto, indented);

    /// <summary>A series: <c>{"standard","name","kind","targets","region","points":[{"year","reportId","indicator"}]}</c>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static string ToJson(IndicatorSeries series, bool indented = true) =>
        ToString(ToDto(series ?? throw new ArgumentNullException(nameof(series))), ReportJsonContext.Default.SeriesDto, indented);

    /// <summary>A comparison: <c>{"standard","name","kind","targets","year","rows":[{"region","reportId","indicator"}]}</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static string ToJson(IndicatorComparison comparison, bool indented = true) =>
        ToString(ToDto(comparison ?? throw new ArgumentNullException(nameof(comparison))), ReportJsonContext.Default.ComparisonDto, indented);

    /// <summary>Writes one report as UTF-8 JSON (no byte-order mark) to a stream, which stays open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static void Write(Stream utf8Json, Report report, bool indented = true) =>
        Write(utf8Json, ToDto(report ?? throw new ArgumentNullException(nameof(report))), ReportJsonContext.Default.ReportDto, indented);

    /// <summary>Writes reports in the catalog shape as UTF-8 JSON (no byte-order mark) to a stream, which stays open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="indented">Indent with two spaces (default) or write one line.</param>
    public static void Write(Stream utf8Json, IEnumerable<Report> reports, bool indented = true) =>
        Write(utf8Json, ToDto(reports ?? throw new ArgumentNullException(nameof(reports))), ReportJsonContext.Default.CatalogDto, indented);

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    private static void Write<T>(Stream stream, T value, JsonTypeInfo<T> info, bool indented)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var writer = new Utf8JsonWriter(stream, WriterOptions(indented));
        JsonSerializer.Serialize(writer, value, info);
    }

    private static string ToString<T>(T value, JsonTypeInfo<T> info, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            JsonSerializer.Serialize(writer, value, info);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static CatalogDto ToDto(IEnumerable<Report> reports) => new(reports.Select(ToDto).ToArray());

    private static ReportDto ToDto(Report report) => new(
        report.Id,
        report.Region,
        report.Level.ToContractName(),
        report.DivisionCode,
        report.Parents.Select(p => new RegionRefDto(p.Name, p.English, p.Level.ToContractName(), p.DivisionCode)).ToArray(),
        report.DeliveredYear,
        report.ReviewStartYear,
        report.ReviewYear,
        report.PlanYear,
        report.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.Speaker,
        report.SpeakerTitle,
        new SourceDto(report.Source.File, report.Source.StartLine, report.Source.EndLine),
        report.Complete,
        ToDtos(report.Sections),
        report.Indicators.Select(ToDto).ToArray(),
        report.Glossary.Select(g => new GlossaryDto(g.Term, g.Definition)).ToArray());

    private static SectionDto[] ToDtos(IReadOnlyList<Section> sections) =>
        sections.Select(s => new SectionDto(s.Level, s.Ordinal, s.Title, s.Line, ToDtos(s.Sections))).ToArray();

    private static IndicatorDto ToDto(Indicator indicator) => new(
        indicator.Name,
        indicator.Standard?.ToString(),
        indicator.Value,
        indicator.ValueHigh,
        indicator.Unit,
        indicator.Measure.ToContractName(),
        indicator.Status.ToContractName(),
        indicator.PeriodStart,
        indicator.PeriodEnd,
        indicator.Period,
        indicator.Kind.ToContractName(),
        indicator.Direction.ToContractName(),
        indicator.Qualifiers.ToContractNames(),
        indicator.MainTarget,
        indicator.Quote,
        indicator.Line);

    private static SeriesDto ToDto(IndicatorSeries series)
    {
        var (standard, name, kind, targets) = Header(series.Query);
        var points = series.Select(p => new SeriesPointDto(p.Year, p.Report.Id, ToDto(p.Indicator))).ToArray();
        return new SeriesDto(standard, name, kind, targets, series.Region, points);
    }

    private static ComparisonDto ToDto(IndicatorComparison comparison)
    {
        var (standard, name, kind, targets) = Header(comparison.Query);
        var rows = comparison.Select(r => new ComparisonRowDto(r.Region, r.Report.Id, ToDto(r.Indicator))).ToArray();
        return new ComparisonDto(standard, name, kind, targets, comparison.Year, rows);
    }

    private static (string? Standard, string? Name, string? Kind, bool Targets) Header(IndicatorQuery query) =>
        (query.Standard?.ToString(), query.Name, query.Kind is { } kind ? kind.ToContractName() : null, query.Targets);
}
