// Shared between the runtime library and the generator (see Vocabulary.cs).
// China's administrative divisions (GB/T 2260, generated into DivisionData.cs by scripts/regions/generate.mjs),
// plus the national level and a few divisions abolished before the table's date, which resolve by name only.
using System;
using System.Collections.Generic;

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>One administrative division: GB/T 2260 code (null for a former division), names, level, parent code.</summary>
internal readonly struct Division
{
    public Division(string? code, string name, string english, RegionLevel level, string? parentCode, string? parentName)
    {
        Code = code;
        Name = name;
        English = english;
        Level = level;
        ParentCode = parentCode;
        ParentName = parentName;
    }

    /// <summary>GB/T 2260 code, six digits (440000 a province, 150700 a prefecture, 150702 a county); null for the
    /// national level and for a division abolished before the table's date.</summary>
    public string? Code { get; }
    public string Name { get; }
    public string English { get; }
    public RegionLevel Level { get; }
    public string? ParentCode { get; }
    public string? ParentName { get; }
}

/// <summary>The divisions table: lookups by code and by full or short name.</summary>
internal static partial class Divisions
{
    /// <summary>Names under which the national level speaks or is addressed.</summary>
    public static readonly string[] NationalNames = { "全国", "国务院", "中华人民共和国国务院", "中央人民政府", "中华人民共和国" };

    // Divisions abolished before the table's date (2023): (name, English, level, parent code).
    private static readonly (string Name, string English, RegionLevel Level, string ParentCode)[] Former =
    {
        ("崇文区", "Chongwen", RegionLevel.District, "11"),
        ("宣武区", "Xuanwu", RegionLevel.District, "11"),
    };

    private static Table? table;

    private sealed class Table
    {
        public readonly List<Division> All = new();
        public readonly Dictionary<string, Division> ByCode = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Division>> ByName = new(StringComparer.Ordinal);
        public int LongestName;
    }

    /// <summary>Every division, national first, in code order.</summary>
    public static IReadOnlyList<Division> All => Get().All;

    /// <summary>The division with a GB/T 2260 code.</summary>
    public static bool TryGetByCode(string code, out Division division) => Get().ByCode.TryGetValue(code, out division);

    /// <summary>Divisions written so: full name (石景山区), national name (国务院) or provincial-level short name (四川).</summary>
    public static IReadOnlyList<Division> Named(string name) =>
        Get().ByName.TryGetValue(name, out var list) ? list : Array.Empty<Division>();

    /// <summary>Length of the longest name <see cref="Named"/> knows.</summary>
    public static int LongestName => Get().LongestName;

    /// <summary>The division and its ancestors, nearest first (海拉尔区 → 呼伦贝尔市 → 内蒙古自治区).</summary>
    public static List<Division> Parents(Division division)
    {
        var result = new List<Division>();
        string? code = division.ParentCode;
        while (code != null && TryGetByCode(code, out var parent))
        {
            result.Add(parent);
            code = parent.ParentCode;
        }
        return result;
    }

    private static Table Get()
    {
        var t = table;
        if (t != null) return t;
        t = Build();
        table = t;
        return t;
    }

    private static Table Build()
    {
        var t = new Table();
        Add(t, new Division(null, "全国", "National", RegionLevel.National, null, null), NationalNames);
        foreach (string row in Data.Split(';'))
        {
            // The data writes 2, 4 or 6 digits (province, prefecture, county); the parent is a prefix.
            string[] f = row.Split(',');
            string code = f[0];
            string? parent = code.Length == 6 ? Six(code.Substring(0, 4)) : code.Length == 4 ? Six(code.Substring(0, 2)) : null;
            if (parent != null && code.Length == 6 && !t.ByCode.ContainsKey(parent)) parent = Six(code.Substring(0, 2));
            string? parentName = parent != null && t.ByCode.TryGetValue(parent, out var p) ? p.Name : null;
            var division = new Division(Six(code), f[1], f[2], LevelOf(f[3][0]), parent, parentName);
            Add(t, division, ShortNames(division));
        }
        foreach (var (name, english, level, parent) in Former)
        {
            Add(t, new Division(null, name, english, level, Six(parent), t.ByCode[Six(parent)].Name), Array.Empty<string>());
        }
        return t;
    }

    private static string Six(string code) => code.PadRight(6, '0');

    private static void Add(Table t, Division division, IEnumerable<string> aliases)
    {
        t.All.Add(division);
        if (division.Code != null) t.ByCode[division.Code] = division;
        AddName(t, division.Name, division);
        foreach (string alias in aliases) AddName(t, alias, division);
    }

    private static void AddName(Table t, string name, Division division)
    {
        if (!t.ByName.TryGetValue(name, out var list)) t.ByName[name] = list = new List<Division>(1);
        foreach (var d in list)
        {
            if (d.Code == division.Code && d.Name == division.Name) return;
        }
        list.Add(division);
        if (name.Length > t.LongestName) t.LongestName = name.Length;
    }

    // Short names of provinces and prefecture-level cities (四川, 内蒙古, 呼伦贝尔): counties are written in full.
    private static IEnumerable<string> ShortNames(Division d)
    {
        if (d.Level == RegionLevel.District || d.Level == RegionLevel.County) yield break;
        if (RegionSuffixes.ShortName(d.Name, local: false) is { } shortName) yield return shortName;
    }

    private static RegionLevel LevelOf(char code) => code switch
    {
        'P' => RegionLevel.Province,
        'M' => RegionLevel.Municipality,
        'C' => RegionLevel.City,
        'D' => RegionLevel.District,
        _ => RegionLevel.County,
    };
}
