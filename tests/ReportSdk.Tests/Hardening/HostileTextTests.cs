namespace ReportSdk.Tests.Hardening;

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Generator;
using Xunit;

/// <summary>
/// Hostile text inside a real report (the Mentougou seed), through the real parser and emitter: the output compiles
/// without warnings, no text became code, and every string the model holds is a literal whose value is exactly it
/// (or, for the report's data, a piece of its <c>__text</c> literal), lone surrogates included.
/// </summary>
public class HostileTextTests
{
    private const string Path = "/r/hostile/mentougou.txt";

    /// <summary>The seed with hostile lines in its review part: in sentences, in facts, in headings, and one 1 MB line.</summary>
    private static string HostileReport(bool longLine)
    {
        var lines = TestData.Seed(HardeningRun.Mentougou).Split('\n').ToList();
        int at = lines.FindIndex(l => l.Contains("（二）", StringComparison.Ordinal));
        Assert.True(at > 0);
        var injected = new List<string>();
        foreach (var h in HostileStrings.All)
        {
            injected.Add("这一年，" + h + "新增停车位1200个，" + h + "增长5%。");
            injected.Add("");
        }
        injected.Add("（九）" + string.Concat(HostileStrings.All.Where(h => h.IndexOfAny(new[] { '\n', '\r', '\u2028', '\u2029', '\u0085' }) < 0)) + "标题");
        injected.Add("");
        injected.Add("class 1200个，Id 30个，Report 5家，__f0 7个，global 8个，namespace 9个。");
        injected.Add("");
        injected.Add(HostileStrings.DeepNesting(2000));
        injected.Add("");
        if (longLine) injected.Add(new string('测', 1 << 20) + "增长5%。");
        lines.InsertRange(at, injected);
        return string.Join("\n", lines);
    }

    [Fact]
    public void Hostile_text_compiles_and_every_model_string_is_a_literal_with_exactly_its_value()
    {
        string text = HostileReport(longLine: true);
        var parsed = ReportParser.Parse(Path, text);
        var report = Assert.Single(parsed.Reports);
        var run = DriverRun.Start(new[] { GeneratorHarness.Text(Path, text) });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "RSDK003");
        GeneratorHarness.AssertCompiles(run.Output);

