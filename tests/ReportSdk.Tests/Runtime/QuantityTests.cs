using System;
using System.Linq;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class QuantityTests
{
    [Fact]
    public void Of_splits_the_unit_into_factor_and_base()
    {
        var gdp = Quantity.Of(980m, "亿元");
        Assert.Equal(100_000_000m, gdp.Factor);
        Assert.Equal("元", gdp.BaseUnit);
        Assert.Equal(98_000_000_000m, gdp.ToBase());
        Assert.Equal("980 亿元", gdp.ToString());
    }

    [Theory]
    [InlineData(980, "亿元", "万元", 9_800_000)]
    [InlineData(980, "亿元", "元", 98_000_000_000)]
    [InlineData(4.4, "万亿元", "亿元", 44_000)]
    [InlineData(86359, "元", "万元", 8.6359)]
    [InlineData(8.8, "万元", "元", 88_000)]
    [InlineData(3.2, "亿美元", "万美元", 32_000)]
    public void ConvertTo_keeps_the_amount(double value, string unit, string target, double expected)
    {
        var converted = Quantity.Of((decimal)value, unit).ConvertTo(target);
        Assert.Equal((decimal)expected, converted.Value);
        Assert.Equal(target, converted.Unit);
        Assert.Equal(Quantity.Of((decimal)value, unit).ToBase(), converted.ToBase());
    }

    [Fact]
    public void Converted_and_base_values_print_without_trailing_zeros()
    {
        var revenue = Quantity.Of(74.05m, "亿元");
        Assert.Equal("7405000000 元", revenue.InBaseUnit.ToString());
        Assert.Equal("740500 万元", revenue.ConvertTo("万元").ToString());
    }

    [Fact]
    public void Units_of_another_base_do_not_convert()
    {
        var gdp = Quantity.Of(980m, "亿元");
        Assert.Throws<ArgumentException>(() => gdp.ConvertTo("%"));
        Assert.Throws<ArgumentException>(() => gdp.ConvertTo("亿美元"));
        Assert.False(gdp.TryConvertTo("微克/立方米", out _));
        Assert.True(gdp.TryConvertTo("万亿元", out var trillions));
        Assert.Equal(0.098m, trillions.Value);
    }

    [Theory]
    // Units that begin with a magnitude character but are one unit: the generator reads them whole, the runtime never scales them.
    [InlineData("千伏", 1, "千伏")]
    [InlineData("千瓦时", 1, "千瓦时")]
    [InlineData("千米", 1, "千米")]
    [InlineData("万千瓦", 10000, "千瓦")]
    [InlineData("百万吨", 1000000, "吨")]
    [InlineData("百分点", 1, "百分点")]
    [InlineData("千亿元", 100_000_000_000, "元")]
    [InlineData("百亿亿次/秒", 100, "亿亿次/秒")] // 百 × 亿亿次/秒, not 百亿 × 亿次/秒
    public void Units_with_a_magnitude_character_split_as_the_generator_reads_them(string unit, long factor, string baseUnit)
    {
        var q = Quantity.Of(2m, unit);
        Assert.Equal(((decimal)factor, baseUnit), (q.Factor, q.BaseUnit));
    }

    [Fact]
    public void Percentage_points_and_percent_are_not_scaled()
    {
        var points = Quantity.Of(0.5m, "个百分点");
        Assert.Equal(1m, points.Factor);
        Assert.Equal("个百分点", points.BaseUnit);
        Assert.Equal(1m, Quantity.Of(5.5m, "%").Factor);
        Assert.False(points.IsComparableTo(Quantity.Of(5.5m, "%")));
    }

    [Fact]
    public void Comparison_works_across_units_of_the_same_base()
    {
        var beijing = Quantity.Of(4.4m, "万亿元");   // 北京市 2023
        var xicheng = Quantity.Of(6000m, "亿元");    // 西城区 2023
        Assert.True(beijing > xicheng);
        Assert.True(xicheng < beijing);
        Assert.True(xicheng <= Quantity.Of(0.6m, "万亿元"));
        Assert.True(xicheng >= Quantity.Of(0.6m, "万亿元"));
        Assert.Equal(0, xicheng.CompareTo(Quantity.Of(60_000_000m, "万元")));
        Assert.True(Quantity.Of(8.8m, "万元") > Quantity.Of(86359m, "元"));
        var error = Assert.Throws<ArgumentException>(() => xicheng < Quantity.Of(5m, "%"));
        Assert.Contains("base units differ", error.Message);
        Assert.Throws<ArgumentException>(() => Quantity.Of(1m, "万吨") >= Quantity.Of(1m, "元"));
    }

    [Fact]
    public void Equality_and_hashing_are_by_amount_in_the_base_unit()
    {
        var a = Quantity.Of(980m, "亿元");
        var b = Quantity.Of(9_800_000m, "万元");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.GetHashCode(), Quantity.Of(0.098m, "万亿元").GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a.IsEquivalentTo(b));
        Assert.Single(new[] { a, b, Quantity.Of(98_000_000_000m, "元") }.Distinct());
        Assert.NotEqual(a, Quantity.Of(980m, "亿美元"));
        Assert.NotEqual(Quantity.Of(5m, "%"), Quantity.Of(5m, "个百分点"));
        Assert.NotEqual(a, Quantity.Of(981m, "亿元"));
        Assert.Equal("980 亿元", a.ToString());
        Assert.Equal("9800000 万元", b.ToString());
    }

    [Fact]
    public void Sorting_orders_amounts_across_magnitudes_and_groups_other_bases()
    {
        // 6000 亿元 sorts below 5.67 万亿元 (56 700 亿元), whatever the value as written says.
        var amounts = new[] { Quantity.Of(5.67m, "万亿元"), Quantity.Of(6000m, "亿元"), Quantity.Of(980m, "亿元"), Quantity.Of(1.2m, "万亿元") };
        Assert.Equal(new[] { "980 亿元", "6000 亿元", "1.2 万亿元", "5.67 万亿元" }, amounts.Order().Select(q => q.ToString()));

        // Mixed bases sort without throwing: grouped by base unit (ordinal), then by amount.
        var mixed = new[] { Quantity.Of(3m, "万吨"), Quantity.Of(5m, "亿元"), Quantity.Of(20_000m, "吨"), Quantity.Of(1m, "万元") };
        var sorted = mixed.Order().ToArray();
        Assert.Equal(new[] { "吨", "吨", "元", "元" }.OrderBy(u => u, StringComparer.Ordinal), sorted.Select(q => q.BaseUnit));
        Assert.True(sorted[0].BaseUnit == sorted[1].BaseUnit && sorted[0].ToBase() <= sorted[1].ToBase());
        Assert.True(sorted[2].ToBase() <= sorted[3].ToBase());
        Assert.Equal(Math.Sign(string.CompareOrdinal("吨", "元")), Math.Sign(Quantity.Of(1m, "吨").CompareTo(Quantity.Of(1m, "元"))));
    }

    [Fact]
    public void Figures_beyond_decimal_in_the_base_unit_still_compare_and_hash()
    {
        var huge = Quantity.Of(decimal.MaxValue / 10, "万亿元");
        Assert.True(huge > Quantity.Of(1m, "万亿元"));
        Assert.Equal(huge, huge with { });
        _ = huge.GetHashCode();
        Assert.NotEqual(huge, Quantity.Of(1m, "元"));
    }

    [Fact]
    public void Equal_amounts_in_different_units_are_neither_less_nor_greater()
    {
        var yi = Quantity.Of(1, "亿元");
        var wan = Quantity.Of(10000, "万元");
        Assert.False(yi < wan);
        Assert.False(yi > wan);
        Assert.True(yi <= wan);
        Assert.True(yi >= wan);
        Assert.True(Quantity.Of(1, "万元") < wan);
        Assert.True(wan > Quantity.Of(1, "万元"));
    }

    [Fact]
    public void Amounts_closer_than_double_precision_still_order()
    {
        // As doubles both are 1; the order comes from the decimal base amounts.
        var less = Quantity.Of(1.00000000000000001m, "元");
        var more = Quantity.Of(1.00000000000000002m, "元");
        Assert.True(less < more);
        Assert.Equal(-1, less.CompareTo(more));
    }

    [Fact]
    public void A_unit_is_required_and_a_failed_conversion_names_both_units()
    {
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => Quantity.Of(1m, null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => Quantity.Of(980m, "亿元").ConvertTo("%"));
        Assert.StartsWith("Cannot convert 亿元 to %: the base units differ (元).", error.Message);
    }
}
