using ReportSdk.Generator.Parsing;
using Xunit;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// Lines that open a part without a number (seeds/gansu/2026.txt lost its 一、二、三、): short, no sentence punctuation,
/// a part-title ending. Anything else is text.
/// </summary>
public sealed class PartTitleTests
{
    [Theory]
    [InlineData("“十四五”时期工作回顾", "Review")]        // gansu 2026, line 18
    [InlineData("“十五五”时期的主要目标任务", "Plan")]     // line 38
    [InlineData("2026年重点工作", "Plan")]                 // line 50
    [InlineData("　　2026年重点工作　", "Plan")]          // indented with ideographic spaces
    [InlineData("工作回顾", "Review")]                     // four characters, the shortest
    [InlineData("2025年和“十四五”时期市政府工作回顾", "Review")] // twenty, the longest
    [InlineData("2026年工作总结", "Review")]
    [InlineData("2026年政府工作总体要求", "Plan")]
    public void A_short_line_with_a_part_title_ending_opens_that_part(string line, string part) => Assert.Equal(part, PartTitles.Unnumbered(line)?.ToString());

    [Theory]
    [InlineData("主要预期目标")]                              // guangdong 2026, line 62: a wrapped sentence
    [InlineData("回顾")]                                      // too short to be a title
    [InlineData("2025年和“十四五”时期全市政府工作回顾")]      // twenty-one characters: a sentence
    [InlineData("2026年，重点工作")]
    [InlineData("：2026年重点工作")]                         // punctuation first: the tail of a sentence
    [InlineData("做好2026年重点工作。")]
    [InlineData("请予审议；2026年重点工作")]
    [InlineData("确保完成全年目标任务！2026年重点工作")]
    public void Other_lines_open_no_part(string line) => Assert.Null(PartTitles.Unnumbered(line));

    [Theory]
    [InlineData("2022 年工作回顾", "Review")]
    [InlineData("过去五年工作总结", "Review")]
    [InlineData("2026年经济社会发展的主要目标", "Plan")]
    [InlineData("2026年工作打算", "Plan")]
    [InlineData("今后五年的工作部署", "Plan")]
    [InlineData("2026年工作思路", "Plan")]
    [InlineData("国民经济和社会发展计划", "Plan")]
    [InlineData("总结与展望", "Review")]      // the word may open the title
    [InlineData("计划和预算", "Plan")]
    [InlineData("加强政府自身建设", "Other")]
    public void A_numbered_title_is_review_plan_or_other_by_its_words(string title, string part) => Assert.Equal(part, PartTitles.PartOf(title).ToString());
}
