using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.TestRules;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.PackageTests;

/// <summary>
/// The typed fact members a user of the packed package browses: names that keep the rules (written in
/// <see cref="NameRuleCheck"/>, apart from the generator) and a member for every headline indicator of the gold key.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TypedMemberTests(PackedPackage package, ITestOutputHelper output)
{
    private readonly Lazy<PackedReports> _reports = new(() => PackedReports.Load(package.LibraryDirectory));

    [Fact]
    public void At_most_two_percent_of_the_typed_fact_members_break_the_name_rules()
    {
        var members = _reports.Value.Years.SelectMany(y => y.FactMembers.Select(p => (Year: y, p.Name))).ToArray();
        var broken = members.Select(m => (m.Year, m.Name, Rules: NameRuleCheck.Violations(m.Name))).Where(m => m.Rules.Count > 0).ToArray();
        output.WriteLine($"{members.Length} typed fact members in {_reports.Value.Years.Count} year classes; {broken.Length} break a rule");
        foreach (var b in broken) output.WriteLine($"  {b.Year.Type.FullName}.{b.Name}: {string.Join(", ", b.Rules)}");
        Assert.True(_reports.Value.Years.Count >= 7, "the package bundles too few reports: " + _reports.Value.Years.Count);
        Assert.True(broken.Length <= members.Length * 0.02, $"{broken.Length} of {members.Length} typed fact members break the name rules");
    }

    [Fact]
    public void Every_headline_indicator_of_the_gold_key_that_the_package_holds_has_a_typed_member()
    {
        int held = 0;
        var missing = new System.Collections.Generic.List<string>();
        var fragments = new System.Collections.Generic.List<string>();
        foreach (var line in File.ReadLines(RepoPaths.GoldIndicators).Where(l => l.Trim().Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            string region = r.GetProperty("region").GetString()!;
            int year = r.GetProperty("deliveredYear").GetInt32();
            var report = _reports.Value.Years.SingleOrDefault(y => y.Region == region && y.DeliveredYear == year);
            Assert.True(report is not null, $"the package holds no report of {region} {year}");
            // The fact as the key states it (the extractor's recall is scored elsewhere): name or standard key, value,
            // unit, kind and period.
            string[] names = new[] { r.GetProperty("name").GetString(), r.TryGetProperty("label", out var l) ? l.GetString() : null }
                .Where(n => !string.IsNullOrEmpty(n)).Select(n => Compact(n!)).ToArray();
            string? metric = r.TryGetProperty("metric", out var m) ? m.GetString() : null;
            var fact = report!.Indicators.FirstOrDefault(f =>
                (names.Contains(Compact(PackedReports.Get<string>(f, "Name"))) || (metric is not null && f.GetType().GetProperty("Standard")!.GetValue(f)?.ToString() == metric))
                && PackedReports.Get<decimal>(f, "Value") == r.GetProperty("value").GetDecimal()
                && PackedReports.Get<string>(f, "Unit") == r.GetProperty("unit").GetString()
                && PackedReports.Get<int>(f, "Period") == r.GetProperty("period").GetInt32()
                && PackedReports.Get<object>(f, "Kind").ToString()!.Equals(r.GetProperty("kind").GetString()!.Replace("_", string.Empty), StringComparison.OrdinalIgnoreCase));
            if (fact is null) continue;
            held++;
            if (!report.FactMembers.Any(p => ReferenceEquals(p.GetValue(null), fact)))
            {
                // The extractor names a few facts with a fragment (纳税 for 区属国企纳税): no member name can come of it.
                if (PackedReports.Get<string>(fact, "Name").Length <= 2) fragments.Add($"{region} {year} line {r.GetProperty("line").GetInt32()}: {PackedReports.Get<string>(fact, "Name")}");
                else missing.Add($"{region} {year} line {r.GetProperty("line").GetInt32()}: {r.GetProperty("name").GetString()} {r.GetProperty("value").GetDecimal()}{r.GetProperty("unit").GetString()} (fact named {PackedReports.Get<string>(fact, "Name")})");
            }
        }
        output.WriteLine($"{held} gold rows found among the packed facts; {missing.Count} without a typed member");
        foreach (var m in missing) output.WriteLine("  " + m);
        foreach (var f in fragments) output.WriteLine("  named with a fragment by the extractor: " + f);
        Assert.True(held >= 150, "too few gold rows found among the packed facts: " + held);
        Assert.Empty(missing);
        Assert.True(fragments.Count <= held * 0.02, $"{fragments.Count} gold facts are named with a fragment");
    }

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”' or '‘' or '’')).ToArray());
}
