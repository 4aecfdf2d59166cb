using System.Collections.Generic;

namespace ReportSdk;

/// <summary>The contract spellings (DESIGN.md §3) of the vocabulary enums.</summary>
internal static class JsonNames
{
    // Qualifier order in the export: the hedge on the whole clause (预计) first, then bounds, then approximations.
    private static readonly (ReportSdk.Qualifiers Flag, string Name)[] QualifierOrder =
    {
        (ReportSdk.Qualifiers.Estimated, "estimated"),
        (ReportSdk.Qualifiers.Within, "within"),
        (ReportSdk.Qualifiers.AtLeast, "atLeast"),
        (ReportSdk.Qualifiers.Nearly, "nearly"),
        (ReportSdk.Qualifiers.About, "about"),
        (ReportSdk.Qualifiers.Over, "over"),
        (ReportSdk.Qualifiers.Range, "range"),
    };

    public static string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Actual => "actual",
        IndicatorKind.Growth => "growth",
        IndicatorKind.Target => "target",
        IndicatorKind.TargetGrowth => "targetGrowth",
        IndicatorKind.Share => "share",
        IndicatorKind.Rank => "rank",
        _ => "actual",
    };

    public static string? Direction(Direction? direction) => direction switch
    {
        ReportSdk.Direction.Up => "up",
        ReportSdk.Direction.Down => "down",
        _ => null,
    };

    public static string Level(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.Municipality => "municipality",
        RegionLevel.City => "city",
        RegionLevel.District => "district",
        RegionLevel.County => "county",
        _ => "unknown",
    };

    public static string[] Qualifiers(Qualifiers qualifiers)
    {
        if (qualifiers == ReportSdk.Qualifiers.None) return System.Array.Empty<string>();
        var names = new List<string>(2);
        foreach (var (flag, name) in QualifierOrder)
        {
            if ((qualifiers & flag) != 0) names.Add(name);
        }
        return names.ToArray();
    }
}
