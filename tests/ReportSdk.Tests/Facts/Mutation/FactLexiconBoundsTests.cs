using System;
using System.Linq;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;

namespace ReportSdk.Tests.Facts.Mutation;

/// <summary>
/// The piece bounds of <c>FactLexicon</c>'s scanners and the quote folding of <c>StandardIndicatorMatcher.Key</c>,
/// asserted on the helpers themselves. A piece is <c>text[start..end)</c>: the extractor cuts it where a value, a rank
/// verb, 从 or 预计 starts, so the character at <c>end</c> is never part of what a scanner may read. Through the
/// extractor no seed sentence decides these bounds (a year, an item number or a quote running on into the value is
/// read with the value first), so the contract is checked directly on every piece of real seed text: a lead word never
/// reaches past <c>end</c>, and the piece cut at <c>end</c> gives an answer too (a scan that reads the character at
/// <c>end</c> throws there); a link word is found the same whether or not the text goes on after <c>end</c>. (A count's
/// unit may be read past <c>end</c>: 2315万平 cut before 方米 reads 万, which is why lead words are not compared.)
/// </summary>
public sealed class FactLexiconBoundsTests
{
    /// <summary>Seeds (in their compact form, as the extractor reads them) whose pieces open on years, item numbers (1. / 28.), decimal counts and quoted codes.</summary>
    private static readonly string[] Texts =
    {
        "beijing/beijing-dongcheng-xicheng-2024.txt", "beijing/xicheng-2020.txt", "inner-mongolia/2026.txt",
        "inner-mongolia/hulunbuir-hailaer-2014.txt", "jiangsu/2026.txt", "guizhou/2026.txt",
    };

    private const int LongestPiece = 10;

    [Fact]
    public void A_lead_word_never_reads_or_reaches_past_the_end_of_its_piece()
    {
        int checkedPieces = 0, leads = 0;
        foreach (var file in Texts)
        {
            string text = CompactText.Create(TestData.Seed(file)).Text;
            for (int i = 0; i < text.Length; i++)
            {
                if (!OpensPiece(text, i)) continue;
                string window = text.Substring(i, Math.Min(LongestPiece + 2, text.Length - i));
                for (int end = 1; end <= Math.Min(LongestPiece, window.Length); end++)
                {
                    int inText = FactLexicon.LeadWordLength(window, 0, end);
                    // The piece alone: a scanner that reads the character at its end throws here.
                    int alone = FactLexicon.LeadWordLength(window.Substring(0, end), 0, end);
                    Assert.True(inText >= 0 && inText <= end, $"{file} at {i}: '{window}' to {end} gave {inText}");
                    Assert.True(alone >= 0 && alone <= end, $"{file} at {i}: '{window}' alone to {end} gave {alone}");
                    checkedPieces++;
                    if (inText > 0) leads++;
                }
            }
        }
        // Every text holds hundreds of numbers and lead words: the sweep really ran, and found lead words.
        Assert.True(checkedPieces > 100_000, $"{checkedPieces} pieces");
        Assert.True(leads > 10_000, $"{leads} lead words");
    }

    [Fact]
    public void A_link_word_is_found_only_when_it_ends_by_the_end_of_its_piece()
    {
        int found = 0;
        foreach (var file in Texts)
        {
            string text = CompactText.Create(TestData.Seed(file)).Text;
            for (int i = 0; i + 1 < text.Length; i++)
            {
                string window = text.Substring(i, Math.Min(8, text.Length - i));
                for (int end = 1; end <= window.Length; end++)
                {
                    bool inText = FactLexicon.StartsWithLink(window, 0, end);
                    Assert.True(inText == FactLexicon.StartsWithLink(window.Substring(0, end), 0, end), $"{file} at {i}: '{window}' to {end}");
                    if (inText) found++;
                }
            }
        }
        Assert.True(found > 10_000, $"{found} link words");
    }

    [Theory]
    // seeds/beijing/mentougou-2023.txt: 同比增长7%, the link word filling the piece to its last character.
    [InlineData("同比增长7%", 2, 4, true)]
    [InlineData("同比增长7%", 0, 1, false)]
    // seeds/henan/2026.txt: 比上年增长5.2%.
    [InlineData("比上年增长5.2%", 0, 3, true)]
    [InlineData("比上年增长5.2%", 3, 5, true)]
    [InlineData("国内生产总值", 0, 6, false)]
    public void A_link_word_that_ends_exactly_at_the_end_of_the_piece_is_found(string text, int start, int end, bool expected)
    {
        Assert.Equal(expected, FactLexicon.StartsWithLink(text, start, end));
    }

