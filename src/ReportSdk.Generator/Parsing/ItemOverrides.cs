using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Applies what a <c>ReportSource</c> item states (Region, Year, Date, Speaker) to a report read from its text: a
/// value the text lacks is taken silently; one the text states otherwise is taken with RSDK020 naming both values.
/// </summary>
internal sealed class ItemOverrides
{
    private readonly ItemMetadata _item;
    private readonly string _filePath;
    private readonly string _fileName;
    private readonly SourceLine _at;
    private readonly List<DiagnosticInfo> _diagnostics;

    public ItemOverrides(ItemMetadata? item, string filePath, string fileName, SourceLine at, List<DiagnosticInfo> diagnostics)
    {
        _item = item ?? ItemMetadata.None;
        _filePath = filePath;
        _fileName = fileName;
        _at = at;
        _diagnostics = diagnostics;
    }

    /// <summary>The region, date and speaker of the title block, as the item corrects them.</summary>
    public RegionInfo? Apply(ReportMetadata meta, RegionInfo? region)
    {
        if (_item.Region != null && RegionResolver.TryResolve(_item.Region, out var stated))
        {
            if (region != null && region.Value.Name != stated.Name) Differs("Region", _item.Region, region.Value.Name);
            region = stated;
        }
        if (_item.Date != null && DateTime.TryParseExact(_item.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            string iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (meta.Date != null && meta.Date != iso) Differs("Date", iso, meta.Date);
            meta.Date = iso;
            meta.DateYear = date.Year;
            meta.DateMonth = date.Month;
        }
        if (_item.Speaker != null)
        {
            if (meta.Speaker != null && meta.Speaker != _item.Speaker) Differs("Speaker", _item.Speaker, meta.Speaker);
            meta.Speaker = _item.Speaker;
        }
        return region;
    }

    /// <summary>The delivered year the item states, or null; RSDK020 when the text says another.</summary>
    public int? Year(int inferred)
    {
        if (_item.Year == null || !int.TryParse(_item.Year, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1949 || year > 2200) return null;
        if (inferred > 0 && inferred != year) Differs("Year", _item.Year, inferred.ToString(CultureInfo.InvariantCulture));
        return year;
    }

    private void Differs(string name, string item, string text) =>
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ItemOverridesText, LocationInfo.OfLine(_filePath, _at), name, item, _fileName, text));
}
