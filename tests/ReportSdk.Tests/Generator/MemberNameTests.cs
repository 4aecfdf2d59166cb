namespace ReportSdk.Tests.Generator;

using System;
using System.IO;
using System.Linq;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Model;
using ReportSdk.Tests.Gold;
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
        var members = run.Result.GeneratedSources.SelectMany(s => GeneratorHarness.FactMembers(s.SourceText.ToString())).ToArray();
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

    [Fact]
    public void Every_extracted_headline_indicator_of_the_gold_key_has_a_typed_member()
    {
        var extracted = IndicatorGoldTests.ExtractAll();
        var missing = new System.Collections.Generic.List<string>();
        int found = 0;
        foreach (var row in IndicatorGoldTests.LoadGold())
        {
            if (!extracted.TryGetValue((row.File, row.Region, row.DeliveredYear), out var facts)) continue;
            int hit = facts.ToList().FindIndex(f => IndicatorGoldTests.Matches(f, row));
            if (hit < 0) continue;
            found++;
            // A name of two characters with no label (纳税 for 区属国企纳税) is the extractor's to complete; such a
            // fragment is no member name (listed, not counted).
            if (facts[hit].Name.Length <= 2 && string.IsNullOrEmpty(facts[hit].Label))
            {
                _output.WriteLine($"extractor names a fragment: {row.File}:{row.Line} {row.Name} → {facts[hit].Name}");
                continue;
            }
            var names = FactMemberNames.For(facts.ToEquatableArray(), "Y" + row.DeliveredYear);
            if (names.Members[hit] is null && !names.Standard.Any(s => s.Fact == hit)) missing.Add($"{row.File}:{row.Line} {row.Name} ({facts[hit].Name}|{facts[hit].Label}) {row.Value}{row.Unit} {row.Kind}");
        }
        _output.WriteLine($"{found} gold rows extracted, {missing.Count} without a typed member:\n" + string.Join("\n", missing));
        Assert.True(found > 150, "too few gold rows extracted: " + found);
        Assert.Empty(missing);
    }
}
