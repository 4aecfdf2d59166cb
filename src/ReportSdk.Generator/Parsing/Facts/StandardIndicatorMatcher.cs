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

    /// <summary>The standard key of a fact named <paramref name="name"/>: the growth key for rates of change, none for amounts of change, else the level key.</summary>
    public static StandardIndicator? Match(string name, Measure measure, string unit)
    {
        string key = Key(name);
        if (!Aliases.TryGetValue(key, out var keys) && !Aliases.TryGetValue(WithoutScope(key), out keys)) return null;
        // 十年增加近70万亿元: an amount of change is neither the level nor the rate.
        // (Unless the row's level and change are one indicator: 农村贫困人口减少1386万.)
        if (measure == Measure.Change && !UnitLexicon.IsRate(unit) && keys.Growth != keys.Level) return null;
        return measure == Measure.Change ? keys.Growth : keys.Level;
    }

    private static string WithoutScope(string key)
    {
        foreach (var scope in FactLexicon.IndicatorScopes)
        {
            if (key.Length > scope.Length + 1 && key.StartsWith(scope, StringComparison.Ordinal)) return key.Substring(scope.Length);
        }
        return key;
    }

    /// <summary>Whitespace and quotation marks removed, parentheses in one width, traditional characters simplified (農業 → 农业).</summary>
    public static string Key(string name)
    {
        var chars = new char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '‘' or '’') continue;
            chars[length++] = c switch { '（' => '(', '）' => ')', _ => CompactText.Normalize(c) is var n && n >= 0x4E00 ? n : c };
        }
        return new string(chars, 0, length);
    }
}