    [Theory]
    // seeds/fujian/2026.txt line 19: 2025年全省地区生产总值… — the year, then the scope as a lead word of its own.
    [InlineData("2025年全省地区生产总值", 13, 5)]
    // The same year written with 年度, as reports write a fiscal year.
    [InlineData("2025年度全省地区生产总值", 14, 6)]
    // seeds/beijing/beijing-dongcheng-xicheng-2024.txt line 632: item 28 opens on 一 (U+4E00, the first ideograph).
    [InlineData("28.一键呼", 6, 3)]
    // seeds/inner-mongolia/2026.txt line 63: 1.通过…
    [InlineData("1.通过以工代赈发放劳务报酬", 14, 2)]
    // An item number has one or two digits: 100. before a word is a number, not item 100.
    [InlineData("100.新增国家高新技术企业", 15, 0)]
    // seeds/beijing/xicheng-2020.txt line 370: the count 518家 before what it counts.
    [InlineData("518家文化产业单位总收入", 13, 4)]
    // …but a count and its unit that make the whole piece are what the piece names, no lead word.
    [InlineData("518家文化产业单位总收入", 4, 0)]
    // seeds/jiangsu/2026.txt line 25: the quoted code “1+3” opens the piece (the compact text the extractor reads
    // writes every quotation mark as ").
    [InlineData("\"1+3\"重点功能区", 10, 5)]
    // The same code written with the numeral 一: Chinese text in quotes belongs to the name.
    [InlineData("\"一+3\"重点功能区", 10, 1)]
    // An opening quote without its closing one inside the piece.
    [InlineData("\"1+3\"重点", 4, 1)]
    public void A_piece_opening_on_a_year_item_number_count_or_quoted_code_skips_exactly_that(string text, int end, int expected)
    {
        Assert.Equal(expected, FactLexicon.LeadWordLength(text, 0, end));
    }

    [Fact]
    public void A_link_word_ending_at_the_end_of_the_text_is_found_and_an_end_past_the_text_finds_nothing()
    {
        // seeds/national/2015.txt: 国内生产总值增长, the piece ending where the text ends.
        Assert.Equal("增长", FactLexicon.EndingAt("国内生产总值增长", 0, 8)?.Word);
        Assert.Null(FactLexicon.EndingAt("国内生产总值增长", 0, 9));
        Assert.Null(FactLexicon.EndingAt("国内生产总值增长", 8, 8));
    }

    [Theory]
    // seeds/national/2025.txt writes 居民消费价格涨幅; reports also quote an indicator's name before its rate noun.
    [InlineData("“居民消费价格”涨幅")]
    [InlineData("\"居民消费价格\"涨幅")]
    [InlineData("‘居民消费价格’涨幅")]
    [InlineData("居民消费 价格涨幅")]
    [InlineData("居民消费价格涨幅")]
    public void An_indicator_key_drops_whitespace_and_every_kind_of_quotation_mark(string name)
    {
        Assert.Equal("居民消费价格涨幅", StandardIndicatorMatcher.Key(name));
        Assert.True(StandardIndicatorMatcher.IsAlias(name));
    }

    [Theory]
    [InlineData("地区生产总值（GDP）", "地区生产总值(GDP)")]
    [InlineData("“一带一路”进出口额", "一带一路进出口额")]
    [InlineData("农業总产值", "农业总产值")]
    public void An_indicator_key_keeps_every_other_character_in_one_width_and_simplified(string name, string key)
    {
        Assert.Equal(key, StandardIndicatorMatcher.Key(name));
    }

    /// <summary>Where a piece may open: a digit, a quotation mark, or a lead word of up to ten characters.</summary>
    private static bool OpensPiece(string text, int i) =>
        char.IsDigit(text[i]) || text[i] is '"'
        || FactLexicon.LeadWordLength(text, i, Math.Min(text.Length, i + LongestPiece)) > 0;
}