        var tree = run.Output.SyntaxTrees.Single(t => t.ToString().Contains("\"mentougou-2023\"", StringComparison.Ordinal) && !t.FilePath.EndsWith("ReportSet.g.cs", StringComparison.Ordinal));
        var root = tree.GetRoot();
        var literals = new HashSet<string>(root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText), StringComparer.Ordinal);
        string data = ((LiteralExpressionSyntax)root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Single(p => p.Identifier.ValueText == "__text").ExpressionBody!.Expression).Token.ValueText;

        // The hostile text reached the model and stays text in the code.
        var strings = ModelStrings(report).ToList();
        // (U+2028/U+2029/U+0085 end lines in a text file, as they do for Roslyn: they never reach a string.)
        foreach (var h in new[] { "\"", "\\", "*/", "</summary>", "&", "<", "\u202E", "\0", "\uD800", "#line 1 \"evil.cs\"", "{", "\"}\"" })
        {
            Assert.True(strings.Any(s => s.Contains(h, StringComparison.Ordinal)), "not in the model: U+" + ((int)h[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " " + h);
        }
        foreach (var s in strings) Assert.True(literals.Contains(s) || data.Contains(s, StringComparison.Ordinal), "not a literal: " + s);

        // Nothing but the generator's own structure: no injected class, member, directive or comment became code.
        Assert.DoesNotContain(root.DescendantNodes().OfType<ClassDeclarationSyntax>(), c => c.Identifier.ValueText == "X");
        Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.LineDirectiveTrivia)
            || t.IsKind(SyntaxKind.ErrorDirectiveTrivia) || t.IsKind(SyntaxKind.IfDirectiveTrivia) || t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia)
            || t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        Assert.DoesNotContain(root.DescendantNodes().OfType<InvocationExpressionSyntax>(), i => i.Expression.ToString().Contains("Exit", StringComparison.Ordinal));
        // No line of generated code holds a character the lexer could read as a line end or a direction override.
        string code = tree.ToString();
        int bad = code.IndexOfAny(new[] { '\u2028', '\u2029', '\u0085', '\u202E', '\0' });
        Assert.True(bad < 0, bad < 0 ? "" : "U+" + ((int)code[bad]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " in: " + code.Substring(Math.Max(0, bad - 200), 260));
    }

    [Fact]
    public void The_compiled_report_holds_exactly_the_hostile_text()
    {
        string text = HostileReport(longLine: false);
        var model = Assert.Single(ReportParser.Parse(Path, text).Reports);
        var run = DriverRun.Start(new[] { GeneratorHarness.Text(Path, text) });
        // Without the ReportSet file, so its module initializer does not register the report in this process's catalog.
        var output = run.Output.RemoveSyntaxTrees(run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith("ReportSdk.ReportSet.g.cs", StringComparison.Ordinal)));
        output = output.WithOptions(output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        using var pe = new System.IO.MemoryStream();
        var emitted = output.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(10)));
        pe.Position = 0;

        var context = new System.Runtime.Loader.AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            var year = context.LoadFromStream(pe).GetType("App.Reports+Beijing+Mentougou+Y2023", throwOnError: true)!;
            var report = (Report)year.GetProperty("Report")!.GetValue(null)!;
            Assert.Equal(model.Title, report.Title);
            Assert.Equal(model.Facts.Select(f => (f.Name, f.Quote, f.Unit)), report.Indicators.Select(i => (i.Name, i.Quote, i.Unit)));
            Assert.Equal(Flatten(model.Sections.ToArray()), Flatten(report.Sections));
            Assert.Contains(Flatten(report.Sections), p => p.Contains("*/新增停车位1200个，*/", StringComparison.Ordinal));
            Assert.Contains(Flatten(report.Sections), p => p.Contains("\0新增停车位1200个，\0", StringComparison.Ordinal));
        }
        finally
        {
            context.Unload();
        }
    }


    private static string[] Flatten(IReadOnlyList<SectionModel> sections)
    {
        var result = new List<string>();
        var stack = new Stack<SectionModel>(sections.Reverse());
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            result.Add(s.Marker + "|" + s.Title);
            result.AddRange(s.Paragraphs.Select(p => p.Text));
            foreach (var c in s.Children.Reverse()) stack.Push(c);
        }
        return result.ToArray();
    }

    private static string[] Flatten(IReadOnlyList<Section> sections)
    {
        var result = new List<string>();
        var stack = new Stack<Section>(sections.Reverse());
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            result.Add(s.Marker + "|" + s.Title);
            result.AddRange(s.Paragraphs.Select(p => p.Text));
            foreach (var c in s.Sections.Reverse()) stack.Push(c);
        }
        return result.ToArray();
    }

    [Fact]
    public void Xml_docs_show_hostile_text_escaped_not_as_markup()
    {
        string text = HostileReport(longLine: false);
        var run = DriverRun.Start(new[] { GeneratorHarness.Text(Path, text) });
        var tree = run.Output.SyntaxTrees.Single(t => t.ToString().Contains("\"mentougou-2023\"", StringComparison.Ordinal) && !t.FilePath.EndsWith("ReportSet.g.cs", StringComparison.Ordinal));

        var docs = tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .Select(t => (DocumentationCommentTriviaSyntax)t.GetStructure()!).ToArray();
        Assert.NotEmpty(docs);
        // Every doc comment is one <summary> element (and <remarks>/<para> the emitter writes); no element came from the text.
        var names = docs.SelectMany(d => d.DescendantNodes().OfType<XmlElementStartTagSyntax>()).Select(e => e.Name.ToString()).Distinct().ToArray();
        Assert.All(names, n => Assert.Contains(n, new[] { "summary", "remarks", "para", "br" }));
        // The escaped text is there (&lt;/summary&gt;), and every & left in the docs opens an entity.
        string all = string.Concat(docs.Select(d => d.ToFullString()));
        Assert.Contains("&lt;/summary&gt;", all, StringComparison.Ordinal);
        Assert.DoesNotMatch("&(?!(amp|lt|gt|quot|apos);)", all);
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Overflowing_numbers_yield_no_fact_and_lose_no_other_fact()
    {
        string text = "一、2022年工作回顾\n地区生产总值增长99999999999999999999999999999999%，完成9999999999999999999999999999999999亿元，新增停车位1200个。\n";
        var parsed = ReportParser.Parse("/r/overflow.txt", "门头沟区政府工作报告\n" + text);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "RSDK009");
        var facts = parsed.Reports.SelectMany(r => r.Facts).ToArray();
        Assert.Contains(facts, f => f.Value == 1200m && f.Unit == "个");
    }

    private static IEnumerable<string> ModelStrings(ReportModel m)
    {
        yield return m.Title;
        foreach (var f in m.Facts)
        {
            yield return f.Name;
            yield return f.Quote;
            yield return f.Unit;
        }
        var stack = new Stack<SectionModel>(m.Sections);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            yield return s.Title;
            foreach (var p in s.Paragraphs) yield return p.Text;
            foreach (var c in s.Children) stack.Push(c);
        }
    }
}
