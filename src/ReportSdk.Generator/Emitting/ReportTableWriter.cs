using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Model;
using L = ReportSdk.Generator.Vocabulary.ReportTableLayout;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes a report's data as the two literals the runtime's <c>ReportSdk.Generated.ReportTables</c> decodes (layout:
/// <c>src/Shared/ReportTableLayout.cs</c>): <c>__text</c>, every distinct string once in one UTF-8 literal, and
/// <c>__table</c>, one <c>int</c> array with the facts, sections, paragraphs and glossary as rows. Both compile to
/// data in the assembly, not to code, so the compiler's and the JIT's work no longer grows with each fact.
/// </summary>
internal sealed class ReportTableWriter
{
    public const string TextName = "__text";
    public const string TableName = "__table";

    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new() { 0 };
    private readonly Dictionary<string, int> _stringIndex = new(System.StringComparer.Ordinal);
    private readonly List<int> _decimals = new();
    private readonly Dictionary<(int, int, int, int), int> _decimalIndex = new();
    private readonly List<int> _facts = new();
    private readonly List<int> _sections = new();
    private readonly List<int> _paragraphs = new();
    private readonly List<int> _glossary = new();
    private int _byteLength;

    /// <summary>Collects the tables of <paramref name="m"/>.</summary>
    public static ReportTableWriter For(ReportModel m, CancellationToken cancellationToken)
    {
        var t = new ReportTableWriter();
        for (int i = 0; i < m.Facts.Count; i++)
        {
            if ((i & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            t.AddFact(m.Facts[i]);
        }
        var (order, parents) = SectionEmitter.PreOrder(m.Sections);
        for (int k = 0; k < order.Count; k++)
        {
            if ((k & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
            t.AddSection(order[k], parents[k]);
        }
        foreach (var g in m.Glossary)
        {
            t._glossary.Add(g.Number);
            t._glossary.Add(t.String(g.Term));
            t._glossary.Add(t.String(g.Definition));
            t._glossary.Add(g.Line);
        }
        return t;
    }

    private void AddFact(FactModel f)
    {
        int start = _facts.Count;
        for (int c = 0; c < L.FactStride; c++) _facts.Add(0);
        _facts[start + L.FactName] = String(f.Name);
        _facts[start + L.FactUnit] = String(f.Unit);
        _facts[start + L.FactQuote] = String(f.Quote);
        _facts[start + L.FactSection] = String(f.Section);
        _facts[start + L.FactStandard] = f.Standard is { } s ? (int)s : 0;
        _facts[start + L.FactMeasure] = (int)f.Measure;
        _facts[start + L.FactStatus] = (int)f.Status;
        _facts[start + L.FactDirection] = f.Direction is { } d ? (int)d : 0;
        _facts[start + L.FactQualifiers] = (int)f.Qualifiers;
        _facts[start + L.FactPeriodStart] = f.PeriodStart;
        _facts[start + L.FactPeriodEnd] = f.PeriodEnd;
        _facts[start + L.FactFlags] = f.MainTarget ? L.FlagMainTarget : 0;
        _facts[start + L.FactLine] = f.Line;
        _facts[start + L.FactValue] = Decimal(f.Value);
        _facts[start + L.FactHigh] = f.ValueHigh is { } high ? Decimal(high) : -1;
    }

    private void AddSection(SectionModel s, int parent)
    {
        int start = _sections.Count;
        for (int c = 0; c < L.SectionStride; c++) _sections.Add(0);
        _sections[start + L.SectionLevel] = s.Level;
        _sections[start + L.SectionOrdinal] = s.Ordinal;
        _sections[start + L.SectionMarker] = String(s.Marker);
        _sections[start + L.SectionTitle] = String(s.Title);
        _sections[start + L.SectionLine] = s.Line;
        _sections[start + L.SectionStyleCode] = (int)s.Style;
        _sections[start + L.SectionParent] = parent;
        _sections[start + L.SectionParagraphs] = s.Paragraphs.Count;
        foreach (var p in s.Paragraphs)
        {
            _paragraphs.Add(String(p.Text));
            _paragraphs.Add(p.Line);
        }
    }

    /// <summary>Index of <paramref name="value"/> in the string table (added once), -1 for null.</summary>
    private int String(string? value)
    {
        if (value is null) return -1;
        string text = WellFormed(value);
        if (_stringIndex.TryGetValue(text, out int index)) return index;
        index = _offsets.Count - 1;
        _stringIndex.Add(text, index);
        _text.Append(text);
        _byteLength += Encoding.UTF8.GetByteCount(text);
        _offsets.Add(_byteLength);
        return index;
    }

    /// <summary>Index of <paramref name="value"/> in the decimal table (by its bits, so 4.40 and 4.4 stay apart).</summary>
    private int Decimal(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var key = (bits[0], bits[1], bits[2], bits[3]);
        if (_decimalIndex.TryGetValue(key, out int index)) return index;
        index = _decimals.Count / L.DecimalStride;
        _decimalIndex.Add(key, index);
        _decimals.AddRange(bits);
        return index;
    }

    /// <summary>
    /// A UTF-8 literal cannot hold a lone surrogate (text decoded from a file never has one; a string handed to the
    /// generator in memory might): each becomes U+FFFD, as a UTF-8 decoder would read it.
    /// </summary>
    private static string WellFormed(string value)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb ??= new StringBuilder(value, 0, i, value.Length);
                sb.Append('\uFFFD');
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? value;
    }

    /// <summary>The strings, back to back (the content of <c>__text</c> before UTF-8 encoding).</summary>
    public string Text => _text.ToString();

    /// <summary>The whole int table (the content of <c>__table</c>).</summary>
    public int[] Table()
    {
        var table = new List<int>(L.Length(_offsets.Count - 1, _decimals.Count / L.DecimalStride, _facts.Count / L.FactStride,
            _sections.Count / L.SectionStride, _paragraphs.Count / L.ParagraphStride, _glossary.Count / L.GlossaryStride));
        table.AddRange(Header());
        foreach (var region in Regions()) table.AddRange(region.Values);
        return table.ToArray();
    }

    private int[] Header() => new[]
    {
        L.Version, _offsets.Count - 1, _decimals.Count / L.DecimalStride, _facts.Count / L.FactStride,
        _sections.Count / L.SectionStride, _paragraphs.Count / L.ParagraphStride, _glossary.Count / L.GlossaryStride,
    };

    // The regions after the header, in layout order, with how many ints to write per line.
    private (List<int> Values, int PerLine)[] Regions() => new[]
    {
        (_offsets, 16), (_decimals, L.DecimalStride * 4), (_facts, L.FactStride), (_sections, L.SectionStride),
        (_paragraphs, L.ParagraphStride * 8), (_glossary, L.GlossaryStride),
    };

    /// <summary>
    /// Writes <c>__text</c> and <c>__table</c> as private static members of the current class; <c>__text</c> as a
    /// <c>"…"u8</c> literal, or (before C# 11) as a <c>byte</c> array literal, which the compiler stores as data too.
    /// </summary>
    public void Write(IndentedWriter w, bool utf8Literals = true)
    {
        w.Line("// The report's data, decoded by global::ReportSdk.Generated.ReportTables: every distinct string once (UTF-8),");
        w.Line("// then one table: header, string offsets, decimals, facts, sections, paragraphs, glossary.");
        if (utf8Literals)
        {
            w.Line("private static global::System.ReadOnlySpan<byte> " + TextName + " => " + CSharpLiteral.String(Text) + "u8;");
        }
        else
        {
            w.Line("private static global::System.ReadOnlySpan<byte> " + TextName + " => new byte[]").Open();
            var bytes = new List<int>();
            foreach (byte b in Encoding.UTF8.GetBytes(Text)) bytes.Add(b);
            Rows(w, bytes, 32);
            w.Close(";");
        }
        w.Line("private static global::System.ReadOnlySpan<int> " + TableName + " => new int[]").Open();
        var header = Header();
        Rows(w, new List<int>(header), header.Length);
        foreach (var (values, perLine) in Regions()) Rows(w, values, perLine);
        w.Close(";");
    }

    private static void Rows(IndentedWriter w, List<int> values, int perLine)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Count; i += perLine)
        {
            sb.Clear();
            for (int j = i; j < values.Count && j < i + perLine; j++) sb.Append(values[j].ToString(CultureInfo.InvariantCulture)).Append(',');
            w.Line(sb.ToString());
        }
    }
}
