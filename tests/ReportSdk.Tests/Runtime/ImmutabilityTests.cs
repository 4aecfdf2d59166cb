using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ReportSdk.Tests.Runtime;

/// <summary>
/// No public result hands out shared state: casting a returned list back to an array or a writable list and
/// writing to it fails, and later queries are unchanged. Plumbing is hidden from users.
/// </summary>
public class ImmutabilityTests
{
    private static readonly TestReport Ding = new TestReport("样本丁区-2024", "样本丁区", null, RegionLevel.District, 2024, "test-ding.txt", 1, 10)
        .Growth("地区生产总值", StandardIndicator.GdpGrowth, 4.1m, "地区生产总值增长4.1%", 3)
        .Target("地区生产总值", StandardIndicator.GdpGrowth, 5m, "%", IndicatorKind.TargetGrowth, "地区生产总值增长5%左右", 8, Qualifiers.About, Direction.Up);

    private static readonly TestReport Other = new("样本戊区-2024", "样本戊区", null, RegionLevel.District, 2024, "test-wu.txt", 1, 5);

    public ImmutabilityTests() => ReportCatalog.Register(new TestReportSet("ReportSdk.Tests.Immutability", Ding));

    [Fact]
    public void Lists_from_the_catalog_cannot_be_written_through_a_cast()
    {
        AssertReadOnly(ReportCatalog.ForRegion("样本丁区"), Other);
        AssertReadOnly(ReportCatalog.Within("北京市"), Other);
        var fact = new ReportFact(Other, Ding.Indicators[0]);
        AssertReadOnly(ReportCatalog.Facts(IndicatorKind.Growth, 2023), fact);
        AssertReadOnly(ReportCatalog.Facts(StandardIndicator.GdpGrowth), fact);
        AssertReadOnly(ReportCatalog.Targets(2024), fact);
        AssertReadOnly(ReportCatalog.Growths(2023), fact);
        AssertReadOnly(ReportCatalog.Regions, "x");
        AssertReadOnly(ReportCatalog.Sets, null!);
        AssertReadOnly(ReportCatalog.Notices, null!);
        AssertReadOnly(ReportCatalog.All, Other);

        Assert.Same(Ding, ReportCatalog.Find("样本丁区", 2024));
        Assert.Equal(new[] { Ding }, ReportCatalog.ForRegion("样本丁区"));
        Assert.Equal(4.1m, ReportCatalog.Series(StandardIndicator.GdpGrowth, "样本丁区").Single().Value);
        Assert.Contains(ReportCatalog.Growths(2023), f => f.Report == Ding);
        Assert.DoesNotContain(null, ReportCatalog.Sets);
    }

    [Fact]
    public void Lists_from_a_collection_cannot_be_written_through_a_cast()
    {
        var reports = SeedReports.All();
        AssertReadOnly(reports.ForRegion("石景山区"), Other);
        AssertReadOnly(reports.Targets(2024), new ReportFact(Other, Ding.Indicators[0]));
        Assert.Equal(new[] { "shijingshan-2023", "shijingshan-2025" }, reports.ForRegion("石景山区").Select(r => r.Id));
    }

    [Fact]
    public void Plumbing_is_internal_or_hidden_from_completion()
    {
        var exported = typeof(ReportCatalog).Assembly.GetExportedTypes();
        foreach (var name in new[] { "KnownRegions", "StandardIndicatorAliases", "Units", "ContractNames" })
        {
            Assert.DoesNotContain(exported, t => t.Name == name);
        }
        Assert.True(IsHidden(typeof(ReportSet)));
        Assert.True(IsHidden(typeof(ReportCatalog).GetMethod(nameof(ReportCatalog.Register))!));
        Assert.True(IsHidden(typeof(ReportCatalog).GetProperty(nameof(ReportCatalog.Sets))!));

        // No exported type offers a public static field that is writable or an array (a shared table anyone could edit).
        var fields = exported.Where(t => !t.IsEnum).SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => !f.IsLiteral && (!f.IsInitOnly || f.FieldType.IsArray));
        Assert.Empty(fields.Select(f => f.DeclaringType!.Name + "." + f.Name));
    }

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never };

    // The list is no array or writable list, and writing through any interface it offers throws.
    private static void AssertReadOnly<T>(IReadOnlyList<T> list, T replacement)
    {
        Assert.False(list is T[], $"{list.GetType()} is an array");
        Assert.False(list is List<T>, $"{list.GetType()} is a List");
        if (list is IList<T> writable)
        {
            Assert.True(writable.IsReadOnly);
            if (writable.Count > 0) Assert.Throws<NotSupportedException>(() => writable[0] = replacement);
            Assert.Throws<NotSupportedException>(() => writable.Add(replacement));
        }
        if (list is System.Collections.IList untyped && untyped.Count > 0)
        {
            Assert.ThrowsAny<Exception>(() => untyped[0] = replacement);
        }
    }
}
