using System;
using System.Globalization;

namespace ReportSdk;

/// <summary>
/// A value with its unit as written (980 亿元), and the factor that takes it to the base unit
/// (亿元 → 元 × 10⁸). Units without a multiplier have factor 1 and are their own base (%, 个百分点, 家).
/// </summary>
/// <remarks>
/// Equality (<c>==</c>, <see cref="Equals(Quantity)"/>) compares value and unit as written, so 980 亿元 and
/// 9 800 000 万元 are different values; use <see cref="IsEquivalentTo"/> or <see cref="CompareTo"/> to compare
/// amounts across units of the same base.
/// </remarks>
/// <param name="Value">The value as written.</param>
/// <param name="Unit">The unit as written, e.g. 亿元, 微克/立方米, 万管/日.</param>
/// <param name="Factor">Multiplier to the base unit (10⁸ for 亿元).</param>
/// <param name="BaseUnit">The base unit, e.g. 元.</param>
public readonly record struct Quantity(decimal Value, string Unit, decimal Factor, string BaseUnit) : IComparable<Quantity>
{
    /// <summary>Creates a quantity from a value and a unit as written, deriving factor and base unit (980, 亿元 → × 10⁸ 元).</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, such as 亿元, 万元, 元, %.</param>
    public static Quantity Of(decimal value, string unit)
    {
        if (unit is null) throw new ArgumentNullException(nameof(unit));
        Units.TrySplit(unit, out var factor, out var baseUnit);
        return new Quantity(value, unit, factor, baseUnit);
    }

    /// <summary>The value in the base unit (980 亿元 → 98 000 000 000).</summary>
    public decimal ToBase() => Normalize(Value * Factor);

    /// <summary>The quantity in the base unit.</summary>
    public Quantity InBaseUnit => new(ToBase(), BaseUnit, 1m, BaseUnit);

    /// <summary>Converts to another unit with the same base (亿元 → 万元). Throws when the bases differ.</summary>
    /// <param name="unit">Target unit, such as 万元.</param>
    /// <exception cref="ArgumentException">The target unit has another base unit (亿元 → %).</exception>
    public Quantity ConvertTo(string unit)
    {
        if (!TryConvertTo(unit, out var result))
        {
            throw new ArgumentException($"Cannot convert {Unit} to {unit}: the base units differ ({BaseUnit}).", nameof(unit));
        }
        return result;
    }

    /// <summary>Converts to another unit with the same base (亿元 → 万元), or returns false when the bases differ.</summary>
    /// <param name="unit">Target unit, such as 万元.</param>
    /// <param name="result">The converted quantity, or default.</param>
    public bool TryConvertTo(string unit, out Quantity result)
    {
        result = default;
        if (!Units.TrySplit(unit, out var factor, out var baseUnit) || !string.Equals(baseUnit, BaseUnit, StringComparison.Ordinal))
        {
            return false;
        }
        result = new Quantity(Normalize(ToBase() / factor), unit, factor, baseUnit);
        return true;
    }

    /// <summary>True when both quantities share a base unit (亿元 and 万元 do; 亿元 and 亿美元 do not), so they can be compared.</summary>
    /// <param name="other">The other quantity.</param>
    public bool IsComparableTo(Quantity other) => string.Equals(BaseUnit, other.BaseUnit, StringComparison.Ordinal);

    /// <summary>True when both state the same amount in units of the same base (980 亿元 and 9 800 000 万元).</summary>
    /// <param name="other">The other quantity.</param>
    public bool IsEquivalentTo(Quantity other) => IsComparableTo(other) && ToBase() == other.ToBase();

    /// <summary>Compares amounts across units of the same base (1200 亿元 &gt; 980 亿元, 1.2 万亿元 = 12 000 亿元).</summary>
    /// <param name="other">The other quantity.</param>
    /// <exception cref="InvalidOperationException">The base units differ.</exception>
    public int CompareTo(Quantity other)
    {
        if (!IsComparableTo(other))
        {
            throw new InvalidOperationException($"Cannot compare {this} with {other}: the base units differ ({BaseUnit}, {other.BaseUnit}).");
        }
        return ToBase().CompareTo(other.ToBase());
    }

    /// <summary>True when <paramref name="left"/> is the smaller amount (same base unit required).</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is the larger amount (same base unit required).</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is at most <paramref name="right"/> (same base unit required).</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is at least <paramref name="right"/> (same base unit required).</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;

    // Drops trailing zeros of the scale (7405000000.00 → 7405000000) so converted values print as people write them.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
