using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.Generator.Model;
using ReportSdk.Tests.Gold;

namespace ReportSdk.Tests.Corpus;

using Direction = ReportSdk.Generator.Vocabulary.Direction;

/// <summary>One keyed fact of Corpus/indicators.jsonl or of a fully keyed paragraph (Corpus/README.md).</summary>
internal sealed record KeyFact(
    string File, string Region, int DeliveredYear, string Name, string? Label, string? Metric, decimal Value, decimal? ValueHigh,
    string Unit, string Measure, string Status, string Kind, string? Direction, HashSet<string> Qualifiers,
    int? Period, int? PeriodStart, int? PeriodEnd, bool MainTarget, string Quote, int Line)
{
    /// <summary>The single year the current model gives a fact: the year, or the last year of a range.</summary>
    public int Year => Period ?? PeriodEnd ?? 0;

    public string Where => $"{File}:{Line} {Name} {Value}{Unit}";
}

/// <summary>A number of a fully keyed paragraph: the facts it must yield (one, or two for a 城乡 pair), or none and why.</summary>
internal sealed record KeyNumber(string Number, IReadOnlyList<KeyFact> Facts, string? Why);

/// <summary>A fully keyed paragraph: every number in lines StartLine..EndLine has a key entry.</summary>
internal sealed record KeyParagraph(string File, string Region, int DeliveredYear, int StartLine, int EndLine, IReadOnlyList<KeyNumber> Numbers);

