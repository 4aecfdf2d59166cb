// Shared between the runtime library and the generator (see Vocabulary.cs).
using System;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>
/// The suffixes of administrative unit names (省, 自治区, 市, 区, 县, 旗, 州, 盟): the level each names and which a short
/// name leaves out. One table for the generator's region resolver, the divisions table and the runtime's region aliases.
/// </summary>
internal static class RegionSuffixes
{
    // Longest first, so 自治区 wins over 区.
    private static readonly SuffixLevel[] Units =
    {
        new("自治区", RegionLevel.Province), new("自治州", RegionLevel.City), new("自治县", RegionLevel.County), new("自治旗", RegionLevel.County),
        new("省", RegionLevel.Province), new("市", RegionLevel.City), new("区", RegionLevel.District), new("县", RegionLevel.County),
        new("旗", RegionLevel.County), new("州", RegionLevel.City), new("盟", RegionLevel.City),
    };

    // Suffixes a short name leaves out (四川省 → 四川, 广西壮族自治区 → 广西, 石景山区 → 石景山), longest first; Local marks
    // those only districts and counties end in (a prefecture's 地区 keeps its 区).
    private static readonly (string Suffix, bool Local)[] Short =
    {
        ("壮族自治区", false), ("回族自治区", false), ("维吾尔自治区", false), ("自治区", false), ("省", false), ("市", false),
        ("区", true), ("县", true),
    };

    /// <summary>Length of the unit suffix that starts at <paramref name="index"/> of <paramref name="text"/>, or 0.</summary>
    public static int LengthAt(string text, int index)
    {
        foreach (var unit in Units)
        {
            if (string.CompareOrdinal(text, index, unit.Suffix, 0, unit.Suffix.Length) == 0) return unit.Suffix.Length;
        }
        return 0;
    }

    /// <summary>The level a name's suffix says (…省 → Province, …旗 → County), or Unknown.</summary>
    public static RegionLevel LevelOf(string name)
    {
        foreach (var unit in Units)
        {
            if (name.EndsWith(unit.Suffix, StringComparison.Ordinal)) return unit.Level;
        }
        return RegionLevel.Unknown;
    }

    /// <summary>
    /// The name without its suffix when at least two characters remain (四川省 → 四川), else null; without
    /// <paramref name="local"/> only the suffixes of provinces and cities count.
    /// </summary>
    public static string? ShortName(string name, bool local)
    {
        foreach (var (suffix, isLocal) in Short)
        {
            if (isLocal && !local) continue;
            if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal)) return name.Substring(0, name.Length - suffix.Length);
        }
        return null;
    }
}

/// <summary>A unit suffix and the level it names (a class, not a value tuple: no tuple code to JIT-compile at run time).</summary>
/// <param name="Suffix">The suffix.</param>
/// <param name="Level">The level.</param>
internal sealed record SuffixLevel(string Suffix, RegionLevel Level);
