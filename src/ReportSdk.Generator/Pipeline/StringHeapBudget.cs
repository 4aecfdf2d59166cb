using ReportSdk.Generator.Model;
using L = ReportSdk.Generator.Vocabulary.ReportTableLayout;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// How much of the assembly's string heap the reports' data may fill. A string literal costs the compiler next to
/// nothing, but every string literal of an assembly shares one heap of at most 16 MiB (a larger one fails to compile:
/// CS8103). The reports take string literals in plan order while their data fit <see cref="Budget"/> (leaving the
/// rest of the heap to the project's own code); the reports after that get the heap-free form (a <c>"…"u8</c>
/// literal and an <c>int</c> array), which compiles slower but has no such limit.
/// <para>
/// A report's size is counted in blocks of <see cref="BlockChars"/> chars, rounded up from an upper bound of its
/// data: the catalog entry holds the count, so an edit that keeps it leaves the catalog unchanged.
/// </para>
/// </summary>
internal sealed class StringHeapBudget
{
    /// <summary>Bytes of string heap the reports may fill: 12 MiB of the 16 MiB an assembly can hold.</summary>
    public const long Budget = 12L << 20;

    /// <summary>Chars per block of a report's estimated data.</summary>
    public const int BlockChars = 16 * 1024;

    private long _used;

    /// <summary>True, and the blocks counted, when a report of <paramref name="blocks"/> still fits the budget.</summary>
    public bool TryTake(int blocks)
    {
        long bytes = (long)blocks * BlockChars * 2; // UTF-16
        if (_used + bytes > Budget) return false;
        _used += bytes;
        return true;
    }

    /// <summary>
    /// Blocks of an upper bound of the report's data: every string of the model (before strings repeated within the
    /// report are stored once) and every int of its table (two chars each).
    /// </summary>
    public static int BlocksOf(ReportModel m)
    {
        long chars = 0, strings = 0, ints = L.HeaderLength + 1;
        foreach (var f in m.Facts)
        {
            chars += f.Name.Length + f.Unit.Length + f.Quote.Length + (f.Section?.Length ?? 0);
            strings += 4;
            ints += L.FactStride + 2 * L.DecimalStride;
        }
        var pending = new System.Collections.Generic.Stack<SectionModel>(m.Sections);
        while (pending.Count > 0)
        {
            var s = pending.Pop();
            chars += s.Marker.Length + s.Title.Length;
            strings += 2;
            ints += L.SectionStride;
            foreach (var p in s.Paragraphs)
            {
                chars += p.Text.Length;
                strings++;
                ints += L.ParagraphStride;
            }
            foreach (var child in s.Children) pending.Push(child);
        }
        foreach (var g in m.Glossary)
        {
            chars += g.Term.Length + g.Definition.Length;
            strings += 2;
            ints += L.GlossaryStride;
        }
        long total = chars + (ints + strings) * L.CharsPerInt;
        return (int)System.Math.Min(int.MaxValue, (total + BlockChars - 1) / BlockChars);
    }
}
