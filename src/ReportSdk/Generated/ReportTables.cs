using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;
using L = ReportSdk.ReportTableLayout;

namespace ReportSdk.Generated;

/// <summary>
/// Builds report objects from the tables the generator emits (a UTF-8 literal with the report's strings and an
/// <c>int</c> table; layout in <c>src/Shared/ReportTableLayout.cs</c>). Generated code calls these methods; they
/// are compiled once here (and ahead of time in the package's ReadyToRun images), so a report compiles to data and
/// a few one-line members instead of code per fact.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ReportTables
{
    /// <summary>Fact <paramref name="index"/> of a report, built on first access and cached in <paramref name="cache"/>.</summary>
    /// <param name="cache">The report's fact cache (a static field of the generated class, created here on first use).</param>
    /// <param name="index">Row of the fact.</param>
    /// <param name="reportId">Id of the report.</param>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public static Indicator Fact(ref Indicator?[]? cache, int index, string reportId, ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var facts = Volatile.Read(ref cache) ?? Once(ref cache, new Indicator?[Checked(table)[L.HeaderFacts]]);
        return Volatile.Read(ref facts[index]) ?? Once(ref facts[index], NewFact(index, reportId, text, table));
    }

    /// <summary>Every fact of a report in text order, sharing the instances <see cref="Fact"/> built or builds.</summary>
    /// <param name="cache">The report's fact cache.</param>
    /// <param name="reportId">Id of the report.</param>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public static IReadOnlyList<Indicator> Facts(ref Indicator?[]? cache, string reportId, ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var all = new Indicator[Checked(table)[L.HeaderFacts]];
        for (int i = 0; i < all.Length; i++) all[i] = Fact(ref cache, i, reportId, text, table);
        return Array.AsReadOnly(all);
    }

    /// <summary>
    /// The facts of a report that carry <paramref name="indicator"/>, in text order: the rows are picked by their
    /// standard column without decoding the others, so a cross-report query by standard indicator builds only those.
    /// </summary>
    /// <param name="cache">The report's fact cache.</param>
    /// <param name="indicator">The standard indicator.</param>
    /// <param name="reportId">Id of the report.</param>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public static IReadOnlyList<Indicator> FactsOf(ref Indicator?[]? cache, StandardIndicator indicator, string reportId, ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var t = new Reader(text, Checked(table));
        var found = new List<Indicator>();
        for (int i = 0, n = table[L.HeaderFacts], r = t.FactsStart + L.FactStandard; i < n; i++, r += L.FactStride)
        {
            if (table[r] == (int)indicator) found.Add(Fact(ref cache, i, reportId, text, table));
        }
        return found.AsReadOnly();
    }

    /// <summary>The section tree of a report (level-1 sections with their subsections and paragraphs).</summary>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public static IReadOnlyList<Section> Sections(ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var t = new Reader(text, Checked(table));
        int n = table[L.HeaderSections];
        int rows = t.SectionsStart, p = t.ParagraphsStart;
        var paragraphs = new Paragraph[n][];
        for (int k = 0; k < n; k++)
        {
            var ps = new Paragraph[table[rows + k * L.SectionStride + L.SectionParagraphs]];
            for (int i = 0; i < ps.Length; i++, p += L.ParagraphStride)
            {
                ps[i] = new Paragraph(t.String(table[p + L.ParagraphText])!, table[p + L.ParagraphLine]);
            }
            paragraphs[k] = ps;
        }
        // Children come after their parent in pre-order: build from the end, collecting each parent's children.
        var children = new List<Section>?[n];
        var roots = new List<Section>();
        for (int k = n - 1; k >= 0; k--)
        {
            int r = rows + k * L.SectionStride;
            var kids = children[k];
            kids?.Reverse();
            var section = new Section(table[r + L.SectionLevel], table[r + L.SectionOrdinal], t.String(table[r + L.SectionMarker])!,
                t.String(table[r + L.SectionTitle])!, table[r + L.SectionLine], (SectionStyle)table[r + L.SectionStyleCode],
                Array.AsReadOnly(paragraphs[k]), Array.AsReadOnly(kids is null ? Array.Empty<Section>() : kids.ToArray()));
            int parent = table[r + L.SectionParent];
            if (parent < 0) roots.Add(section);
            else (children[parent] ??= new List<Section>()).Add(section);
        }
        roots.Reverse();
        return Array.AsReadOnly(roots.ToArray());
    }

    /// <summary>The 名词解释 entries of a report.</summary>
    /// <param name="text">The report's strings.</param>
    /// <param name="table">The report's table.</param>
    public static IReadOnlyList<GlossaryEntry> Glossary(ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var t = new Reader(text, Checked(table));
        var entries = new GlossaryEntry[table[L.HeaderGlossary]];
        for (int i = 0, g = t.GlossaryStart; i < entries.Length; i++, g += L.GlossaryStride)
        {
            entries[i] = new GlossaryEntry(table[g + L.GlossaryNumber], t.String(table[g + L.GlossaryTerm])!,
                t.String(table[g + L.GlossaryDefinition])!, table[g + L.GlossaryLine]);
        }
        return Array.AsReadOnly(entries);
    }

    private static Indicator NewFact(int index, string reportId, ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
    {
        var t = new Reader(text, table);
        int r = t.FactsStart + index * L.FactStride;
        int standard = table[r + L.FactStandard], direction = table[r + L.FactDirection], flags = table[r + L.FactFlags];
        return new Indicator(
            reportId,
            t.String(table[r + L.FactName])!,
            standard == 0 ? null : (StandardIndicator)standard,
            Quantity.Of(t.Decimal(table[r + L.FactValue]), t.String(table[r + L.FactUnit])!),
            table[r + L.FactHigh] < 0 ? null : t.Decimal(table[r + L.FactHigh]),
            (Measure)table[r + L.FactMeasure],
            (FactStatus)table[r + L.FactStatus],
            direction == 0 ? null : (Direction)direction,
            (Qualifiers)table[r + L.FactQualifiers],
            table[r + L.FactPeriodStart],
            table[r + L.FactPeriodEnd],
            (flags & L.FlagMainTarget) != 0,
            t.String(table[r + L.FactQuote])!,
            table[r + L.FactLine],
            t.String(table[r + L.FactSection]));
    }

    private static ReadOnlySpan<int> Checked(ReadOnlySpan<int> table)
    {
        if (table.Length < L.HeaderLength || table[L.HeaderVersion] != L.Version)
        {
            throw new InvalidOperationException(
                $"The report table has layout version {(table.Length > 0 ? table[0] : -1)}; this ReportSdk reads version {L.Version}. Rebuild with the generator of the same ReportSdk package.");
        }
        return table;
    }

    // First access wins, also under a race: every caller sees the same instance.
    private static T Once<T>(ref T? field, T value) where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

    /// <summary>Reads strings and decimals, and knows where each region of the table starts.</summary>
    private readonly ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _text;
        private readonly ReadOnlySpan<int> _table;

        public Reader(ReadOnlySpan<byte> text, ReadOnlySpan<int> table)
        {
            _text = text;
            _table = table;
        }

        private int Strings => _table[L.HeaderStrings];
        private int Decimals => _table[L.HeaderDecimals];
        public int FactsStart => L.FactsStart(Strings, Decimals);
        public int SectionsStart => L.SectionsStart(Strings, Decimals, _table[L.HeaderFacts]);
        public int ParagraphsStart => L.ParagraphsStart(Strings, Decimals, _table[L.HeaderFacts], _table[L.HeaderSections]);
        public int GlossaryStart => L.GlossaryStart(Strings, Decimals, _table[L.HeaderFacts], _table[L.HeaderSections], _table[L.HeaderParagraphs]);

        /// <summary>String <paramref name="index"/>, or null for -1.</summary>
        public string? String(int index)
        {
            if (index < 0) return null;
            int o = L.StringsStart() + index;
            return Encoding.UTF8.GetString(_text[_table[o].._table[o + 1]]);
        }

        /// <summary>Decimal <paramref name="index"/> from its four <c>decimal.GetBits</c> ints.</summary>
        public decimal Decimal(int index)
        {
            int o = L.DecimalsStart(Strings) + index * L.DecimalStride;
            int flags = _table[o + 3];
            return new decimal(_table[o], _table[o + 1], _table[o + 2], flags < 0, (byte)((flags >> 16) & 0xFF));
        }
    }
}
