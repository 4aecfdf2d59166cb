using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;

namespace ReportSdk.Tests.Facts;

/// <summary>The extractor reads any text without failing and keeps its facts inside the paragraph it was given.</summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly string[] Pieces =
    {
        "地区生产总值", "增长", "下降", "约", "近", "超", "预计", "初步预计，", "分别", "、", "，", "；", "。", ",", ";", "（", "）", "(", ")",
        "“", "”", "1", "2.5", "0", "12", "1-11", "-", "%", "％", "个百分点", "万", "亿", "万亿元", "亿元", "家", "千", "三分之", "一",
        "第", "排名", "居", "首位", "从", "增至", "以上", "左右", "以内", "控制在", "年", "月", "PM", "5G", ":", "：", "/", "·",
        "２", "．", "主要预期目标是：", "其中", "产业收入", "过去三年年均", "同口径", "后", "占", "的", " ", "\u00A0", "余", "倍",
    };

    [Fact]
    public void Never_fails_on_random_text_and_keeps_facts_in_their_paragraph()
    {
        var random = new Random(20241121);
        for (int run = 0; run < 3000; run++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 30);
            for (int i = 0; i < count; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
            var paragraph = new SourceParagraph(text.ToString(), new[] { 0, text.Length / 2 }, new[] { 10, 12 });
            foreach (var part in new[] { ReportPart.Review, ReportPart.Plan })
            {
                var facts = new List<FactModel>();
                var input = new FactInput(paragraph, part, null, run % 2 == 0);
                var exception = Record.Exception(() => FactExtractor.ExtractParagraph(input, FactHarness.Context, facts));
                Assert.True(exception is null, $"«{text}»: {exception}");
                foreach (var fact in facts)
                {
                    Assert.InRange(fact.Line, 10, 12);
                    Assert.False(string.IsNullOrWhiteSpace(fact.Name), $"«{text}»: unnamed fact {fact.Value}");
                    Assert.Contains(fact.Quote.Replace(" ", string.Empty), text.ToString().Replace(" ", string.Empty));
                    Assert.True(fact.Value >= 0 || fact.ValueText.StartsWith('-'), $"«{text}»: {fact.Value} from {fact.ValueText}");
                    // The part's year, unless 过去三年 before the value makes it the three years up to the review year.
                    if (fact.IsSpan) Assert.Equal((2021, 2023), (fact.PeriodStart, fact.PeriodEnd));
                    else Assert.Contains(fact.Period, part == ReportPart.Plan && text.ToString().Contains("过去三年") ? new[] { 2023, 2024 } : new[] { part == ReportPart.Plan ? 2024 : 2023 });
                }
            }
        }
    }

    [Fact]
    public void Gives_the_same_facts_on_every_run()
    {
        string text = "预计全年地区生产总值突破1200亿元、同比增长5.5%左右;一般公共预算收入完成88.3亿元、同比增长10.1%;";
        var first = FactHarness.Review(text);
        var second = FactHarness.Review(text);
        Assert.Equal(first, second);
        Assert.Equal(4, first.Count);
    }
}
