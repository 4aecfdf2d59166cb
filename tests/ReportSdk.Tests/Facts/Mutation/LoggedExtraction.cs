using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Parsing.Facts;

namespace ReportSdk.Tests.Facts.Mutation;

/// <summary>
/// One paragraph through the real extractor with its log: the facts, and every quantity the scanner read that became
/// no fact (RSDK007) — so a test can tell "not a quantity" from "a quantity nobody could name".
/// </summary>
internal sealed record LoggedExtraction(IReadOnlyList<FactModel> Facts, IReadOnlyList<(string Number, string Unit)> Unclassified, int Failures)
{
    public static LoggedExtraction Review(string paragraph)
    {
        var log = new ExtractionLog();
        var input = new FactInput(new SourceParagraph(paragraph, new[] { 0 }, new[] { 1 }), ReportPart.Review, "（一）测试", false);
        var facts = FactExtractor.Extract(new[] { input }, FactHarness.Context, CancellationToken.None, log).ToList();
        return new LoggedExtraction(facts, log.Unclassified.Select(u => (u.Number, u.Unit)).ToList(), log.Failures.Count);
    }

    /// <summary>Every quantity read, named or not, as number and unit written.</summary>
    public IEnumerable<string> Quantities =>
        Facts.Select(f => f.ValueText + " " + f.Unit).Concat(Unclassified.Select(u => u.Number + " " + u.Unit));
}
