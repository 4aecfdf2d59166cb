using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Maps an indicator name to its <see cref="StandardIndicator"/> key through the shared alias table.</summary>
internal static class StandardIndicatorMatcher
{
    private static readonly Dictionary<string, (StandardIndicator Level, StandardIndicator? Growth)> Aliases = Build();

    private static Dictionary<string, (StandardIndicator, StandardIndicator?)> Build()
    {
        var map = new Dictionary<string, (StandardIndicator, StandardIndicator?)>(StringComparer.Ordinal);
        foreach (var (level, growth, aliases) in StandardIndicatorAliases.Table)
        {
            foreach (var alias in aliases)
            {
                string key = Key(alias);
                if (!map.ContainsKey(key)) map.Add(key, (level, growth));
            }
        }
        return map;
    }

    /// <summary>True when <paramref name="name"/> is an alias of a standard indicator.</summary>
    public static bool IsAlias(string name) => Aliases.ContainsKey(Key(name));

    /// <summary>The standard key of a fact named <paramref name="name"/>: the growth key for rates of change, else the level key.</summary>
    public static StandardIndicator? Match(string name, IndicatorKind kind)
    {
        if (!Aliases.TryGetValue(Key(name), out var keys)) return null;
        bool rate = kind is IndicatorKind.Growth or IndicatorKind.TargetGrowth;
        return rate ? keys.Growth : keys.Level;
    }

    /// <summary>Whitespace and quotation marks removed, parentheses in one width.</summary>
    public static string Key(string name)
    {
        var chars = name.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”' or '‘' or '’'))
            .Select(c => c switch { '（' => '(', '）' => ')', _ => c });
        return new string(chars.ToArray());
    }
}
