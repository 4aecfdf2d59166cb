using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using Style = ReportSdk.Generator.Vocabulary.SectionStyle;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// Every seed laid out as a web page (one paragraph a line), laid out again as other sources lay out the same report,
/// must read the same: its metadata, its numbered headings, its standard indicators. Five layouts: a PDF extraction
/// (hard-wrapped at a fixed display width, CJK = 2 columns, no line opening on 。，、 and the like; a blank line between
/// paragraphs or after every line), a page whose paragraph breaks were lost (the whole text on one line, each
/// paragraph set off by its indent), a Markdown conversion (# headings, bold titles), a page saved with its HTML
/// tags (&lt;p&gt;…&lt;/p&gt;), and a title that holds its dateline in brackets. Agreement is counted over all such seeds and held at the level the parser reaches
/// (a ratchet); the test prints what differs (mostly the sources' own breaks: a page scraped several times over, a
/// bracket alone on its line, garbage lines).
/// </summary>
public sealed class ReprintedLayoutTests(ITestOutputHelper output)
{
    // Width (CJK characters a line; negative: a blank line after every line, as some extractions print, so that only a
    // short line can end a paragraph) → the agreement reached (reports kept, metadata fields, headings, standard facts)
    // and the most items only the printed copy has (headings, standard facts). Before the wrapped-heading and
    // wrapped-title-block rules (WrappedHeadings, TitleBlockLine.EndsDateline …): at 20 columns 77/81 reports, 642/656
    // fields, 935/1117 headings with 193 extra; at 30, 79/81, 623/648, 1078/1127 with 60 extra; blank after every line
    // at 22, 77/81, 623/632, 946/1097 with 162 extra, 1246/1278 facts. What is left there is mostly a paragraph whose
    // last line happens to fill the width (it runs into the next: a period scope carried over) and lists of headings
    // that fill the line, each followed by a short lead sentence (hebei's （二）充分挖掘内需潜力，推动经济稳定增长 /
    // 促进消费扩容升级。), which read as titles run on.
    public static TheoryData<int, int, int, int, int, int, int> Bars => new()
    {
        { 20, 78, 659, 1136, 4, 1334, 1 },
        { 30, 81, 658, 1136, 4, 1334, 1 },
        { 40, 81, 662, 1136, 1, 1334, 1 },
        { -22, 78, 657, 1062, 80, 1318, 16 },
        { -30, 81, 658, 1129, 12, 1329, 6 },
    };

    [Theory]
    [MemberData(nameof(Bars))]
    public void A_web_report_printed_as_a_wrapped_pdf_reads_the_same(
        int width, int reportsBar, int metadataBar, int headingsBar, int extraHeadingsBar, int factsBar, int extraFactsBar)
    {
        Reaches(text => Print(text, Math.Abs(width), width < 0), $"width {width}", reportsBar, metadataBar, headingsBar, extraHeadingsBar, factsBar, extraFactsBar);
    }

    [Theory]
    [InlineData("— {0} —")]
    [InlineData("第{0}页")]
    [InlineData("{0} / 54")]
    [InlineData("第 {0} 页 共 54 页")]
    public void Page_footers_inside_paragraphs_read_as_nothing(string footer)
    {
        // The 30-character print with a footer every 40 lines, mostly inside a paragraph: the bars of that print.
        // Before FurnitureFilter knew 第 N 页 共 M 页: metadata 655, headings 1134 (+7), standard facts 1321 (+3).
        Reaches(text => WithFooters(Print(text, 30), footer), footer, 81, 658, 1136, 4, 1334, 1);
    }