/// <summary>Reads the corpus answer key (JSON lines beside the test assembly) and compares facts with it.</summary>
internal static class CorpusKey
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<JsonElement> Rows(string fileName) =>
        File.ReadAllLines(Path.Combine(Dir, fileName))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToArray();

    /// <summary>The lines of a seed text as the key counts them (Python splitlines: CRLF, LF or CR end a line).</summary>
    public static string[] Lines(string file) =>
        File.ReadAllText(TestData.SeedPath(file)).Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n').Split('\n');

    public static IReadOnlyList<KeyFact> Indicators() => Rows("indicators.jsonl").Select(r => Fact(r, null)).ToArray();

    public static IReadOnlyList<KeyParagraph> Paragraphs()
    {
        var headline = Indicators().ToLookup(f => (f.File, f.Quote, f.Line));
        return Rows("paragraphs.jsonl").Select(p => new KeyParagraph(
            p.Str("file")!, p.Str("region")!, p.Int("deliveredYear")!.Value, p.Int("startLine")!.Value, p.Int("endLine")!.Value,
            p.GetProperty("numbers").EnumerateArray().Select(n =>
            {
                var refs = n.TryGetProperty("facts", out var list) ? list.EnumerateArray().ToArray() : new[] { n };
                var facts = refs.Select(f => Reference(f, p, headline)).Where(f => f is not null).Select(f => f!).ToArray();
                return new KeyNumber(n.Str("number")!, facts, n.Str("why"));
            }).ToArray())).ToArray();
    }

    /// <summary>A paragraph entry's fact: inline (<c>fact</c>), a headline row by quote (<c>indicator</c>), or none.</summary>
    private static KeyFact? Reference(JsonElement entry, JsonElement paragraph, ILookup<(string, string, int), KeyFact> headline)
    {
        if (entry.TryGetProperty("fact", out var inline) && inline.ValueKind == JsonValueKind.Object) return Fact(inline, paragraph);
        if (entry.Str("indicator") is { } quote) return headline[(paragraph.Str("file")!, quote, entry.Int("line")!.Value)].Single();
        return null;
    }

    private static KeyFact Fact(JsonElement r, JsonElement? paragraph)
    {
        var owner = paragraph ?? r;
        return new KeyFact(
            owner.Str("file")!, owner.Str("region")!, owner.Int("deliveredYear")!.Value, r.Str("name")!, r.Str("label"), r.Str("metric"),
            r.GetProperty("value").GetDecimal(),
            r.TryGetProperty("valueHigh", out var high) && high.ValueKind == JsonValueKind.Number ? high.GetDecimal() : null,
            r.Str("unit")!, r.Str("measure")!, r.Str("status")!, r.Str("kind")!, r.Str("direction"),
            r.GetProperty("qualifiers").EnumerateArray().Select(q => q.GetString()!).ToHashSet(StringComparer.Ordinal),
            r.Int("period"), r.Int("periodStart"), r.Int("periodEnd"), r.Bool("mainTarget") == true, r.Str("quote")!, r.Int("line")!.Value);
    }

    // ---- comparing an extracted fact with a key fact ----

    public static string Compact(string? s) => IndicatorGoldTests.Compact(s);

    public static string? DirectionName(Direction? direction) => direction switch { Direction.Up => "up", Direction.Down => "down", _ => null };

    /// <summary>
    /// The extractor's name or label is the key's name or label, or both carry the same standard key. A scope word that
    /// opens a name (全省, 全市: the report's own region) is the same measure without it: keys keep the words as written,
    /// the extractor drops them.
    /// </summary>
    public static bool SameName(FactModel fact, KeyFact key)
    {
        var names = new[] { Unscoped(fact.Name), Unscoped(fact.Label) }.Where(n => n.Length > 0);
        var keyNames = new[] { Unscoped(key.Name), Unscoped(key.Label) }.Where(n => n.Length > 0).ToArray();
        return names.Any(n => keyNames.Contains(n, StringComparer.Ordinal))
            || names.Any(n => keyNames.Any(k => Uncounted(n) == Uncounted(k)))
            || (key.Metric is not null && fact.Standard?.ToString() == key.Metric);
    }

    /// <summary>
    /// Verbs that bring counted things about (新建5G基站, 建成保障性住房, 新建和改造农村电网高低压线路). The seed gold keeps
    /// them in the name (they say the count is of new ones); some corpus keys leave them out. Either is the same name.
    /// </summary>
    private static readonly string[] CountingVerbs =
    {
        "新建成", "新改扩建", "改扩建", "扩建", "新建", "建成", "创建", "引进", "打造", "培育", "新开工", "开工建设", "开工", "组建", "认定", "改造", "开通",
        "投用", "加固", "建设", "新增", "增加", "新设", "完工",
    };

    private static string Uncounted(string name)
    {
        // 城镇保障性住房基本建成, 老旧小区综合整治新开工: the verb may end the name too.
        foreach (var verb in CountingVerbs)
        {
            if (name.Length - verb.Length < 2 || !name.EndsWith(verb, StringComparison.Ordinal)) continue;
            name = name.Substring(0, name.Length - verb.Length);
            foreach (var adverb in new[] { "基本", "新", "再" })
            {
                if (name.Length - adverb.Length >= 2 && name.EndsWith(adverb, StringComparison.Ordinal)) { name = name.Substring(0, name.Length - adverb.Length); break; }
            }
            break;
        }
        bool peeled = true;
        while (peeled)
        {
            peeled = false;
            foreach (var verb in CountingVerbs)
            {
                if (name.Length - verb.Length < 2 || !name.StartsWith(verb, StringComparison.Ordinal)) continue;
                name = name.Substring(verb.Length);
                if (name.Length > 3 && "和、及".IndexOf(name[0]) >= 0) name = name.Substring(1);
                peeled = true;
                break;
            }
        }
        return name;
    }

    private static readonly string[] RegionScopes = { "全国", "全省", "全市", "全区", "全县", "全州", "全旗", "全盟", "全自治区" };

    private static string Unscoped(string? name)
    {
        string compact = Compact(name);
        foreach (var scope in RegionScopes)
        {
            if (compact.Length > scope.Length + 1 && compact.StartsWith(scope, StringComparison.Ordinal)) return compact.Substring(scope.Length);
        }
        return compact;
    }

    /// <summary>A looser name test for paragraph precision: one name contains the other.</summary>
    public static bool CompatibleName(FactModel fact, KeyFact key)
    {
        if (SameName(fact, key)) return true;
        var names = new[] { Compact(fact.Name), Compact(fact.Label) }.Where(n => n.Length > 0).ToArray();
        var keyNames = new[] { Compact(key.Name), Compact(key.Label) }.Where(n => n.Length > 0).ToArray();
        return names.Any(n => keyNames.Any(k => n.Contains(k, StringComparison.Ordinal) || k.Contains(n, StringComparison.Ordinal)));
    }

    private static readonly (string Prefix, decimal Factor)[] Magnitudes =
    {
        ("万亿", 1_000_000_000_000m), ("千亿", 100_000_000_000m), ("百亿", 10_000_000_000m), ("亿", 100_000_000m),
        ("千万", 10_000_000m), ("百万", 1_000_000m), ("十万", 100_000m), ("万", 10_000m), ("千", 1_000m),
    };

    /// <summary>A quantity as (number, base unit): 27.4 亿元 and 2740000000 元 are the same amount. 千瓦/千克/千米 keep their unit.</summary>
    public static (decimal Amount, string Unit) Quantity(decimal value, string unit)
    {
        string u = Compact(unit).Replace('％', '%');
        if (u is "千瓦" or "千克" or "千米" or "千伏" or "千瓦时" or "万千瓦" or "亿千瓦时" or "万千瓦时")
        {
            return u switch
            {
                "万千瓦" => (value * 10_000m, "千瓦"),
                "亿千瓦时" => (value * 100_000_000m, "千瓦时"),
                "万千瓦时" => (value * 10_000m, "千瓦时"),
                _ => (value, u),
            };
        }
        foreach (var (prefix, factor) in Magnitudes)
        {
            if (u.StartsWith(prefix, StringComparison.Ordinal)) return (value * factor, u.Substring(prefix.Length));
        }
        return (value, u);
    }

    public static bool SameQuantity(FactModel fact, KeyFact key) =>
        Quantity(fact.Value, fact.Unit) == Quantity(key.Value, key.Unit)
        && (key.ValueHigh is null || (fact.ValueHigh is { } h && Quantity(h, fact.Unit) == Quantity(key.ValueHigh.Value, key.Unit)));

    /// <summary>The fact stands where the key fact stands: same line, or its clause quote holds the key quote or lies in it.</summary>
    public static bool SamePlace(FactModel fact, KeyFact key) =>
        fact.Line == key.Line || IndicatorGoldTests.SameClause(fact.Quote, key.Quote);

    /// <summary>Identity for recall: same place, same quantity, same thing named.</summary>
    public static bool Identifies(FactModel fact, KeyFact key) => SamePlace(fact, key) && SameQuantity(fact, key) && SameName(fact, key);
}
