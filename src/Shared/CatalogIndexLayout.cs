// Shared between the runtime library and the generator: the layout of a report set's catalog index, one string
// literal the generator writes into the generated ReportSet and the runtime reads, so that the catalog can find,
// merge and select reports by their metadata without creating a report object until one is needed.
using System.Collections.Generic;
using System.Text;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>
/// One record per report, in the set's order, each ending with <see cref="RecordEnd"/>; fields separated by
/// <see cref="FieldSeparator"/>; an empty field is null; numbers are invariant decimal ints. Fields: id, region,
/// English name, level, division code, delivered year, review year, plan year, then four fields per parent region
/// (name, English name, level, division code), nearest first.
/// </summary>
internal static class CatalogIndexLayout
{
    /// <summary>Version of the layout: the first field of the index, alone in its record.</summary>
    public const int Version = 1;

    public const char FieldSeparator = '\u001F';
    public const char RecordEnd = '\u001E';

    public const int Id = 0;
    public const int Region = 1;
    public const int English = 2;
    public const int Level = 3;
    public const int DivisionCode = 4;
    public const int DeliveredYear = 5;
    public const int ReviewYear = 6;
    public const int PlanYear = 7;
    /// <summary>Fields of the report itself; the parents' fields follow.</summary>
    public const int ReportFields = 8;
    /// <summary>Fields per parent region: name, English name, level, division code.</summary>
    public const int ParentFields = 4;

    /// <summary>True when a value can be written (no separator inside it).</summary>
    public static bool CanWrite(string? value) => value is null || (value.IndexOf(FieldSeparator) < 0 && value.IndexOf(RecordEnd) < 0);

    /// <summary>Appends one record (null fields are written empty).</summary>
    public static void AppendRecord(StringBuilder index, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) index.Append(FieldSeparator);
            index.Append(fields[i]);
        }
        index.Append(RecordEnd);
    }
}
