using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Sample;

/// <summary>Which bundled reports speak for the whole country or for a province-level region.</summary>
internal static class Regions
{
    /// <summary>The region name of the national reports (国务院政府工作报告), or null when none is bundled.</summary>
    public static string? National(IEnumerable<Report> reports) =>
        reports.FirstOrDefault(r => r.Level == RegionLevel.National)?.Region;

    /// <summary>Provinces, autonomous regions and the four municipalities.</summary>
    public static bool IsProvincial(Report report) => report.Level is RegionLevel.Province or RegionLevel.Municipality;
}
