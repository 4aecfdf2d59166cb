using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Tests.Parsing;

/// <summary>Runs parts of the parser on snippets and seeds.</summary>
internal static class ParsingTestHelpers
{
    /// <summary>Source lines numbered from <paramref name="firstLine"/>, as a snippet of a seed.</summary>
    public static SourceLine[] Lines(int firstLine, params string[] texts) =>
        texts.Select((t, i) => new SourceLine(firstLine + i, 0, t)).ToArray();

    public static List<SourceParagraph> Reflow(Layout layout, int firstLine, params string[] texts)
    {
        var lines = Lines(firstLine, texts);
        return LineReflow.Reflow(lines, 0, lines.Length, layout, CancellationToken.None);
    }

    /// <summary>The section tree of a snippet (lines numbered from <paramref name="firstLine"/>), reflowed as <paramref name="layout"/>.</summary>
    public static SectionTree Sections(Layout layout, int firstLine, params string[] lines) =>
        SectionParser.Parse(Reflow(layout, firstLine, lines), CancellationToken.None);

    /// <summary>Segments, reflows and sections every report of a seed file.</summary>
    public static List<(ReportSegment Segment, SectionTree Tree)> Structure(string seedFile)
    {
        var lines = SourceLines.Split(TestData.Seed(seedFile));
        var segments = ReportSegmenter.Find(lines, CancellationToken.None);
        var layout = Layout.Measure(lines.Select(l => l.Text).Where(t => FurnitureFilter.Classify(t) == Furniture.None).ToArray());
        return segments
            .Select(s => (s, SectionParser.Parse(LineReflow.Reflow(lines, s.BodyStart, s.BodyEnd, layout, CancellationToken.None), CancellationToken.None)))
            .ToList();
    }
}
