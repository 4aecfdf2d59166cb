using System.Collections.Generic;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Model;
using L = ReportSdk.Generator.Vocabulary.ReportTableLayout;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// Writes a report's data as the two literals the runtime's <c>ReportSdk.Generated.ReportTables</c> decodes (layout:
/// <c>src/Shared/ReportTableLayout.cs</c>): <c>__text</c>, every distinct string once in one string literal, and
/// <c>__table</c>, the ints of the facts, sections, paragraphs and glossary rows, two chars each, in another. Both
/// compile to data in the assembly, not to code, so the compiler's and the JIT's work no longer grows with each fact.
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
        if (_stringIndex.TryGetValue(value, out int index)) return index;
        index = _offsets.Count - 1;
        _stringIndex.Add(value, index);
        _text.Append(value);
        _offsets.Add(_text.Length);
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

    /// <summary>The strings, back to back (the content of <c>__text</c>).</summary>
    public string Text => _text.ToString();

    /// <summary>The whole int table (the content of <c>__table</c>, before <see cref="Encode"/>).</summary>
    public int[] Table()
    {
        var header = Header();
        var regions = new[] { _offsets, _decimals, _facts, _sections, _paragraphs, _glossary };
        int length = header.Length;
        foreach (var region in regions) length += region.Count;
        var table = new int[length];
        header.CopyTo(table, 0);
        int at = header.Length;
        foreach (var region in regions)
        {
            region.CopyTo(table, at);
            at += region.Count;
        }
        return table;
    }

    private int[] Header() => new[]
    {
        L.Version, _offsets.Count - 1, _decimals.Count / L.DecimalStride, _facts.Count / L.FactStride,
        _sections.Count / L.SectionStride, _paragraphs.Count / L.ParagraphStride, _glossary.Count / L.GlossaryStride,
    };

    /// <summary>The ints as the chars of the <c>__table</c> literal (<see cref="L.CharsPerInt"/> per int, low half first).</summary>
    public static string Encode(int[] table)
    {
        var chars = new char[table.Length * L.CharsPerInt];
        for (int i = 0; i < table.Length; i++)
        {
            chars[i * L.CharsPerInt] = Low(table[i]);
            chars[i * L.CharsPerInt + 1] = High(table[i]);
        }
        return new string(chars);
    }

    private static char Low(int value) => (char)(value & 0xFFFF);

    private static char High(int value) => (char)((uint)value >> 16);

    /// <summary>The <c>__table</c> literal: the chars of <see cref="Encode"/>, written one by one as literal chars.</summary>
    private static void AppendTableLiteral(StringBuilder sb, int[] table)
    {
        sb.Append('"');
        foreach (int value in table)
        {
            CSharpLiteral.AppendChar(sb, Low(value));
            CSharpLiteral.AppendChar(sb, High(value));
        }
        sb.Append('"');
    }

    /// <summary>
    /// Writes <c>__text</c> and <c>__table</c> as private static properties of the current class. With
    /// <paramref name="stringLiterals"/> (the plan's <c>StringLiterals</c>), each returns one string literal (a
    /// constant would store the chars twice: as its value and for each load); the table's chars are mostly escapes
    /// (<c>\u0007\0</c> is the int 7). Otherwise, for reports beyond the string heap budget, the strings are a UTF-8
    /// byte array decoded once on first use and the table an <c>int</c> array: no heap limit, slower to compile.
    /// </summary>
    public void Write(IndentedWriter w, bool stringLiterals = true)
    {
        w.Line("// The report's data, decoded by global::ReportSdk.Generated.ReportTables: every distinct string once, then one");
        w.Line("// table of ints: header, string offsets, decimals, facts, sections, paragraphs, glossary.");
        if (stringLiterals)
        {
            w.Line("private static string " + TextName + " => ", Text, CSharpLiteral.AppendString, ";");
            w.Line("private static string " + TableName + " => ", Table(), AppendTableLiteral, ";");
            return;
        }
        w.Line("private static string? __decoded;");
        w.Line("private static string " + TextName + " => __decoded ??= global::System.Text.Encoding.UTF8.GetString(__utf8);");
        w.Line("private static global::System.ReadOnlySpan<byte> __utf8 => new byte[]").Open();
        var bytes = Encoding.UTF8.GetBytes(WellFormed(Text));
        Rows(w, bytes.Length, i => bytes[i], 32);
        w.Close(";");
        w.Line("private static global::System.ReadOnlySpan<int> " + TableName + " => new int[]").Open();
        var table = Table();
        Rows(w, table.Length, i => table[i], 16);
        w.Close(";");
    }

    // The values as rows of perLine numbers, written straight into the writer (a report past the budget has hundreds
    // of thousands of them: no string per number or per row).
    private static void Rows(IndentedWriter w, int count, System.Func<int, int> value, int perLine)
    {
        var row = new Row(value);
        for (int i = 0; i < count; i += perLine)
        {
            row.Start = i;
            row.End = System.Math.Min(count, i + perLine);
            w.Line("", row, AppendRow, "");
        }
    }

    private sealed class Row
    {
        public Row(System.Func<int, int> value) => Value = value;

        public System.Func<int, int> Value { get; }
        public int Start;
        public int End;
    }

    private static void AppendRow(StringBuilder sb, Row row)
    {
        for (int j = row.Start; j < row.End; j++) CSharpLiteral.AppendInt(sb, row.Value(j)).Append(',');
    }

    /// <summary>
    /// UTF-8 cannot hold a lone surrogate (text decoded from a file never has one; a string handed to the generator
    /// in memory might): each becomes U+FFFD, one char as well, so the char offsets stay right.
    /// </summary>
    private static string WellFormed(string value)
    {
        char[]? chars = null;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) (chars ??= value.ToCharArray())[i] = '\uFFFD';
        }
        return chars is null ? value : new string(chars);
    }
}
