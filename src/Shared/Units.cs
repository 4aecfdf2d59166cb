// Shared between the runtime library and the generator (see Vocabulary.cs).
using System;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>Chinese magnitude prefixes of units (万, 亿, 万亿 …) and how to split a unit into factor and base.</summary>
internal static class Units
{
    // Longest prefixes first so that 万亿 wins over 万.
    private static readonly (string Prefix, decimal Factor)[] Prefixes =
    {
        ("万亿", 1_000_000_000_000m),
        ("亿", 100_000_000m),
        ("千万", 10_000_000m),
        ("百万", 1_000_000m),
        ("十万", 100_000m),
        ("万", 10_000m),
        ("千", 1_000m),
        ("百", 100m),
    };

    // Units that begin with a magnitude character but are not scaled (万元 is scaled; 万分之 is not a unit we scale).
    private static readonly string[] Unscaled = { "百分点", "个百分点", "千米", "千克", "千瓦", "百分比" };

    /// <summary>Splits a unit as written into its multiplier and base unit: 亿元 → (10⁸, 元); % → (1, %).</summary>
    /// <param name="unit">The unit as written.</param>
    /// <param name="factor">The multiplier.</param>
    /// <param name="baseUnit">The base unit.</param>
    /// <returns>False only for an empty unit.</returns>
    public static bool TrySplit(string unit, out decimal factor, out string baseUnit)
    {
        factor = 1m;
        baseUnit = unit ?? string.Empty;
        if (unit is null || unit.Length == 0) return false;
        foreach (var u in Unscaled)
        {
            if (unit.StartsWith(u, StringComparison.Ordinal)) return true;
        }
        foreach (var (prefix, f) in Prefixes)
        {
            if (unit.Length > prefix.Length && unit.StartsWith(prefix, StringComparison.Ordinal))
            {
                factor = f;
                baseUnit = unit.Substring(prefix.Length);
                return true;
            }
        }
        return true;
    }
}