    private static string WithFooters(string printed, string footer)
    {
        var sb = new StringBuilder();
        string[] lines = printed.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append('\n');
            if (i % 40 == 39) sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, footer, i / 40 + 1)).Append('\n');
        }
        return sb.ToString();
    }

    [Fact]
    public void A_title_that_holds_its_dateline_reads_the_same()
    {
        // 政府工作报告（2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上）: the dateline after the title, in
        // brackets on its line. Before: ningxia lost date, speaker and congress, hunan its speaker (660/664).
        Reaches(DatedTitle, "dated title", 81, 664, 1138, 0, 1340, 0);
    }

    /// <summary>The text with each ——dateline line after a title put in brackets on the title's line.</summary>
    internal static string DatedTitle(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].EndsWith("政府工作报告", StringComparison.Ordinal) || !lines[i + 1].StartsWith("—", StringComparison.Ordinal)) continue;
            if (lines[i + 1].IndexOf("会议", StringComparison.Ordinal) < 0) continue;
            lines[i] += "（" + lines[i + 1].TrimStart('—') + "）";
            lines.RemoveAt(i + 1);
        }
        return string.Join("\n", lines);
    }

    [Fact]
    public void A_web_report_whose_paragraph_breaks_were_lost_reads_the_same()
    {
        // Before SourceLines read such a line as one line per paragraph: 61/81 reports, metadata 319/488 (hailaer 2017
        // read as 2018, fujian 2026 as 2027), headings 0/751, standard facts 439/900 with 457 extra.
        Reaches(OneLine, "one line", 81, 664, 1138, 0, 1340, 0);
    }

    [Fact]
    public void A_web_report_converted_to_markdown_reads_the_same()
    {
        // Before Normalizer.CleanLine took the # markers off: 73/81 reports, metadata 536/592, headings 16/966 with 529
        // extra, standard facts 1002/1157 with 169 extra. What is left: national 2007's （四） and （五）, bold, after
        // a list whose lines the page cut short.
        Reaches(Markdown, "markdown", 81, 664, 1136, 0, 1340, 0);
    }

    [Fact]
    public void A_web_report_saved_with_its_html_tags_reads_the_same()
    {
        // Before Normalizer.CleanLine took the tags around a line off: 61/81 reports, metadata 320/496, headings 0/754,
        // standard facts 419/903 with 465 extra.
        Reaches(Html, "html", 81, 664, 1138, 0, 1340, 0);
    }

    /// <summary>The text as a saved page holds it: each paragraph in &lt;p&gt; and indented with &amp;nbsp;, headings bold.</summary>
    internal static string Html(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => HeadingMarkers.TryRead(l, out _) ? "<p style=\"text-indent:2em\"><strong>" + l + "</strong></p>" : "<p>&nbsp;&nbsp;&nbsp;&nbsp;" + l + "</p>"));

    /// <summary>
    /// The text as a Markdown converter writes it: the title a # heading, 一、 headings ## headings, （一） headings bold
    /// up to their 。, a blank line after every paragraph.
    /// </summary>
    internal static string Markdown(string text)
    {
        var sb = new StringBuilder();
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.EndsWith("政府工作报告", StringComparison.Ordinal) && line.Length < 30) sb.Append("# ");
            else if (HeadingMarkers.TryRead(line, out var m) && m.Style == ReportSdk.Generator.Vocabulary.SectionStyle.Dun) sb.Append("## ");
            else if (HeadingMarkers.TryRead(line, out m) && m.Style == ReportSdk.Generator.Vocabulary.SectionStyle.Paren)
            {
                int stop = line.IndexOf('。');
                sb.Append(stop < 0 ? "**" + line + "**" : "**" + line.Substring(0, stop + 1) + "**" + line.Substring(stop + 1)).Append("\n\n");
                continue;
            }
            sb.Append(line).Append("\n\n");
        }
        return sb.ToString();
    }

    // Prints the agreement and what differs, and asserts it reaches the bars.
    private void Reaches(Func<string, string> relayout, string layout, int reports, int metadata, int headings, int extraHeadings, int facts, int extraFacts)
    {
        var score = Compare(relayout);
        output.WriteLine($"{layout}: {score}");
        output.WriteLine(score.Log.ToString());
        score.AssertReaches(reports, metadata, headings, extraHeadings, facts, extraFacts);
    }

    private static Score Compare(Func<string, string> relayout)
    {
        var score = new Score();
        foreach (string file in TestData.AllSeedFiles.Where(f => !f.StartsWith("duplicates/", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(Path.Combine(TestData.SeedsDir, file));
            var lines = SourceLines.Split(text);
            if (Layout.Measure(lines.Select(l => l.Text).ToArray()).IsWrapped) continue; // a PDF already: nothing to lay out again
            var web = ReportParser.Parse(file, text).Reports;
            var other = ReportParser.Parse(file, relayout(text)).Reports;
            score.Reports.Add(web.Count == other.Count, $"{file}: {web.Count} reports, {other.Count} laid out again", score.Log);
            foreach (var (a, b) in web.Zip(other, (a, b) => (a, b)))
            {
                foreach (var (field, x, y) in Metadata(a, b)) score.Metadata.Add(x == y, $"{file}: {field} {x} → {y}", score.Log);
                score.Headings.AddAll(Headings(a), Headings(b), file, score.Log);
                score.Facts.AddAll(StandardFacts(a), StandardFacts(b), file, score.Log);
            }
        }
        return score;
    }

    /// <summary>The text with its line breaks lost: each line after the first set off by a two-space indent.</summary>
    internal static string OneLine(string text) =>
        "　　" + string.Join("　　", text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>The text as a PDF extraction prints it: each paragraph wrapped at <paramref name="width"/> CJK characters.</summary>
    internal static string Print(string text, int width, bool blankAfterEveryLine = false)
    {
        const string NoLineStart = "。，、；：？！）”》";
        var sb = new StringBuilder();
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            int columns = 0, start = 0;
            for (int i = 0; i < line.Length; i++)
            {
                int w = Normalizer.Width(line[i].ToString());
                if (columns + w > 2 * width && NoLineStart.IndexOf(line[i]) < 0)
                {
                    sb.Append(line, start, i - start).Append(blankAfterEveryLine ? "\n\n" : "\n");
                    start = i;
                    columns = 0;
                }
                columns += w;
            }
            sb.Append(line, start, line.Length - start).Append("\n\n");
        }
        return sb.ToString();
    }

    private static IEnumerable<(string Field, string? Web, string? Pdf)> Metadata(ReportModel a, ReportModel b)
    {
        yield return ("id", a.Id, b.Id);
        yield return ("date", a.Date, b.Date);
        yield return ("speaker", a.Speaker, b.Speaker);
        yield return ("speakerTitle", a.SpeakerTitle, b.SpeakerTitle);
        yield return ("congress", a.Congress, b.Congress);
        yield return ("reviewYear", a.ReviewYear?.ToString(), b.ReviewYear?.ToString());
        yield return ("planYear", a.PlanYear?.ToString(), b.PlanYear?.ToString());
        yield return ("reviewStartYear", a.ReviewStartYear?.ToString(), b.ReviewStartYear?.ToString());
    }

    private static List<string> Headings(ReportModel report) =>
        Flatten(report.Sections).Where(s => s.Level <= 2 && s.Style is Style.Dun or Style.Paren)
            .Select(s => $"{s.Level} {s.Marker}{s.Title}").ToList();

    private static List<string> StandardFacts(ReportModel report) =>
        report.Facts.Where(f => f.Standard is not null)
            .Select(f => $"{f.Standard} {f.Value} {f.Unit} {f.Status} {f.PeriodStart}-{f.PeriodEnd}").ToList();

    private static IEnumerable<SectionModel> Flatten(EquatableArray<SectionModel> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private sealed class Score
    {
        public Tally Reports { get; } = new();
        public Tally Metadata { get; } = new();
        public Tally Headings { get; } = new();
        public Tally Facts { get; } = new();
        public StringBuilder Log { get; } = new();

        public void AssertReaches(int reports, int metadata, int headings, int extraHeadings, int facts, int extraFacts)
        {
            Assert.True(Reports.Agreed >= reports, $"reports {Reports} < {reports}");
            Assert.True(Metadata.Agreed >= metadata, $"metadata {Metadata} < {metadata}");
            Assert.True(Headings.Agreed >= headings, $"headings {Headings} < {headings}");
            Assert.True(Headings.Extra <= extraHeadings, $"headings {Headings}: more than {extraHeadings} extra");
            Assert.True(Facts.Agreed >= facts, $"standard facts {Facts} < {facts}");
            Assert.True(Facts.Extra <= extraFacts, $"standard facts {Facts}: more than {extraFacts} extra");
        }

        public override string ToString() => $"reports {Reports}, metadata {Metadata}, headings {Headings}, standard facts {Facts}";
    }

    private sealed class Tally
    {
        public int Agreed { get; private set; }
        public int Total { get; private set; }
        public int Extra { get; private set; }

        public void Add(bool agreed, string what, StringBuilder log)
        {
            Total++;
            if (agreed) Agreed++;
            else log.AppendLine(what);
        }

        // Items of the web report found among the printed one's (a multiset); items only the printed one has are logged.
        public void AddAll(List<string> web, List<string> pdf, string file, StringBuilder log)
        {
            var left = pdf.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
            foreach (string item in web)
            {
                bool found = left.TryGetValue(item, out int n) && n > 0;
                if (found) left[item] = n - 1;
                Add(found, $"{file}: lost {item}", log);
            }
            foreach (var extra in left.Where(p => p.Value > 0))
            {
                Extra += extra.Value;
                log.AppendLine($"{file}: printed only {extra.Key}");
            }
        }

        public override string ToString() => Extra == 0 ? $"{Agreed}/{Total}" : $"{Agreed}/{Total} (+{Extra})";
    }
}
