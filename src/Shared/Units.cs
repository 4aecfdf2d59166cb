// Shared between the runtime library and the generator (see Vocabulary.cs). The one table of units: what the
// generator reads after a number and how the runtime converts it, so that the two can never disagree.
using System;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>Chinese magnitude prefixes of units (万, 亿, 万亿 …), the base units reports write, and how to split a unit into factor and base.</summary>
internal static class Units
{
    /// <summary>Magnitudes written between a number and its base unit (980 亿元, 2.8 万人), longest first so that 万亿 wins over 万.</summary>
    internal static readonly Magnitude[] Magnitudes =
    {
        new("万亿", 1_000_000_000_000m),
        new("千亿", 100_000_000_000m),
        new("百亿", 10_000_000_000m),
        new("千万", 10_000_000m),
        new("百万", 1_000_000m),
        new("十万", 100_000m),
        new("亿", 100_000_000m),
        new("万", 10_000m),
        new("千", 1_000m),
        new("百", 100m),
    };

    /// <summary>Rates and proportions: units that say how much something changed or what share it is.</summary>
    internal static readonly string[] Rates = { "%", "‰", "个百分点", "百分点", "百分比", "倍", "成" };

    /// <summary>
    /// Base units, by what they count. A base unit may begin with a magnitude character and still be one unit
    /// (千米, 千瓦, 千伏, 百分点): it is never scaled.
    /// </summary>
    internal static readonly string[] BaseUnits =
    {
        // money
        "元", "美元", "欧元", "港元", "元/平方米", "元/人",
        // counts
        "家", "个", "户", "人", "人次", "名", "位", "套", "间", "张", "处", "项", "件", "条", "所", "座", "栋", "幢",
        "辆", "台", "架", "场", "次", "批", "类", "株", "棵", "只", "份", "篇", "部", "款", "支", "块", "片", "种",
        "门", "期", "组", "对", "届", "轮", "根", "管", "床", "家次", "个月", "个点", "条次", "宗", "笔", "单", "起",
        "场次", "批次", "班次", "户次", "架次", "车次", "航次", "台次", "列", "艘", "艘次",
        "管/日", "人/日", "辆/日",
        // time
        "天", "年", "岁", "小时", "分钟", "周", "个工作日", "工作日",
        // length, area, volume, mass
        "公里", "千米", "米", "厘米", "毫米", "平方公里", "平方千米", "平方米", "公顷", "亩", "立方米",
        "吨", "公斤", "千克", "克", "斤", "标准箱", "标箱", "吨标准煤",
        // energy and power
        "千瓦", "千瓦时", "千瓦小时", "瓦", "兆瓦", "度", "伏", "千伏", "千伏安",
        // concentrations and densities
        "微克/立方米", "毫克/立方米", "吨/平方公里·月", "吨/平方公里", "克/平方米", "克/千克",
        // computing power (200P); single letters such as G are left out: 5G is a name, not 5 of something
        "P", "PFlops", "Gbps", "亿亿次/秒",
    };

    /// <summary>True for rates and proportions (%, 个百分点, 倍 …).</summary>
    /// <param name="unit">The unit as written.</param>
    public static bool IsRate(string unit) => Array.IndexOf(Rates, unit) >= 0;

    /// <summary>Splits a unit as written into its multiplier and base unit: 亿元 → (10⁸, 元); % → (1, %); 千伏 → (1, 千伏).</summary>
    /// <param name="unit">The unit as written.</param>
    /// <param name="factor">The multiplier.</param>
    /// <param name="baseUnit">The base unit.</param>
    /// <returns>False only for an empty unit.</returns>
    public static bool TrySplit(string unit, out decimal factor, out string baseUnit)
    {
        factor = 1m;
        baseUnit = unit ?? string.Empty;
        if (unit is null || unit.Length == 0) return false;
        if (Array.IndexOf(BaseUnits, unit) >= 0 || Array.IndexOf(Rates, unit) >= 0) return true;
        bool split = false;
        foreach (var (prefix, f) in Magnitudes)
        {
            if (unit.Length <= prefix.Length || !unit.StartsWith(prefix, StringComparison.Ordinal)) continue;
            string rest = unit.Substring(prefix.Length);
            // 百亿亿次/秒 is 百 × 亿亿次/秒: a split that leaves a known base unit wins over the longest prefix.
            if (!split || Array.IndexOf(BaseUnits, rest) >= 0)
            {
                factor = f;
                baseUnit = rest;
                split = true;
                if (Array.IndexOf(BaseUnits, rest) >= 0) break;
            }
        }
        return true;
    }
}

/// <summary>A magnitude prefix and its factor (万 → 10⁴). A class, not a value tuple: the runtime's first figure then
/// JIT-compiles no tuple code of another assembly.</summary>
/// <param name="Prefix">The prefix as written.</param>
/// <param name="Factor">What it multiplies by.</param>
internal sealed record Magnitude(string Prefix, decimal Factor);
