using System;
using System.Globalization;

namespace ReportSdk;

/// <summary>
/// A value with its unit as written (980 亿元), and the factor that takes it to the base unit
/// (亿元 → 元 × 10⁸). Units without a multiplier have factor 1 and are their own base (%, 个百分点, 家).
/// </summary>
/// <param name="Value">The value as written.</param>
/// <param name="Unit">The unit as written, e.g. 亿元, 微克/立方米, 万管/日.</param>
/// <param name="Factor">Multiplier to the base unit (10⁸ for 亿元).</param>
/// <param name="BaseUnit">The base unit, e.g. 元.</param>
public readonly record struct Quantity(decimal Value, string Unit, decimal Factor, string BaseUnit)
{
    /// <summary>The value in the base unit (980 亿元 → 98 000 000 000).</summary>
    public decimal ToBase() => Value * Factor;

    /// <summary>The quantity in the base unit.</summary>
    public Quantity InBaseUnit => new(ToBase(), BaseUnit, 1m, BaseUnit);

    /// <summary>Converts to another unit with the same base (亿元 → 万元). Throws when the bases differ.</summary>
    /// <param name="unit">Target unit, such as 万元.</param>
    public Quantity ConvertTo(string unit)
    {
        if (!Units.TrySplit(unit, out var factor, out var baseUnit) || !string.Equals(baseUnit, BaseUnit, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot convert {Unit} to {unit}: the base units differ ({BaseUnit}).", nameof(unit));
        }
        return new Quantity(ToBase() / factor, unit, factor, baseUnit);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;
}
