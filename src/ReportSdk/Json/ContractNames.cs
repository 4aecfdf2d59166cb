using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// The spellings the JSON export contract (docs/json-contract.md) uses for the vocabulary enums: <c>targetGrowth</c>,
/// <c>atLeast</c>, <c>district</c>, <c>up</c>. Handy for display and for writing your own exports.
/// </summary>
internal static class ContractNames
{
    private static readonly (Qualifiers Flag, string Name)[] QualifierOrder =
    {
        (Qualifiers.Estimated, "estimated"),
        (Qualifiers.Within, "within"),
        (Qualifiers.AtLeast, "atLeast"),
        (Qualifiers.Nearly, "nearly"),
        (Qualifiers.About, "about"),
        (Qualifiers.Over, "over"),
        (Qualifiers.Range, "range"),
    };

    /// <summary>actual, growth, target, targetGrowth, share or rank.</summary>
    /// <param name="kind">The kind.</param>
    public static string ToContractName(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Actual => "actual",
        IndicatorKind.Growth => "growth",
        IndicatorKind.Target => "target",
        IndicatorKind.TargetGrowth => "targetGrowth",
        IndicatorKind.Share => "share",
        IndicatorKind.Rank => "rank",
        _ => "actual",
    };

    /// <summary>level, change, share or rank.</summary>
    /// <param name="measure">The measure.</param>
    public static string ToContractName(this Measure measure) => measure switch
    {
        Measure.Change => "change",
        Measure.Share => "share",
        Measure.Rank => "rank",
        _ => "level",
    };

    /// <summary>actual, estimated or target.</summary>
    /// <param name="status">The status.</param>
    public static string ToContractName(this FactStatus status) => status switch
    {
        FactStatus.Estimated => "estimated",
        FactStatus.Target => "target",
        _ => "actual",
    };

    /// <summary>up, down, or null when there is no direction.</summary>
    /// <param name="direction">The direction.</param>
    public static string? ToContractName(this Direction? direction) => direction switch
    {
        Direction.Up => "up",
        Direction.Down => "down",
        _ => null,
    };

    /// <summary>national, province, municipality, city, district, county or unknown.</summary>
    /// <param name="level">The level.</param>
    public static string ToContractName(this RegionLevel level) => level switch
    {
        RegionLevel.National => "national",
        RegionLevel.Province => "province",
        RegionLevel.Municipality => "municipality",
        RegionLevel.City => "city",
        RegionLevel.District => "district",
        RegionLevel.County => "county",
        _ => "unknown",
    };

    /// <summary>
    /// The set qualifiers in a fixed order: estimated, within, atLeast, nearly, about, over, range (the hedge on the
    /// whole clause first, then bounds, then approximations; 控制在 4%左右 → within, about).
    /// </summary>
    /// <param name="qualifiers">The qualifiers.</param>
    public static string[] ToContractNames(this Qualifiers qualifiers)
    {
        if (qualifiers == Qualifiers.None) return System.Array.Empty<string>();
        var names = new List<string>(2);
        foreach (var (flag, name) in QualifierOrder)
        {
            if ((qualifiers & flag) != 0) names.Add(name);
        }
        return names.ToArray();
    }
}
