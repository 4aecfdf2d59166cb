namespace ReportSdk.Tests.Generator;

using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportSdk.TestRules;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// The typed fact members the generator makes for every text under seeds/ (all genres, not only the bundled ones),
/// checked against the name rules a user browsing IntelliSense relies on.
/// </summary>
public class MemberNameTests
{
    private readonly ITestOutputHelper _output;

    public MemberNameTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Typed_fact_members_over_every_seed_text_keep_the_name_rules()
    {
        var texts = TestData.AllSeedFiles.Where(p => !p.StartsWith("duplicates/", StringComparison.Ordinal))
            .Select(p => GeneratorHarness.Text(p, File.ReadAllText(Path.Combine(TestData.SeedsDir, p)))).ToArray();
        var run = DriverRun.Start(texts);
        var members = run.Result.GeneratedSources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText, GeneratorHarness.ParseOptions).GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>())
            .Where(p => p.Type.ToString().EndsWith("Indicator", StringComparison.Ordinal) && p.Parent is ClassDeclarationSyntax c && c.Identifier.Text.StartsWith('Y'))
            .Select(p => (Class: ((ClassDeclarationSyntax)p.Parent!).Identifier.Text, Name: p.Identifier.Text))
            .ToArray();
        if (Environment.GetEnvironmentVariable("REPORTSDK_DUMP") is { Length: > 0 } dump) foreach (var s in run.Result.GeneratedSources) File.WriteAllText(Path.Combine(dump, s.HintName), s.SourceText.ToString());
        var broken = members.Select(m => (m.Name, Rules: NameRuleCheck.Violations(m.Name))).Where(m => m.Rules.Count > 0).ToArray();
        _output.WriteLine($"{members.Length} typed fact members over {texts.Length} files; {broken.Length} break a rule ({100.0 * broken.Length / Math.Max(1, members.Length):0.0}%)");
        foreach (var group in broken.GroupBy(b => b.Rules[0]).OrderByDescending(g => g.Count()))
        {
            _output.WriteLine($"  {group.Key}: {group.Count()} — " + string.Join(" ", group.Select(g => g.Name).Take(40)));
        }
        Assert.True(members.Length > 1000, "expected typed members for the facts of all seed texts, got " + members.Length);
        Assert.True(broken.Length <= members.Length * 0.02, $"{broken.Length} of {members.Length} typed fact members break the name rules");
    }
}
