using System;
using System.Globalization;

namespace ReportSdk;

/// <summary>
/// A value with its unit as written (980 亿元), and the factor that takes it to the base unit
/// (亿元 → 元 × 10⁸). Units without a multiplier have factor 1 and are their own base (%, 个百分点, 家).
/// </summary>
/// <remarks>
/// <para>Equality, hashing and ordering all work on the amount in the base unit: 980 亿元 and 9 800 000 万元 are
/// <c>==</c>, <see cref="Equals(Quantity)"/> and hash alike, and sort together with 0.098 万亿元. Quantities of
/// different base units (元 and 吨, % and 个百分点) are never equal.</para>
/// <para>Ordering across base units: <see cref="CompareTo(Quantity)"/> (what <c>OrderBy</c> and <c>Array.Sort</c>
/// use) is a total order that groups by base unit first (ordinal order of <see cref="BaseUnit"/>, so a mixed list
/// sorts without throwing), then by amount. The operators <c>&lt; &gt; &lt;= &gt;=</c> mean "smaller/larger
/// amount" and throw <see cref="ArgumentException"/> for different base units, where the question has no answer.</para>
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

    /// <summary>True when both state the same amount in units of the same base (980 亿元 and 9 800 000 万元); the same as <see cref="Equals(Quantity)"/>.</summary>
    /// <param name="other">The other quantity.</param>
    public bool IsEquivalentTo(Quantity other) => Equals(other);

    /// <summary>True when both state the same amount in the same base unit (980 亿元 equals 9 800 000 万元).</summary>
    /// <param name="other">The other quantity.</param>
    public bool Equals(Quantity other) => IsComparableTo(other) && CompareAmounts(this, other) == 0;

    /// <summary>A hash of the base unit and the normalised amount in it, so equal quantities hash alike across units.</summary>
    public override int GetHashCode() => HashCode.Combine(BaseUnit ?? string.Empty, AmountHash());

    /// <summary>
    /// Orders by base unit (ordinal), then by amount in that base (1.2 万亿元 = 12 000 亿元 &gt; 980 亿元). Never throws,
    /// so lists of mixed units sort; use the operators to compare amounts that must share a base.
    /// </summary>
    /// <param name="other">The other quantity.</param>
    public int CompareTo(Quantity other)
    {
        int byBase = string.CompareOrdinal(BaseUnit, other.BaseUnit);
        return byBase != 0 ? byBase : CompareAmounts(this, other);
    }

    /// <summary>True when <paramref name="left"/> is the smaller amount.</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    /// <exception cref="ArgumentException">The base units differ (亿元 and 吨).</exception>
    public static bool operator <(Quantity left, Quantity right) => CompareSameBase(left, right) < 0;

    /// <summary>True when <paramref name="left"/> is the larger amount.</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    /// <exception cref="ArgumentException">The base units differ (亿元 and 吨).</exception>
    public static bool operator >(Quantity left, Quantity right) => CompareSameBase(left, right) > 0;

    /// <summary>True when <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    /// <exception cref="ArgumentException">The base units differ (亿元 and 吨).</exception>
    public static bool operator <=(Quantity left, Quantity right) => CompareSameBase(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The left quantity.</param>
    /// <param name="right">The right quantity.</param>
    /// <exception cref="ArgumentException">The base units differ (亿元 and 吨).</exception>
    public static bool operator >=(Quantity left, Quantity right) => CompareSameBase(left, right) >= 0;

    /// <summary>The value and unit as written: <c>980 亿元</c>, <c>5%</c> (no space before % and ‰).</summary>
    public override string ToString() => FigureText.Number(Value) + FigureText.UnitSeparator(Unit) + Unit;

    private static int CompareSameBase(Quantity left, Quantity right)
    {
        if (!left.IsComparableTo(right))
        {
            throw new ArgumentException($"Cannot compare {left} with {right}: their base units differ ({left.BaseUnit}, {right.BaseUnit}).", nameof(right));
        }
        return CompareAmounts(left, right);
    }

    // Amounts in the base unit; values too large for decimal in the base unit compare as doubles instead of throwing.
    private static int CompareAmounts(Quantity a, Quantity b)
    {
        if (a.TryToBase(out var x) && b.TryToBase(out var y)) return x.CompareTo(y);
        return ((double)a.Value * (double)a.Factor).CompareTo((double)b.Value * (double)b.Factor);
    }

    private int AmountHash() => TryToBase(out var amount) ? Normalize(amount).GetHashCode() : ((double)Value * (double)Factor).GetHashCode();

    private bool TryToBase(out decimal amount)
    {
        try
        {
            amount = Value * Factor;
            return true;
        }
        catch (OverflowException)
        {
            amount = 0;
            return false;
        }
    }

    // Drops trailing zeros of the scale (7405000000.00 → 7405000000) so converted values print as people write them.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
