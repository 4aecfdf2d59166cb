using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using L = ReportSdk.ReportTableLayout;

namespace ReportSdk.Generated;

/// <summary>
/// Builds report objects from the tables the generator emits (a string literal with the report's strings and one
/// with its <c>int</c> table; layout in <c>src/Shared/ReportTableLayout.cs</c>). Generated code calls the public
/// methods (<see cref="Assign(IReadOnlyList{Indicator}, int, ref Indicator)"/>, <c>AssignSections</c>, <see cref="Once{T}"/>);
/// the decoders are reached through <see cref="ReportData"/>, which holds a report's literals and its fact cache. All
/// of it is compiled once here (and ahead of time in the package's ReadyToRun images), so a report compiles to data
/// and a few one-line members instead of code per fact.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ReportTables
{
    /// <summary>
    /// Sets eight fact members of a generated year class (<c>static readonly</c> fields, the default shape): member
    /// <paramref name="member0"/> is fact <paramref name="row0"/> of <paramref name="facts"/>, and so on. Generated code
    /// calls it from the one field initializer of the class, so the members are set together, with the report's
    /// facts, when one of them is first read; a field costs the compiler far less than a property per fact.
    /// </summary>
    /// <param name="facts">The report's facts (its <c>Indicators</c>).</param>
    /// <param name="row0">Fact row of the first member.</param>
    /// <param name="member0">The first member.</param>
    /// <param name="row1">Fact row of the second member.</param>
    /// <param name="member1">The second member.</param>
    /// <param name="row2">Fact row of the third member.</param>
    /// <param name="member2">The third member.</param>
    /// <param name="row3">Fact row of the fourth member.</param>
    /// <param name="member3">The fourth member.</param>
    /// <param name="row4">Fact row of the fifth member.</param>
    /// <param name="member4">The fifth member.</param>
    /// <param name="row5">Fact row of the sixth member.</param>
    /// <param name="member5">The sixth member.</param>
    /// <param name="row6">Fact row of the seventh member.</param>
    /// <param name="member6">The seventh member.</param>
    /// <param name="row7">Fact row of the eighth member.</param>
    /// <param name="member7">The eighth member.</param>
    /// <returns>The number of members set (8).</returns>
    public static int Assign(IReadOnlyList<Indicator> facts,
        int row0, [AllowNull] ref Indicator member0, int row1, [AllowNull] ref Indicator member1,
        int row2, [AllowNull] ref Indicator member2, int row3, [AllowNull] ref Indicator member3,
        int row4, [AllowNull] ref Indicator member4, int row5, [AllowNull] ref Indicator member5,
        int row6, [AllowNull] ref Indicator member6, int row7, [AllowNull] ref Indicator member7)
    {
        member0 = facts[row0];
        member1 = facts[row1];
        member2 = facts[row2];
        member3 = facts[row3];
        member4 = facts[row4];
        member5 = facts[row5];
        member6 = facts[row6];
        member7 = facts[row7];
        return 8;
    }

    /// <summary>Sets one fact member of a generated year class (the members left after the groups of eight).</summary>
    /// <param name="facts">The report's facts (its <c>Indicators</c>).</param>
    /// <param name="row">Fact row of the member.</param>
    /// <param name="member">The member.</param>
    /// <returns>The number of members set (1).</returns>
    public static int Assign(IReadOnlyList<Indicator> facts, int row, [AllowNull] ref Indicator member)
    {
        member = facts[row];
        return 1;
    }

    /// <summary>
    /// Sets eight section members of a generated year class's <c>Sections</c> class (<c>static readonly</c> fields, the
    /// default shape): the sections at outline positions <paramref name="start"/> to <paramref name="start"/> + 7, where
    /// the outline lists each level-1 section followed by its subsections (<c>S1</c>, <c>S1_1</c>, <c>S1_2</c>, <c>S2</c>,
    /// …), the order the members are declared in. Called from the class's one field initializer, so the members are
    /// set together when one of them is first read.
    /// </summary>
    /// <param name="sections">The report's level-1 sections (its <c>Sections</c>).</param>
    /// <param name="start">Outline position of the first member.</param>
    /// <param name="member0">The first member.</param>
    /// <param name="member1">The second member.</param>
    /// <param name="member2">The third member.</param>
    /// <param name="member3">The fourth member.</param>
    /// <param name="member4">The fifth member.</param>
    /// <param name="member5">The sixth member.</param>
    /// <param name="member6">The seventh member.</param>
    /// <param name="member7">The eighth member.</param>
    /// <returns>The number of members set (8).</returns>
    public static int AssignSections(IReadOnlyList<Section> sections, int start,
        [AllowNull] ref Section member0, [AllowNull] ref Section member1, [AllowNull] ref Section member2, [AllowNull] ref Section member3,
        [AllowNull] ref Section member4, [AllowNull] ref Section member5, [AllowNull] ref Section member6, [AllowNull] ref Section member7)
    {
        member0 = OutlineAt(sections, start);
        member1 = OutlineAt(sections, start + 1);
        member2 = OutlineAt(sections, start + 2);
        member3 = OutlineAt(sections, start + 3);
        member4 = OutlineAt(sections, start + 4);
        member5 = OutlineAt(sections, start + 5);
        member6 = OutlineAt(sections, start + 6);
        member7 = OutlineAt(sections, start + 7);
        return 8;
    }

    /// <summary>Sets one section member of a generated <c>Sections</c> class (those left after the groups of eight).</summary>
    /// <param name="sections">The report's level-1 sections.</param>
    /// <param name="position">Outline position of the member.</param>
    /// <param name="member">The member.</param>
    /// <returns>The number of members set (1).</returns>
    public static int AssignSections(IReadOnlyList<Section> sections, int position, [AllowNull] ref Section member)
    {
        member = OutlineAt(sections, position);
        return 1;
    }

    /// <summary>The section at <paramref name="position"/> of the outline: level-1 sections, each followed by its subsections.</summary>
    private static Section OutlineAt(IReadOnlyList<Section> sections, int position)
    {
        int rest = position;
        if (rest >= 0)
        {
            foreach (var section in sections)
            {
                if (rest == 0) return section;
                rest--;
                if (rest < section.Sections.Count) return section.Sections[rest];
                rest -= section.Sections.Count;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(position), position, "No section at this outline position.");
    }

    /// <summary>Fact <paramref name="index"/> of a report, built on first access and cached in <paramref name="cache"/> (created here on first use).</summary>
    internal static Indicator Fact(ref Indicator?[]? cache, int index, string reportId, string text, Ints table)
    {
        var facts = Volatile.Read(ref cache) ?? Once(ref cache, new Indicator?[Checked(table)[L.HeaderFacts]]);
        return Volatile.Read(ref facts[index]) ?? Once(ref facts[index], NewFact(index, reportId, text, table));
    }

    /// <summary>Every fact of a report in text order, sharing the instances <see cref="Fact"/> built or builds.</summary>
    internal static IReadOnlyList<Indicator> Facts(ref Indicator?[]? cache, string reportId, string text, Ints table)
    {
        var all = new Indicator[Checked(table)[L.HeaderFacts]];
        for (int i = 0; i < all.Length; i++) all[i] = Fact(ref cache, i, reportId, text, table);
        return Array.AsReadOnly(all);
    }

    /// <summary>
    /// The facts of a report that carry <paramref name="indicator"/>, in text order: the rows are picked by their
    /// standard column without decoding the others, so a cross-report query by standard indicator builds only those.
    /// </summary>
    internal static IReadOnlyList<Indicator> FactsOf(ref Indicator?[]? cache, StandardIndicator indicator, string reportId, string text, Ints table)
    {
        var ints = Checked(table);
        var t = new Reader(text, ints);
        var found = new List<Indicator>();
        for (int i = 0, n = ints[L.HeaderFacts], r = t.FactsStart + L.FactStandard; i < n; i++, r += L.FactStride)
        {
            if (ints[r] == (int)indicator) found.Add(Fact(ref cache, i, reportId, text, table));
        }
        return found.AsReadOnly();
    }

    /// <summary>The section tree of a report (level-1 sections with their subsections and paragraphs).</summary>
    internal static IReadOnlyList<Section> Sections(string text, Ints table)
    {
        var ints = Checked(table);
        var t = new Reader(text, ints);
        int n = ints[L.HeaderSections];
        int rows = t.SectionsStart, p = t.ParagraphsStart;
        var paragraphs = new Paragraph[n][];
        for (int k = 0; k < n; k++)
        {
            var ps = new Paragraph[ints[rows + k * L.SectionStride + L.SectionParagraphs]];
            for (int i = 0; i < ps.Length; i++, p += L.ParagraphStride)
            {
                ps[i] = new Paragraph(t.String(ints[p + L.ParagraphText])!, ints[p + L.ParagraphLine]);
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
            var section = new Section(ints[r + L.SectionLevel], ints[r + L.SectionOrdinal], t.String(ints[r + L.SectionMarker])!,
                t.String(ints[r + L.SectionTitle])!, ints[r + L.SectionLine], (SectionStyle)ints[r + L.SectionStyleCode],
                Array.AsReadOnly(paragraphs[k]), Array.AsReadOnly(kids is null ? Array.Empty<Section>() : kids.ToArray()));
            int parent = ints[r + L.SectionParent];
            if (parent < 0) roots.Add(section);
            else (children[parent] ??= new List<Section>()).Add(section);
        }
        roots.Reverse();
        return Array.AsReadOnly(roots.ToArray());
    }

    /// <summary>The 名词解释 entries of a report.</summary>
    internal static IReadOnlyList<GlossaryEntry> Glossary(string text, Ints table)
    {
        var ints = Checked(table);
        var t = new Reader(text, ints);
        var entries = new GlossaryEntry[ints[L.HeaderGlossary]];
        for (int i = 0, g = t.GlossaryStart; i < entries.Length; i++, g += L.GlossaryStride)
        {
            entries[i] = new GlossaryEntry(ints[g + L.GlossaryNumber], t.String(ints[g + L.GlossaryTerm])!,
                t.String(ints[g + L.GlossaryDefinition])!, ints[g + L.GlossaryLine]);
        }
        return Array.AsReadOnly(entries);
    }

    private static Indicator NewFact(int index, string reportId, string text, Ints ints)
    {
        var t = new Reader(text, ints);
        int r = t.FactsStart + index * L.FactStride;
        int standard = ints[r + L.FactStandard], direction = ints[r + L.FactDirection], flags = ints[r + L.FactFlags];
        return new Indicator(
            reportId,
            t.String(ints[r + L.FactName])!,
            standard == 0 ? null : (StandardIndicator)standard,
            Quantity.Of(t.Decimal(ints[r + L.FactValue]), t.String(ints[r + L.FactUnit])!),
            ints[r + L.FactHigh] < 0 ? null : t.Decimal(ints[r + L.FactHigh]),
            (Measure)ints[r + L.FactMeasure],
            (FactStatus)ints[r + L.FactStatus],
            direction == 0 ? null : (Direction)direction,
            (Qualifiers)ints[r + L.FactQualifiers],
            ints[r + L.FactPeriodStart],
            ints[r + L.FactPeriodEnd],
            (flags & L.FlagMainTarget) != 0,
            t.String(ints[r + L.FactQuote])!,
            ints[r + L.FactLine],
            t.String(ints[r + L.FactSection]));
    }

    private static Ints Checked(Ints ints)
    {
        if (ints.Count < L.HeaderLength || ints[L.HeaderVersion] != L.Version)
        {
            throw new InvalidOperationException(
                $"The report table has layout version {(ints.Count > 0 ? ints[0] : -1)}; this ReportSdk reads version {L.Version}. Rebuild with the generator of the same ReportSdk package.");
        }
        return ints;
    }

    /// <summary>The ints of a table: a string literal (<see cref="L.CharsPerInt"/> chars each) or an <c>int</c> array.</summary>
    internal readonly ref struct Ints
    {
        // The string itself, not a span over it: converting a string to a span would load System.Memory for the first figure.
        private readonly string? _chars;
        private readonly ReadOnlySpan<int> _ints;

        public Ints(string table) => _chars = table;

        public Ints(ReadOnlySpan<int> table) => _ints = table;

        public int Count => _chars is null ? _ints.Length : _chars.Length / L.CharsPerInt;

        public int this[int index] => _chars is null ? _ints[index] : L.At(_chars, index);
    }

    /// <summary>
    /// Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first, and returns
    /// the stored one: first access wins, also under a race, so every caller sees the same instance.
    /// </summary>
    /// <typeparam name="T">The cached type.</typeparam>
    /// <param name="field">The cache field.</param>
    /// <param name="value">The value built by this caller.</param>
    /// <returns>The value in the field.</returns>
    public static T Once<T>(ref T? field, T value) where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

    /// <summary>Reads strings and decimals, and knows where each region of the table starts.</summary>
    private readonly ref struct Reader
    {
        private readonly string _text;
        private readonly Ints _table;

        public Reader(string text, Ints table)
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
            return _text.Substring(_table[o], _table[o + 1] - _table[o]);
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
