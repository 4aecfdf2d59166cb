using System.Linq;
using System.Threading;
using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>The title block is read once, by the segmenter; the metadata parser takes that reading.</summary>
public sealed class TitleBlockTests
{
    [Fact]
    public void The_segmenter_reads_the_block_lines_and_the_metadata_comes_from_that_reading_004_42_46()
    {
        var lines = SourceLines.Split(TestData.Seed("beijing-dongcheng-xicheng-2024.txt"));
        var segment = ReportSegmenter.Find(lines, CancellationToken.None).Single(s => lines[s.Title].Number == 42);

        var block = segment.TitleBlock;
        Assert.Equal(new[] { "二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上", "北京市市长殷勇" }, block.Select(l => l.Text).ToArray());
        Assert.True(block.All(l => l.IsBlockLine));
        Assert.All(block, l => Assert.Equal(l.Text, Normalizer.RemoveSpaces(lines[l.Index].Text)));
        Assert.Null(block[0].Speaker);
        Assert.Equal(new SpeakerLine("北京市", "市长", "殷勇"), block[1].Speaker);

        var meta = MetadataParser.Parse(segment.TitleText, block);
        Assert.Equal(("2024-01-21", "殷勇", "市长"), (meta.Date, meta.Speaker, meta.SpeakerTitle));
        Assert.Equal("北京市第十六届人民代表大会第二次会议", meta.Congress);
        Assert.StartsWith("各位代表", lines.Skip(segment.BodyStart).First(l => !l.IsBlank).Clean, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_on_its_own_line_pairs_with_the_name_on_the_next_folded_from_traditional_characters()
    {
        var title = TitleBlockLine.Read(0, "國務院總理");
        Assert.True(title.TitleOnly);
        Assert.Null(title.Speaker);
        Assert.False(title.PairsWith(TitleBlockLine.Read(1, "各位代表：")));
        Assert.Null(title.SpeakerWithNext);
        Assert.True(title.PairsWith(TitleBlockLine.Read(1, "周 恩 來")));
        Assert.Equal(new SpeakerLine("国务院", "总理", "周恩来"), title.SpeakerWithNext);

        var meta = MetadataParser.Parse("政府工作報告", new[] { "——1955年7月5日在第一屆全國人民代表大會第二次會議上", "國務院總理", "周恩來" });
        Assert.Equal(("周恩来", "总理", "1955-07-05"), (meta.Speaker, meta.SpeakerTitle, meta.Date));
        Assert.Equal("第一届全国人民代表大会第二次会议", meta.Congress);
    }

    [Fact]
    public void A_line_that_reads_like_a_speaker_line_but_names_no_one_is_reported_with_its_own_line()
    {
        var meta = MetadataParser.Parse("政府工作报告", new[] { "", "2025年1月6日在某某县第十八届人民代表大会第五次会议上", "", "县长 张\"三\\" });
        var (line, what, text) = Assert.Single(meta.Dropped);
        Assert.Equal((3, "speaker line", "县长张\"三\\"), (line, what, text));
    }
}
