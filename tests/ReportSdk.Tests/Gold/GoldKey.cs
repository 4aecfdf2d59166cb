using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ReportSdk.Tests.Gold;

/// <summary>Reads the gold answer key (JSON lines) copied beside the test assembly.</summary>
internal static class GoldKey
{
    public static IReadOnlyList<JsonElement> Rows(string fileName) =>
        File.ReadAllLines(Path.Combine(TestData.GoldDir, fileName))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToArray();

    public static string? Str(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static bool? Bool(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False) ? v.GetBoolean() : null;
}

/// <summary>Counts matches per field and remembers the first mismatches, for a readable summary.</summary>
internal sealed class FieldScore
{
    private readonly SortedDictionary<string, (int Ok, int Total)> _fields = new(System.StringComparer.Ordinal);
    private readonly List<string> _mismatches = new();

    public void Check(string field, object? expected, object? actual, string where)
    {
        bool ok = Equals(Normalize(expected), Normalize(actual));
        var (o, t) = _fields.TryGetValue(field, out var v) ? v : (0, 0);
        _fields[field] = (o + (ok ? 1 : 0), t + 1);
        if (!ok) _mismatches.Add($"{where} {field}: expected «{expected}» got «{actual}»");
    }

    public void Fail(string field, string message)
    {
        var (o, t) = _fields.TryGetValue(field, out var v) ? v : (0, 0);
        _fields[field] = (o, t + 1);
        _mismatches.Add(message);
    }

    public IReadOnlyList<string> Mismatches => _mismatches;

    /// <summary>How many checks of a field agreed.</summary>
    public int Ok(string field) => _fields.TryGetValue(field, out var v) ? v.Ok : 0;

    /// <summary>How many checks of a field were made.</summary>
    public int Total(string field) => _fields.TryGetValue(field, out var v) ? v.Total : 0;

    /// <summary>Agreeing checks and all checks over every field.</summary>
    public (int Ok, int Total) Overall => (_fields.Values.Sum(v => v.Ok), _fields.Values.Sum(v => v.Total));

    public string Summary() =>
        string.Join("\n", _fields.Select(f => $"{f.Key,-16} {f.Value.Ok,4}/{f.Value.Total,-4} {(f.Value.Total == 0 ? 1.0 : (double)f.Value.Ok / f.Value.Total):P1}"));

    private static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        long l => l,
        _ => value,
    };
}
