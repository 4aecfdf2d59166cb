using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportSdk.Generator.Vocabulary;
using L = ReportSdk.Generator.Vocabulary.CatalogIndexLayout;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Writes the catalog index of the generated ReportSet: the metadata the runtime's catalog reads to find, merge and
/// select reports (id, region, English name, level, division code, years, parents) as one string, in the set's order
/// (layout: <see cref="CatalogIndexLayout"/>), so that a query creates only the reports it reads.
/// </summary>
internal static class CatalogIndexWriter
{
    /// <summary>The index of the entries, or null when a value holds a separator (the runtime then reads the reports).</summary>
    public static string? Write(IReadOnlyList<CatalogEntry> entries)
    {
        var index = new StringBuilder();
        L.AppendRecord(index, new[] { Int(L.Version) });
        var fields = new List<string?>();
        foreach (var e in entries)
        {
            fields.Clear();
            fields.Add(e.Id);
            fields.Add(e.Region);
            fields.Add(e.RegionEnglish);
            fields.Add(Int((int)e.Level));
            fields.Add(e.DivisionCode);
            fields.Add(Int(e.DeliveredYear));
            fields.Add(e.ReviewYear is { } review ? Int(review) : null);
            fields.Add(e.PlanYear is { } plan ? Int(plan) : null);
            foreach (var p in e.Parents)
            {
                fields.Add(p.Name);
                fields.Add(p.English);
                fields.Add(Int((int)p.Level));
                fields.Add(p.Code);
            }
            foreach (var field in fields)
            {
                if (!L.CanWrite(field) || field?.Length == 0) return null;
            }
            L.AppendRecord(index, fields);
        }
        return index.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
