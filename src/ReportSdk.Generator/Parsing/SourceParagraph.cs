using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>Which part of a report a paragraph belongs to; decides the period of its facts.</summary>
internal enum ReportPart
{
    /// <summary>Before the first level-1 heading (greeting, the summary paragraph of some reports).</summary>
    Preamble = 0,
    /// <summary>工作回顾: facts refer to the review year.</summary>
    Review,
    /// <summary>主要任务 / 预期目标 / plans: facts refer to the plan year.</summary>
    Plan,
    /// <summary>Any other level-1 part (政府自身建设 …).</summary>
    Other,
}

/// <summary>
/// A reflowed paragraph (hard line breaks joined) that remembers which source line each character came
/// from. Parse-time only: never stored in a pipeline model.
/// </summary>
internal sealed class SourceParagraph
{
    private readonly int[] _offsets; // offset in Text where a source line starts, ascending
    private readonly int[] _lines;   // 1-based source line for each offset

    public SourceParagraph(string text, int[] offsets, int[] lines)
    {
        if (offsets.Length == 0 || offsets.Length != lines.Length) throw new ArgumentException("anchors");
        Text = text;
        _offsets = offsets;
        _lines = lines;
    }

    /// <summary>The reflowed text.</summary>
    public string Text { get; }

    /// <summary>The source line of the first character.</summary>
    public int Line => _lines[0];

    /// <summary>The 1-based source line the character at <paramref name="offset"/> came from.</summary>
    public int LineAt(int offset)
    {
        // The last line start at or before the offset (a plain binary search: no generic comparer to JIT-compile).
        int lo = 0, hi = _offsets.Length - 1;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo + 1) >> 1);
            if (_offsets[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return _lines[lo];
    }

    public override string ToString() => Text;
}

/// <summary>
/// A paragraph handed to the fact extractor, with where it stands in the report: its part, its section's title, the
/// part's title, the title of the section that holds its section (null at the top), whether its section is a
/// lead sentence or dash item of a list, and whether it lists the main targets a paragraph before it announced
/// (今年…的主要预期目标是： on a line of its own).
/// </summary>
internal sealed record FactInput(SourceParagraph Paragraph, ReportPart Part, string? SectionTitle, bool IsMainTargets, string? PartTitle = null, string? ParentTitle = null, bool ListItem = false, bool ContinuesMainTargets = false);

/// <summary>The years a report's facts can refer to (<paramref name="ReviewStartYear"/>: the first year of a five-year review, if any).</summary>
internal sealed record FactContext(int DeliveredYear, int? ReviewYear, int? PlanYear, int? ReviewStartYear = null);
