using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ReportSdk.Tests.Runtime;

public class JsonExportTests
{
    private static readonly string[] ReportProperties =
        { "id", "region", "level", "divisionCode", "parents", "deliveredYear", "reviewStartYear", "reviewYear", "planYear", "date", "speaker", "speakerTitle", "source", "complete", "sections", "indicators", "glossary" };

    private static readonly string[] IndicatorProperties =
        { "name", "standard", "value", "valueHigh", "unit", "measure", "status", "periodStart", "periodEnd", "period", "kind", "direction", "qualifiers", "mainTarget", "quote", "line" };

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Report_has_the_contract_shape_and_values()
    {
        using var doc = JsonDocument.Parse(SeedReports.Shijingshan2025.ToJson());
        var root = doc.RootElement;
        Assert.Equal(ReportProperties, Names(root));
        Assert.Equal("shijingshan-2025", root.GetProperty("id").GetString());
        Assert.Equal("石景山区", root.GetProperty("region").GetString());
        Assert.Equal("district", root.GetProperty("level").GetString());
        Assert.Equal(2025, root.GetProperty("deliveredYear").GetInt32());
        Assert.Equal(2024, root.GetProperty("reviewYear").GetInt32());
        Assert.Equal(2025, root.GetProperty("planYear").GetInt32());
        Assert.Equal("2025-01-08", root.GetProperty("date").GetString());
        Assert.Equal("万隆", root.GetProperty("speaker").GetString());
        Assert.Equal("代区长", root.GetProperty("speakerTitle").GetString());
        Assert.False(root.GetProperty("complete").GetBoolean());

        var source = root.GetProperty("source");
        Assert.Equal(new[] { "file", "startLine", "endLine" }, Names(source));
        Assert.Equal(("shijingshan-2025.txt", 3, 95), (source.GetProperty("file").GetString(), source.GetProperty("startLine").GetInt32(), source.GetProperty("endLine").GetInt32()));

        var gdp = root.GetProperty("indicators")[0];
        Assert.Equal(IndicatorProperties, Names(gdp));
        Assert.Equal("地区生产总值", gdp.GetProperty("name").GetString());
        Assert.Equal("Gdp", gdp.GetProperty("standard").GetString());
        Assert.Equal(1200m, gdp.GetProperty("value").GetDecimal());
        Assert.Equal("亿元", gdp.GetProperty("unit").GetString());
        Assert.Equal(2024, gdp.GetProperty("period").GetInt32());
        Assert.Equal((2024, 2024), (gdp.GetProperty("periodStart").GetInt32(), gdp.GetProperty("periodEnd").GetInt32()));
        Assert.Equal(("level", "estimated"), (gdp.GetProperty("measure").GetString(), gdp.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, gdp.GetProperty("valueHigh").ValueKind);
        Assert.False(gdp.GetProperty("mainTarget").GetBoolean());
        Assert.Equal("actual", gdp.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, gdp.GetProperty("direction").ValueKind);
        Assert.Equal(new[] { "estimated", "over" }, gdp.GetProperty("qualifiers").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("预计全年地区生产总值突破1200亿元", gdp.GetProperty("quote").GetString());
        Assert.Equal(21, gdp.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Cjk_is_written_as_is_and_decimals_as_written()
    {
        var json = SeedReports.Shijingshan2023.ToJson();
        Assert.Contains("\"region\": \"石景山区\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quote\": \"地区生产总值完成 980 亿元\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 74.05,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Kinds_directions_and_qualifiers_use_the_contract_spellings()
    {
        using var doc = JsonDocument.Parse(SeedReports.Shijingshan2023.ToJson());
        var byLine = doc.RootElement.GetProperty("indicators").EnumerateArray().ToLookup(i => i.GetProperty("line").GetInt32());
        var target = byLine[474].Single();
        Assert.Equal("target", target.GetProperty("kind").GetString());
        Assert.Equal(new[] { "within", "about" }, target.GetProperty("qualifiers").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(("level", "target"), (target.GetProperty("measure").GetString(), target.GetProperty("status").GetString()));
        var growthTarget = byLine[470].First();
        Assert.Equal("targetGrowth", growthTarget.GetProperty("kind").GetString());
        Assert.Equal(("change", "target"), (growthTarget.GetProperty("measure").GetString(), growthTarget.GetProperty("status").GetString()));
        Assert.True(growthTarget.GetProperty("mainTarget").GetBoolean());
        Assert.Equal("up", growthTarget.GetProperty("direction").GetString());
        Assert.Empty(byLine[182].Single().GetProperty("qualifiers").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, byLine[260].Single().GetProperty("standard").ValueKind);

        using var mentougou = JsonDocument.Parse(SeedReports.Mentougou2023.ToJson());
        var retail = mentougou.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("standard").GetString() == "RetailSalesGrowth");
        Assert.Equal(("growth", "down"), (retail.GetProperty("kind").GetString(), retail.GetProperty("direction").GetString()));

        using var share = JsonDocument.Parse(SeedReports.Shijingshan2025.ToJson());
        Assert.Contains(share.RootElement.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("kind").GetString() == "share");
    }

    [Theory]
    [InlineData(Qualifiers.About, "about")]
    [InlineData(Qualifiers.Over, "over")]
    [InlineData(Qualifiers.AtLeast, "atLeast")]
    [InlineData(Qualifiers.Within, "within")]
    [InlineData(Qualifiers.Nearly, "nearly")]
    [InlineData(Qualifiers.Estimated, "estimated")]
    [InlineData(Qualifiers.Range, "range")]
    public void Every_qualifier_has_its_contract_name(Qualifiers qualifier, string name) =>
        Assert.Equal(new[] { name }, qualifier.ToContractNames());

    [Theory]
    [InlineData(IndicatorKind.Actual, "actual")]
    [InlineData(IndicatorKind.Growth, "growth")]
    [InlineData(IndicatorKind.Target, "target")]
    [InlineData(IndicatorKind.TargetGrowth, "targetGrowth")]
    [InlineData(IndicatorKind.Share, "share")]
    [InlineData(IndicatorKind.Rank, "rank")]
    public void Every_kind_has_its_contract_name(IndicatorKind kind, string name) => Assert.Equal(name, kind.ToContractName());

    [Fact]
    public void Levels_use_lower_case_names()
    {
        Assert.Equal("municipality", RegionLevel.Municipality.ToContractName());
        Assert.Equal("district", RegionLevel.District.ToContractName());
        Assert.Equal("province", RegionLevel.Province.ToContractName());
        Assert.Equal("county", RegionLevel.County.ToContractName());
    }

    [Fact]
    public void Sections_nest_and_glossary_has_term_and_definition()
    {
        using var doc = JsonDocument.Parse(SeedReports.Shijingshan2023.ToJson());
        var sections = doc.RootElement.GetProperty("sections");
        Assert.Equal(2, sections.GetArrayLength());
        var review = sections[0];
        Assert.Equal(new[] { "level", "ordinal", "title", "line", "sections" }, Names(review));
        Assert.Equal((1, 1, "2022 年工作回顾", 4), (review.GetProperty("level").GetInt32(), review.GetProperty("ordinal").GetInt32(), review.GetProperty("title").GetString(), review.GetProperty("line").GetInt32()));
        var child = review.GetProperty("sections")[0];
        Assert.Equal((2, 4, 220), (child.GetProperty("level").GetInt32(), child.GetProperty("ordinal").GetInt32(), child.GetProperty("line").GetInt32()));
        Assert.Equal(0, child.GetProperty("sections").GetArrayLength());

        using var xicheng = JsonDocument.Parse(SeedReports.Xicheng2024.ToJson());
        var entry = xicheng.RootElement.GetProperty("glossary")[0];
        Assert.Equal(new[] { "term", "definition" }, Names(entry));
        Assert.Equal("红墙先锋工程", entry.GetProperty("term").GetString());
    }

    [Fact]
    public void Catalog_export_holds_every_fact_of_every_report()
    {
        var reports = SeedReports.All();
        using var doc = JsonDocument.Parse(reports.ToJson());
        Assert.Equal(new[] { "reports" }, Names(doc.RootElement));
        var exported = doc.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(reports.Select(r => r.Id), exported.Select(r => r.GetProperty("id").GetString()));
        foreach (var (report, json) in reports.Zip(exported))
        {
            AssertHoldsEveryFact(report, json);
        }
    }

    [Fact]
    public void Indented_and_compact_output_hold_the_same_document()
    {
        var report = SeedReports.Xicheng2024;
        var compact = report.ToJson(indented: false);
        Assert.DoesNotContain('\n', compact);
        Assert.Contains('\n', report.ToJson());
        using var a = JsonDocument.Parse(compact);
        using var b = JsonDocument.Parse(report.ToJson());
        Assert.Equal(b.RootElement.GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""),
            a.RootElement.GetRawText().Replace(" ", ""));
    }

    [Fact]
    public void Write_streams_the_same_utf8_without_a_bom()
    {
        using var stream = new MemoryStream();
        ReportJson.Write(stream, SeedReports.Beijing2024);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(SeedReports.Beijing2024.ToJson(), Encoding.UTF8.GetString(bytes));
        Assert.True(stream.CanWrite); // left open

        using var all = new MemoryStream();
        ReportJson.Write(all, SeedReports.All());
        Assert.Equal(ReportJson.ToJson(SeedReports.All()), Encoding.UTF8.GetString(all.ToArray()));
    }

    [Fact]
    public void Series_and_comparison_export_their_query_and_facts()
    {
        var reports = SeedReports.All();
        using var series = JsonDocument.Parse(reports.Series(StandardIndicator.Gdp, "Shijingshan").ToJson());
        Assert.Equal(new[] { "standard", "name", "kind", "targets", "region", "points" }, Names(series.RootElement));
        Assert.Equal("Gdp", series.RootElement.GetProperty("standard").GetString());
        Assert.Equal("石景山区", series.RootElement.GetProperty("region").GetString());
        var points = series.RootElement.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(new[] { "year", "reportId", "indicator" }, Names(points[0]));
        Assert.Equal(new[] { (2022, 980m), (2024, 1200m) }, points.Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("indicator").GetProperty("value").GetDecimal())));
        Assert.Equal(IndicatorProperties, Names(points[0].GetProperty("indicator")));

        using var comparison = JsonDocument.Parse(reports.Compare("地区生产总值", 2023, IndicatorKind.Growth).ToJson(indented: false));
        Assert.Equal(new[] { "standard", "name", "kind", "targets", "year", "rows" }, Names(comparison.RootElement));
        Assert.Equal(("地区生产总值", "growth", 2023), (comparison.RootElement.GetProperty("name").GetString(), comparison.RootElement.GetProperty("kind").GetString(), comparison.RootElement.GetProperty("year").GetInt32()));
        var rows = comparison.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(new[] { "region", "reportId", "indicator" }, Names(rows[0]));
        Assert.Equal(new[] { "东城区", "北京市", "西城区" }, rows.Select(r => r.GetProperty("region").GetString()));
    }

    [Fact]
    public void Whole_catalog_export_keeps_the_contract_vocabulary()
    {
        var kinds = new[] { "actual", "growth", "target", "targetGrowth", "share", "rank" };
        var qualifiers = new[] { "about", "over", "atLeast", "within", "nearly", "estimated", "range" };
        var levels = new[] { "national", "province", "municipality", "city", "district", "county", "unknown" };
        using var doc = JsonDocument.Parse(ReportCatalog.ToJson());
        var reports = doc.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.NotEmpty(reports);
        foreach (var report in reports)
        {
            Assert.Equal(ReportProperties, Names(report));
            Assert.Contains(report.GetProperty("level").GetString(), levels);
            var date = report.GetProperty("date");
            Assert.True(date.ValueKind == JsonValueKind.Null || System.DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", out _));
            AssertSections(report.GetProperty("sections"));
            foreach (var indicator in report.GetProperty("indicators").EnumerateArray())
            {
                Assert.Equal(IndicatorProperties, Names(indicator));
                Assert.Contains(indicator.GetProperty("kind").GetString(), kinds);
                Assert.All(indicator.GetProperty("qualifiers").EnumerateArray(), q => Assert.Contains(q.GetString(), qualifiers));
                var direction = indicator.GetProperty("direction");
                Assert.True(direction.ValueKind == JsonValueKind.Null || direction.GetString() is "up" or "down");
                Assert.Equal(JsonValueKind.Number, indicator.GetProperty("value").ValueKind);
            }
            Assert.All(report.GetProperty("glossary").EnumerateArray(), g => Assert.Equal(new[] { "term", "definition" }, Names(g)));
        }
    }

    private static void AssertSections(JsonElement sections)
    {
        foreach (var section in sections.EnumerateArray())
        {
            Assert.Equal(new[] { "level", "ordinal", "title", "line", "sections" }, Names(section));
            AssertSections(section.GetProperty("sections"));
        }
    }

    /// <summary>Every fact of the report appears in its JSON with the same name, value, unit, period, kind, quote and line.</summary>
    internal static void AssertHoldsEveryFact(Report report, JsonElement json)
    {
        Assert.Equal(report.Id, json.GetProperty("id").GetString());
        var exported = json.GetProperty("indicators").EnumerateArray()
            .Select(i => (i.GetProperty("name").GetString(), i.GetProperty("value").GetDecimal(), i.GetProperty("unit").GetString(),
                i.GetProperty("period").GetInt32(), i.GetProperty("kind").GetString(), i.GetProperty("quote").GetString(), i.GetProperty("line").GetInt32()))
            .ToList();
        Assert.Equal(report.Indicators.Count, exported.Count);
        foreach (var fact in report.Indicators)
        {
            var key = (fact.Name, fact.Value, fact.Unit, fact.Period, fact.Kind.ToContractName(), fact.Quote, fact.Line);
            Assert.True(exported.Remove(key), $"{report.Id}: {fact} is missing from the export");
        }
    }
}
