using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// The reflow rules are general, not tuned to one file: the same report laid out differently (CRLF, re-wrapped
/// at a fixed width with blank lines only between paragraphs) gives the same metadata and sections.
/// </summary>
public sealed class LayoutVariationTests
{
    [Fact]
    public void Crlf_line_ends_give_the_same_reports_000()
    {
        string text = TestData.Seed("shijingshan-2023.txt");
        var lf = Assert.Single(ReportParser.Parse("a.txt", text).Reports);
        var crlf = Assert.Single(ReportParser.Parse("a.txt", text.Replace("\n", "\r\n")).Reports);
        Assert.Equal(Outline(lf.Sections), Outline(crlf.Sections));
        Assert.Equal((lf.Id, lf.StartLine, lf.EndLine, lf.Complete), (crlf.Id, crlf.StartLine, crlf.EndLine, crlf.Complete));
    }

    [Theory]
    [InlineData(24, false)]
    [InlineData(30, true)]
    public void Web_page_rewrapped_at_a_fixed_width_gives_the_same_sections_001(int width, bool blankAfterEveryLine)
    {
        string text = TestData.Seed("shijingshan-2025.txt");
        var original = Assert.Single(ReportParser.Parse("a.txt", text).Reports);
        var rewrapped = Assert.Single(ReportParser.Parse("b.txt", Rewrap(text, width, blankAfterEveryLine)).Reports);
        // Numbered headings survive every layout. When blank lines stand after every line, a paragraph whose last
        // line exactly fills the width cannot be told from a wrapped one, so a lead sentence after it may merge.
        if (blankAfterEveryLine) Assert.Equal(Numbered(original.Sections), Numbered(rewrapped.Sections));
        else Assert.Equal(Titles(original.Sections), Titles(rewrapped.Sections));
        Assert.Equal((original.Id, original.Date, original.Speaker, original.Congress), (rewrapped.Id, rewrapped.Date, rewrapped.Speaker, rewrapped.Congress));
        Assert.Equal(original.Complete, rewrapped.Complete);
    }

    // Hard-wraps every paragraph line at `width` characters, without blank lines inside a paragraph; short lines
    // (title, dateline, speaker, headings) stay whole.
    private static string Rewrap(string text, int width, bool blankAfterEveryLine)
    {
        string end = blankAfterEveryLine ? "\n\n" : "\n";
        var sb = new StringBuilder();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.Length <= 2 * width) sb.Append(line).Append(end);
            else for (int i = 0; i < line.Length; i += width) sb.Append(line, i, System.Math.Min(width, line.Length - i)).Append(end);
            if (!blankAfterEveryLine) sb.Append('\n');
        }
        return sb.ToString();
    }

    private static List<string> Outline(EquatableArray<SectionModel> sections) =>
        Flatten(sections).Select(s => $"{s.Level} {s.Marker} {s.Title} {s.Line} {s.Paragraphs.Count}").ToList();

    private static List<string> Titles(EquatableArray<SectionModel> sections) =>
        Flatten(sections).Select(s => $"{s.Level} {s.Marker} {s.Title}").ToList();

    private static List<string> Numbered(EquatableArray<SectionModel> sections) =>
        Flatten(sections).Where(s => s.Ordinal > 0).Select(s => $"{s.Level} {s.Marker} {s.Title}").ToList();

    private static IEnumerable<SectionModel> Flatten(EquatableArray<SectionModel> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));
}
