// Shared between the runtime library (namespace ReportSdk) and the generator
// (namespace ReportSdk.Generator.Vocabulary): one definition, two compilations.
using System;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>Administrative level of the region a report speaks for.</summary>
public enum RegionLevel
{
    /// <summary>Not stated and not inferable.</summary>
    Unknown = 0,
    /// <summary>A province (省) or autonomous region (自治区).</summary>
    Province,
    /// <summary>A municipality directly under the central government (直辖市: 北京市, 上海市, 天津市, 重庆市).</summary>
    Municipality,
    /// <summary>A prefecture-level or sub-provincial city (市), prefecture (地区), league (盟) or autonomous prefecture (自治州).</summary>
    City,
    /// <summary>A district (区).</summary>
    District,
    /// <summary>A county (县), banner (旗) or county-level city.</summary>
    County,
    /// <summary>The whole country: reports of the State Council (国务院) to the National People's Congress.</summary>
    National,
}

/// <summary>What a figure measures, whatever its status: an amount, a change, a proportion or a place.</summary>
public enum Measure
{
    /// <summary>An amount or count (地区生产总值 980 亿元, 新增就业 2.8 万人).</summary>
    Level = 0,
    /// <summary>A rate or amount of change (增长 5%, 下降 0.1 个百分点).</summary>
    Change,
    /// <summary>A proportion (占…比重, 比例达到 4.6%).</summary>
    Share,
    /// <summary>A place in a ranking (第一, 第五位, 前三).</summary>
    Rank,
}

/// <summary>Whether a figure is achieved, estimated or planned.</summary>
public enum FactStatus
{
    /// <summary>An achieved result.</summary>
    Actual = 0,
    /// <summary>A result stated as an estimate (预计, 初步预计).</summary>
    Estimated,
    /// <summary>A goal of the plan (目标, 预期, 力争 … in the plan part).</summary>
    Target,
}

/// <summary>What a numeric fact states: a combination of <see cref="Measure"/> and <see cref="FactStatus"/> kept for compatibility.</summary>
public enum IndicatorKind
{
    /// <summary>An achieved or estimated result of the review year.</summary>
    Actual = 0,
    /// <summary>The rate of change of an actual result.</summary>
    Growth,
    /// <summary>A plan-year goal.</summary>
    Target,
    /// <summary>A planned rate of change.</summary>
    TargetGrowth,
    /// <summary>A proportion such as 占…比重.</summary>
    Share,
    /// <summary>A rank stated by the text (第一, 前三 …).</summary>
    Rank,
}

/// <summary>Direction of a rate: 增长/提高 (up) or 下降/降低/减少 (down).</summary>
public enum Direction
{
    /// <summary>增长, 提高, 上升 …</summary>
    Up = 1,
    /// <summary>下降, 降低, 减少 …</summary>
    Down = 2,
}

/// <summary>Hedges and bounds the text puts on a figure.</summary>
[Flags]
public enum Qualifiers
{
    /// <summary>No qualifier.</summary>
    None = 0,
    /// <summary>左右, 约.</summary>
    About = 1,
    /// <summary>超, 突破, 以上, 超过.</summary>
    Over = 2,
    /// <summary>不低于, 不少于, 力争…以上.</summary>
    AtLeast = 4,
    /// <summary>以内, 控制在.</summary>
    Within = 8,
    /// <summary>近, 接近.</summary>
    Nearly = 16,
    /// <summary>预计, 初步预计.</summary>
    Estimated = 32,
    /// <summary>A range such as 5%-6% or 80-100 家.</summary>
    Range = 64,
}

/// <summary>How a section heading is written.</summary>
public enum SectionStyle
{
    /// <summary>一、 (level 1).</summary>
    Dun = 0,
    /// <summary>（一） or (一) (level 2).</summary>
    Paren,
    /// <summary>A bold lead sentence ending in 。 (重大项目支撑加力。).</summary>
    LeadSentence,
    /// <summary>一是… 二是… paragraph heads.</summary>
    Shi,
    /// <summary>——— dash bullets.</summary>
    Dash,
}
