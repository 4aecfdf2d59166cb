using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// Resolves a Chinese indicator name to its standard key through the alias table the generator uses
/// (<see cref="StandardIndicatorAliases"/>), so 生产总值, 地区生产总值 and 国内生产总值 all ask for
/// <see cref="StandardIndicator.Gdp"/> (or its growth key, by the kind asked for).
/// </summary>
internal static class StandardNames
{
    private static readonly FrozenDictionary<string, (StandardIndicator Level, StandardIndicator? Growth)> ByAlias = Build();

    /// <summary>The standard key and side (targets or results) a name and kind ask for, or false when the name is no alias.</summary>
    public static bool TryResolve(string compactName, IndicatorKind kind, out StandardIndicator key)
    {
        key = default;
        if (!ByAlias.TryGetValue(compactName, out var entry)) return false;
        StandardIndicator? resolved = kind switch
        {
            IndicatorKind.Actual or IndicatorKind.Target => entry.Level,
            IndicatorKind.Growth or IndicatorKind.TargetGrowth => entry.Growth,
            _ => null,
        };
        if (resolved is not { } k) return false;
        key = k;
        return true;
    }

    private static FrozenDictionary<string, (StandardIndicator, StandardIndicator?)> Build()
    {
        var map = new Dictionary<string, (StandardIndicator, StandardIndicator?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (level, growth, aliases) in StandardIndicatorAliases.Table)
        {
            foreach (var alias in aliases) map.TryAdd(ReportLookup.RemoveWhitespace(alias), (level, growth));
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
