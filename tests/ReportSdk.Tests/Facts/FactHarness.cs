using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Parsing.Facts;

namespace ReportSdk.Tests.Facts;

/// <summary>Runs the extractor on text from the seeds, one source line per string, joined as the parser reflows them.</summary>
internal static class FactHarness
{
    public static readonly FactContext Context = new(2024, 2023, 2024);

    public static IReadOnlyList<FactModel> Extract(ReportPart part, params string[] lines) => Extract(part, false, lines);

    public static IReadOnlyList<FactModel> Extract(ReportPart part, bool mainTargets, params string[] lines)
    {
        var text = new StringBuilder();
        var offsets = new int[lines.Length];
        var numbers = new int[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            offsets[i] = text.Length;
            numbers[i] = 1 + 2 * i; // PDF texts put a blank line between text lines
            text.Append(lines[i]);
        }
        var paragraph = new SourceParagraph(text.ToString(), offsets, numbers);
        var input = new FactInput(paragraph, part, "（一）测试", mainTargets);
        return FactExtractor.Extract(new[] { input }, Context, CancellationToken.None).ToList();
    }

    /// <summary>Several paragraphs (one line each) of one section of a report delivered in <paramref name="delivered"/>, in order.</summary>
    public static IReadOnlyList<FactModel> Paragraphs(int delivered, ReportPart part, string? section, params string[] paragraphs) =>
        Paragraphs(new FactContext(delivered, delivered - 1, delivered), part, section, paragraphs);

    /// <summary>Paragraphs of the review part of a report delivered in <paramref name="delivered"/> that reviews the years from <paramref name="reviewStart"/>.</summary>
    public static IReadOnlyList<FactModel> YearsReviewed(int delivered, int reviewStart, params string[] paragraphs) =>
        Paragraphs(new FactContext(delivered, delivered - 1, delivered, reviewStart), ReportPart.Review, null, paragraphs);

    private static IReadOnlyList<FactModel> Paragraphs(FactContext context, ReportPart part, string? section, string[] paragraphs)
    {
        var inputs = paragraphs.Select((p, i) => new FactInput(new SourceParagraph(p, new[] { 0 }, new[] { 1 + 2 * i }), part, section, false)).ToArray();
        return FactExtractor.Extract(inputs, context, CancellationToken.None).ToList();
    }

    public static IReadOnlyList<FactModel> Review(params string[] lines) => Extract(ReportPart.Review, lines);

    public static IReadOnlyList<FactModel> Plan(params string[] lines) => Extract(ReportPart.Plan, lines);

    public static FactModel Single(this IReadOnlyList<FactModel> facts, decimal value, string unit) =>
        facts.Single(f => f.Value == value && f.Unit == unit);

    /// <summary>The first and last year of the one fact of that value and unit.</summary>
    public static (int Start, int End) PeriodOf(this IReadOnlyList<FactModel> facts, decimal value, string unit)
    {
        var fact = facts.Single(value, unit);
        return (fact.PeriodStart, fact.PeriodEnd);
    }
}
