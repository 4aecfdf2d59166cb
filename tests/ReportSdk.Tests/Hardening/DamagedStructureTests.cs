namespace ReportSdk.Tests.Hardening;

using System;
using System.Linq;
using ReportSdk.Generator.Parsing;
using Xunit;

/// <summary>Damage to one structural line does not cost the whole report.</summary>
public class DamagedStructureTests
{
    [Fact]
    public void A_report_whose_first_heading_was_lost_is_still_found_with_its_facts()
    {
        var lines = TestData.Seed(HardeningRun.Mentougou).Split('\n').ToList();
        var whole = Assert.Single(ReportParser.Parse("/r/m.txt", string.Join("\n", lines)).Reports);
        int first = lines.FindIndex(l => l.TrimStart().StartsWith("一、", StringComparison.Ordinal));
        lines.RemoveAt(first);

        var damaged = Assert.Single(ReportParser.Parse("/r/m.txt", string.Join("\n", lines)).Reports);
        Assert.Equal(whole.Id, damaged.Id);
        var facts = damaged.Facts.Select(f => f.Name + f.ValueText + f.Unit).ToHashSet(StringComparer.Ordinal);
        Assert.True(whole.Facts.Count(f => facts.Contains(f.Name + f.ValueText + f.Unit)) >= whole.Facts.Count * 9 / 10);
    }
}
