namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Pipeline;
using Xunit;
using GenLevel = ReportSdk.Generator.Vocabulary.RegionLevel;

/// <summary>The catalog index the generator writes reads back, field for field, through the runtime's reader.</summary>
public class CatalogIndexWriterTests
{
    private static CatalogEntry Entry(string id, string region, string? english, int delivered, int? review, int? plan, params RegionRefModel[] parents) =>
        new("/r/" + id + ".txt", id + ".txt", 0, id, region, english, delivered, true, 1, english is null ? null : "110107",
            parents.ToEquatableArray(), 1, GenLevel.District, review, plan);

    [Fact]
    public void Every_field_reads_back_through_the_runtime()
    {
        var index = CatalogIndexWriter.Write(new[]
        {
            Entry("shijingshan-2023", "石景山区", "Shijingshan", 2023, 2022, 2023, new RegionRefModel("北京市", "Beijing", GenLevel.Municipality, "110000")),
            Entry("hailaer-2016", "海拉尔区", null, 2016, null, null,
                new RegionRefModel("呼伦贝尔市", "Hulunbuir", GenLevel.City, "150700"), new RegionRefModel("内蒙古自治区", null, GenLevel.Province, null)),
        });

        var entries = ReportEntry.FromIndex(new NoReports(), index);

        Assert.NotNull(entries);
        Assert.Equal(2, entries!.Length);
        var (a, b) = (entries[0], entries[1]);
        Assert.Equal(("shijingshan-2023", "石景山区", "Shijingshan", RegionLevel.District, "110107", 2023, 2022, 2023),
            (a.Id, a.Region, a.RegionEnglish, a.Level, a.DivisionCode, a.DeliveredYear, a.ReviewYear, a.PlanYear));
        Assert.Equal(new[] { new RegionRef("北京市", "Beijing", RegionLevel.Municipality, "110000") }, a.Parents);
        Assert.Equal(("hailaer-2016", "海拉尔区", (string?)null, (string?)null, 2016, (int?)null, (int?)null),
            (b.Id, b.Region, b.RegionEnglish, b.DivisionCode, b.DeliveredYear, b.ReviewYear, b.PlanYear));
        Assert.Equal(new[] { new RegionRef("呼伦贝尔市", "Hulunbuir", RegionLevel.City, "150700"), new RegionRef("内蒙古自治区", null, RegionLevel.Province, null) }, b.Parents);
        Assert.Equal(2015, b.ExpectedPeriod(targets: false));
    }

    [Theory]
    [InlineData("石景山\u001F区", "Shijingshan")]
    [InlineData("石景山区", "Shi\u001Ejingshan")]
    [InlineData("石景山区", "")]
    public void A_value_the_layout_cannot_hold_leaves_the_set_without_an_index(string region, string english)
    {
        Assert.Null(CatalogIndexWriter.Write(new[] { Entry("a-2023", region, english, 2023, 2022, 2023) }));
    }

    [Fact]
    public void No_reports_give_an_index_with_only_the_version()
    {
        var index = CatalogIndexWriter.Write(new List<CatalogEntry>());

        Assert.Equal("1\u001E", index);
        Assert.Empty(ReportEntry.FromIndex(new NoReports(), index)!);
    }

    private sealed class NoReports : ReportSet
    {
        public override string Name => "none";
        public override IReadOnlyList<Report> Reports => System.Array.Empty<Report>();
    }
}
