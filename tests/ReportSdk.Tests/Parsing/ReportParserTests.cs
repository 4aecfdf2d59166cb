using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>The parser's entry point: diagnostics instead of exceptions, provenance, totality.</summary>
public sealed class ReportParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\n\u00A0\n")]
    public void Empty_text_gives_RSDK001(string text)
    {
        var parsed = ReportParser.Parse("reports/empty.txt", text);
        Assert.Empty(parsed.Reports);
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RSDK001", d.Id);
        Assert.Equal(("reports/empty.txt", 0, text.Length), (d.Location!.FilePath, d.Location.Start, d.Location.Length));
        Assert.Equal("empty.txt", parsed.FileName);
    }

    [Fact]
    public void Text_without_a_report_gives_RSDK002_with_its_location()
    {
        string text = "\n导航菜单\n\n本周天气晴朗,适合出游。\n阅读全文\n";
        var parsed = ReportParser.Parse("notes.txt", text);
        Assert.Empty(parsed.Reports);
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RSDK002", d.Id);
        Assert.Equal((1, 0, 1, 4), (d.Location!.StartLine, d.Location.StartColumn, d.Location.EndLine, d.Location.EndColumn)); // the first non-blank line
        Assert.Equal("导航菜单", text.Substring(d.Location.Start, d.Location.Length));
    }

    [Fact]
    public void Only_furniture_and_a_table_of_contents_is_no_report()
    {
        var lines = TestData.Seed("beijing-dongcheng-xicheng-2024.txt").Split('\n').Take(41);
        var parsed = ReportParser.Parse("toc.txt", string.Join("\n", lines));
        Assert.Empty(parsed.Reports);
        Assert.Equal("RSDK002", Assert.Single(parsed.Diagnostics).Id);
    }

    [Fact]
    public void Cut_off_report_is_incomplete_with_RSDK004_on_its_last_line_001()
    {
        string text = TestData.Seed("shijingshan-2025.txt");
        var parsed = ReportParser.Parse("seeds/shijingshan-2025.txt", text);
        var report = Assert.Single(parsed.Reports);
        Assert.False(report.Complete);
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal(("RSDK004", 94), (d.Id, d.Location!.StartLine));
        string expected = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected.ToLowerInvariant(), report.Sha256);
        Assert.Equal(("shijingshan-2025.txt", "seeds/shijingshan-2025.txt"), (report.FileName, report.FilePath));
    }

    [Fact]
    public void Every_prefix_of_every_seed_parses_without_exception()
    {
        foreach (string file in TestData.SeedFiles)
        {
            string text = System.IO.File.ReadAllText(file);
            for (int cut = 0; cut < text.Length; cut += 997)
            {
                var parsed = ReportParser.Parse(file, text.Substring(0, cut));
                Assert.True(parsed.Reports.Count > 0 || parsed.Diagnostics.Count > 0);
            }
        }
    }

    [Fact]
    public void Parsing_is_deterministic()
    {
        string text = TestData.Seed("beijing-dongcheng-xicheng-2024.txt");
        Assert.Equal(ReportParser.Parse("a.txt", text), ReportParser.Parse("a.txt", text));
    }

    [Fact]
    public void Report_without_a_title_line_is_read_from_its_first_line_001_11()
    {
        var lines = TestData.Seed("shijingshan-2025.txt").Split('\n');
        string text = string.Join("\n", lines.Skip(10).Take(85)); // 各位代表: … the end of the review part
        var report = Assert.Single(ReportParser.Parse("untitled.txt", text).Reports);
        Assert.Equal(("shijingshan-2025", "石景山区政府工作报告", 1), (report.Id, report.Title, report.StartLine));
        Assert.Equal((2024, 2025), (report.ReviewYear, report.PlanYear));
        Assert.Equal(7, report.Sections[0].Children.Count(c => c.Style == ReportSdk.Generator.Vocabulary.SectionStyle.Paren));
    }

    [Fact]
    public void Headings_with_chinese_numeral_years_give_the_years()
    {
        Assert.Equal(2022, MetadataParser.HeadingYear("二〇二二年工作回顾"));
        Assert.Equal(2023, MetadataParser.HeadingYear("2023 年主要任务"));
        Assert.Null(MetadataParser.HeadingYear("过去一年工作回顾"));
    }

    [Fact]
    public void Shuffled_and_spliced_seed_lines_never_throw()
    {
        var pool = TestData.SeedFiles.SelectMany(f => System.IO.File.ReadAllText(f).Split('\n')).ToArray();
        var random = new System.Random(20240121);
        for (int round = 0; round < 200; round++)
        {
            var sb = new System.Text.StringBuilder();
            int count = random.Next(1, 400);
            for (int i = 0; i < count; i++)
            {
                string line = pool[random.Next(pool.Length)];
                int cut = random.Next(line.Length + 1);
                sb.Append(random.Next(4) == 0 ? line.Substring(cut) : line).Append(random.Next(3) == 0 ? "\r\n" : "\n");
            }
            var parsed = ReportParser.Parse("fuzz.txt", sb.ToString());
            Assert.True(parsed.Reports.Count > 0 || parsed.Diagnostics.Count > 0);
            foreach (var report in parsed.Reports) Assert.InRange(report.EndLine, report.StartLine, count);
        }
    }
}
