// Shared between the runtime library and the generator (see Vocabulary.cs): the generator writes these tables,
// the runtime's ReportSdk.Generated.ReportTables reads them; this file is the one definition of their layout.

#if REPORTSDK_GENERATOR
namespace ReportSdk.Generator.Vocabulary;
#else
namespace ReportSdk;
#endif

/// <summary>
/// Layout of the data the generator emits for one report: two string literals, which the compiler stores as data in
/// the assembly's string heap (a string literal costs the compiler next to nothing; a <c>"…"u8</c> or array literal
/// of the same size is lowered element by element and cost more than half of a consumer's compile time).
/// <list type="bullet">
/// <item><c>text</c>: every distinct string of the report back to back.</item>
/// <item><c>table</c>: a sequence of <c>int</c>s, int k stored as chars <c>2k</c> (low 16 bits) and <c>2k + 1</c>
/// (high 16 bits), regions in this order: the header (<see cref="HeaderLength"/> ints); <c>StringCount + 1</c> char
/// offsets into <c>text</c> (string k is <c>text[off[k]..off[k + 1]]</c>; a string index of -1 is null);
/// <c>DecimalCount</c> decimals as the four ints of <c>decimal.GetBits</c>; the fact rows, the section rows in
/// pre-order, the paragraph rows (each section's paragraphs, in the sections' order) and the glossary rows, each
/// region <c>count × stride</c> ints.</item>
/// </list>
/// Reports beyond the generator's string heap budget (<c>StringHeapBudget</c>) carry the same ints as an <c>int</c>
/// array and the same text as UTF-8 bytes decoded to a string on first use.
/// </summary>
internal static class ReportTableLayout
{
    /// <summary>Changes whenever the layout changes; the decoder rejects tables of another version.</summary>
    public const int Version = 3;

    /// <summary>Header slots.</summary>
    public const int HeaderVersion = 0, HeaderStrings = 1, HeaderDecimals = 2, HeaderFacts = 3, HeaderSections = 4,
        HeaderParagraphs = 5, HeaderGlossary = 6, HeaderLength = 7;

    /// <summary>Ints per decimal (<c>decimal.GetBits</c>: low, middle, high, flags).</summary>
    public const int DecimalStride = 4;

    /// <summary>Columns of a fact row: string indices, enum values (0 when absent), decimal indices (-1 when absent).</summary>
    public const int FactName = 0, FactUnit = 1, FactQuote = 2, FactSection = 3, FactStandard = 4, FactMeasure = 5,
        FactStatus = 6, FactDirection = 7, FactQualifiers = 8, FactPeriodStart = 9, FactPeriodEnd = 10, FactFlags = 11,
        FactLine = 12, FactValue = 13, FactHigh = 14, FactStride = 15;

    /// <summary>Bits of <see cref="FactFlags"/>.</summary>
    public const int FlagMainTarget = 2;

    /// <summary>Columns of a section row (pre-order; parent is the row number of the parent section, -1 at level 1).</summary>
    public const int SectionLevel = 0, SectionOrdinal = 1, SectionMarker = 2, SectionTitle = 3, SectionLine = 4,
        SectionStyleCode = 5, SectionParent = 6, SectionParagraphs = 7, SectionStride = 8;

    /// <summary>Columns of a paragraph row.</summary>
    public const int ParagraphText = 0, ParagraphLine = 1, ParagraphStride = 2;

    /// <summary>Columns of a glossary row.</summary>
    public const int GlossaryNumber = 0, GlossaryTerm = 1, GlossaryDefinition = 2, GlossaryLine = 3, GlossaryStride = 4;

    /// <summary>Chars per int in the table literal.</summary>
    public const int CharsPerInt = 2;

    /// <summary>Int <paramref name="index"/> of a table literal.</summary>
    public static int At(string table, int index)
        => table[index * CharsPerInt] | (table[index * CharsPerInt + 1] << 16);

    /// <summary>Where the string offsets start.</summary>
    public static int StringsStart() => HeaderLength;

    /// <summary>Where the decimals start.</summary>
    public static int DecimalsStart(int strings) => StringsStart() + strings + 1;

    /// <summary>Where the fact rows start.</summary>
    public static int FactsStart(int strings, int decimals) => DecimalsStart(strings) + decimals * DecimalStride;

    /// <summary>Where the section rows start.</summary>
    public static int SectionsStart(int strings, int decimals, int facts) => FactsStart(strings, decimals) + facts * FactStride;

    /// <summary>Where the paragraph rows start.</summary>
    public static int ParagraphsStart(int strings, int decimals, int facts, int sections)
        => SectionsStart(strings, decimals, facts) + sections * SectionStride;

    /// <summary>Where the glossary rows start.</summary>
    public static int GlossaryStart(int strings, int decimals, int facts, int sections, int paragraphs)
        => ParagraphsStart(strings, decimals, facts, sections) + paragraphs * ParagraphStride;

    /// <summary>Total length of a table with these counts.</summary>
    public static int Length(int strings, int decimals, int facts, int sections, int paragraphs, int glossary)
        => GlossaryStart(strings, decimals, facts, sections, paragraphs) + glossary * GlossaryStride;
}
