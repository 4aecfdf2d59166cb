namespace ReportSdk.Tests.Runtime;

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generated;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Tests.Gold;
using Xunit;
using Fixture = ReportSdk.Tests.Generator.Fixture;
using G = ReportSdk.Generator.Vocabulary;

/// <summary>
/// The runtime's table decoder reads back exactly what the emitter's table writer wrote: every fact, section,
/// paragraph and glossary entry of the fixture and of every bundled seed report, parsed by the real parser.
/// </summary>
public class ReportTablesTests
{
    public static IEnumerable<object[]> SeedFiles => TestData.SeedFiles.Select(f => new object[] { System.IO.Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_reports_decode_to_their_models(string file)
    {
        var parsed = ReportParser.Parse(TestData.SeedPath(file), TestData.Seed(file));
        // As many reports as the gold key lists for the file (the compendium holds three).
        Assert.Equal(GoldKey.Rows("reports.jsonl").Count(r => r.Str("file") == TestData.GoldName(file)), parsed.Reports.Count);
        foreach (var model in parsed.Reports) AssertRoundTrip(model);
    }

    [Fact]
    public void Assign_sets_each_member_to_the_fact_of_its_row_and_counts_them()
    {
        var model = Fixture.Shijingshan2023();
        var facts = Data(model).Facts();
        Indicator? a = null, b = null, c = null, d = null, e = null, f = null, g = null, h = null, single = null;
        int set = ReportTables.Assign(facts, 4, ref a, 3, ref b, 2, ref c, 1, ref d, 0, ref e, 0, ref f, 1, ref g, 2, ref h)
            + ReportTables.Assign(facts, 3, ref single);
        Assert.Equal(9, set);
        Assert.Equal(new[] { facts[4], facts[3], facts[2], facts[1], facts[0], facts[0], facts[1], facts[2], facts[3] }, new[] { a, b, c, d, e, f, g, h, single });
        Assert.Same(facts[4], a);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTables.Assign(facts, facts.Count, ref single));
    }

    [Fact]
    public void AssignSections_sets_each_member_to_the_section_at_its_outline_position()
    {
        // Outline: each level-1 section, then its subsections (S1, S1_1, …, S2, …), the order the members are declared in.
        static Section Make(int level, string title, params Section[] subsections)
            => new(level, 1, string.Empty, title, 1, default, Array.Empty<Paragraph>(), subsections);
        var s1 = Make(1, "一", Make(2, "一.1"), Make(2, "一.2"));
        var s2 = Make(1, "二");
        var s3 = Make(1, "三", Make(2, "三.1"), Make(2, "三.2"), Make(2, "三.3"));
        var sections = new[] { s1, s2, s3 };
        Section? a = null, b = null, c = null, d = null, e = null, f = null, g = null, h = null, single = null;
        int set = ReportTables.AssignSections(sections, 0, ref a, ref b, ref c, ref d, ref e, ref f, ref g, ref h)
            + ReportTables.AssignSections(sections, 5, ref single);
        Assert.Equal(9, set);
        Assert.Equal(new[] { "一", "一.1", "一.2", "二", "三", "三.1", "三.2", "三.3" }, new[] { a, b, c, d, e, f, g, h }.Select(x => x!.Title));
        Assert.Same(s1.Sections[1], c);
        Assert.Same(s3, e);
        Assert.Same(s3.Sections[0], single);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTables.AssignSections(sections, 8, ref single));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTables.AssignSections(sections, -1, ref single));
    }

    [Fact]
    public void Fixture_report_decodes_to_its_model()
    {
        AssertRoundTrip(Fixture.Shijingshan2023());
    }

    [Fact]
    public void Each_distinct_string_and_decimal_is_stored_once_and_scales_are_kept()
    {
        var model = Fixture.Shijingshan2023();
        var (text, table) = Tables(model);
        Assert.Equal(model.Facts[1].Quote, model.Facts[0].Quote); // facts 0 and 1 come from the same clause
        int strings = table[G.ReportTableLayout.HeaderStrings], decimals = table[G.ReportTableLayout.HeaderDecimals];
        int row0 = G.ReportTableLayout.FactsStart(strings, decimals), row1 = row0 + G.ReportTableLayout.FactStride;
        Assert.Equal(table[row0 + G.ReportTableLayout.FactQuote], table[row1 + G.ReportTableLayout.FactQuote]);
        Assert.Equal(table[row0 + G.ReportTableLayout.FactName], table[row1 + G.ReportTableLayout.FactName]);
        var distinct = model.Facts.SelectMany(f => new[] { f.Name, f.Unit, f.Quote, f.Section })
            .Concat(model.Glossary.SelectMany(g => new[] { g.Term, g.Definition })).Distinct().Count();
        Assert.True(strings <= distinct + 16, $"{strings} strings for {distinct} distinct fact and glossary strings");
        // Decimals by their bits: 5.0 and 5 would be two entries; the fixture's five values are all different.
        Assert.Equal(model.Facts.Select(f => f.Value).Distinct().Count(), decimals);

        var data = new ReportData(model.Id, text, ReportTableWriter.Encode(table));
        Assert.Same(data.Fact(0).Quote, data.Fact(0).Quote); // decoded once
        Assert.Equal(data.Fact(0).Quote, data.Fact(1).Quote); // from the one stored string
        var five = data.Fact(4);
        Assert.Equal("5.0", five.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)); // 5.0 ≠ 5 as written
    }

    [Fact]
    public void Facts_are_built_once_on_first_access_and_shared_with_the_list()
    {
        var model = Fixture.Shijingshan2023();
        var data = Data(model);
        Assert.False(data.AnyDecoded);
        var third = data.Fact(2);
        Assert.Equal(new[] { false, false, true, false, false }, Decoded(data, model));
        Assert.Same(third, data.Fact(2));
        var all = data.Facts();
        Assert.Same(third, all[2]);
        Assert.Equal(Enumerable.Range(0, all.Count).Select(data.Fact), all); // the list shares the cached instances
        Assert.Equal(all.Count, data.DecodedFacts);
    }

    [Fact]
    public void A_table_report_reads_its_data_the_same_from_either_table_form_and_shares_each_fact()
    {
        var model = Fixture.Shijingshan2023();
        var (text, ints) = Tables(model);
        var info = new ReportInfo(model.Id, model.Region, null, RegionLevel.District, 2023, 2022, 2023, null, null, null, null, model.Title,
            new SourceRef("shijingshan.txt", 1, 120, new string('0', 64), "test"), true);
        var fromChars = new ReportData(model.Id, text, ReportTableWriter.Encode(ints));
        var fromInts = new ReportData(model.Id, text, ints.ToArray().AsSpan());
        foreach (var data in new[] { fromChars, fromInts })
        {
            var report = new TableReport(info, data);
            Assert.False(data.AnyDecoded);                 // creating the report decodes nothing
            Assert.Equal("重大项目支撑加力", report.Sections[0].Sections[0].Sections[0].Title);
            Assert.False(data.AnyDecoded);
            var third = data.Fact(2);
            Assert.Equal(1, data.DecodedFacts);
            Assert.Equal(new[] { 2m, 4.5m, 5.0m }, report.FactsOf(StandardIndicator.GdpGrowth).Select(f => f.Value));
            Assert.Equal(4, data.DecodedFacts);            // and the three growth facts only
            Assert.Same(third, report.Indicators[2]);     // one object per row, whoever asks first
            Assert.Same(report.Indicators, report.Indicators);
            Assert.Equal(model.Facts.Count, data.DecodedFacts);
            Assert.Equal("“两区”建设", report.Glossary.Single().Term);
        }
        Assert.Equal(new TableReport(info, fromChars).Indicators.Select(f => (f.Name, f.Value, f.Unit, f.Quote)),
            new TableReport(info, fromInts).Indicators.Select(f => (f.Name, f.Value, f.Unit, f.Quote)));
        Assert.Throws<ArgumentNullException>(() => new TableReport(info, null!));
        Assert.Throws<ArgumentNullException>(() => new ReportData(model.Id, null!, "x"));
    }

    [Fact]
    public void Threads_racing_on_a_new_table_report_all_get_the_same_objects()
    {
        var model = Fixture.Shijingshan2023();
        var (text, ints) = Tables(model);
        var table = ReportTableWriter.Encode(ints);
        var info = new ReportInfo(model.Id, model.Region, null, RegionLevel.District, 2023, 2022, 2023, null, null, null, null, model.Title,
            new SourceRef("shijingshan.txt", 1, 120, new string('0', 64), "test"), true);
        const int threads = 4;
        for (int round = 0; round < 200; round++)
        {
            var data = new ReportData(model.Id, text, table);
            var report = new TableReport(info, data);
            var seen = new object[threads][];
            using var start = new System.Threading.Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(t => new System.Threading.Thread(() =>
            {
                start.SignalAndWait();
                // Half the threads ask for one fact first, half for the whole list: both paths fill the same cache.
                var fact = t % 2 == 0 ? data.Fact(2) : report.Indicators[2];
                seen[t] = new object[] { fact, report.Indicators, report.Indicators[0], report.Sections, report.Glossary, data.Fact(4) };
            })).ToArray();
            foreach (var w in workers) w.Start();
            foreach (var w in workers) w.Join();
            for (int t = 1; t < threads; t++)
            {
                for (int k = 0; k < seen[0].Length; k++) Assert.Same(seen[0][k], seen[t][k]);
            }
        }
    }

    [Fact]
    public void Facts_of_a_standard_indicator_are_those_of_the_list_and_only_they_are_built()
    {
        var model = Fixture.Shijingshan2023();
        var data = Data(model);
        var growth = data.FactsOf(StandardIndicator.GdpGrowth);
        Assert.Equal(new[] { 2m, 4.5m, 5.0m }, growth.Select(f => f.Value));
        Assert.Equal(new[] { false, true, false, true, true }, Decoded(data, model)); // the others stay unbuilt
        var all = data.Facts();
        Assert.Equal(all.Where(f => f.Standard == StandardIndicator.GdpGrowth), growth); // same instances, text order
        Assert.Same(all[1], growth[0]);
        Assert.Empty(data.FactsOf(StandardIndicator.RetailSales));
    }

    [Fact]
    public void Bundled_reports_answer_FactsOf_from_their_tables_as_the_full_list_would()
    {
        foreach (var report in ReportCatalog.Sets.Single(s => s.Name == "ReportSdk.Reports").Reports)
        {
            foreach (var indicator in new[] { StandardIndicator.Gdp, StandardIndicator.GdpGrowth, StandardIndicator.GeneralBudgetRevenue })
            {
                Assert.Equal(report.Indicators.Where(f => f.Standard == indicator), report.FactsOf(indicator));
            }
        }
    }

    [Fact]
    public void Ranges_nulls_and_lone_surrogates_survive_the_tables()
    {
        var fixture = Fixture.Shijingshan2023();
        var range = Fixture.Fact("企业", null, 80m, "家", G.IndicatorKind.Actual, 2022, "新增企业80-100家", 30, G.Qualifiers.Range, high: 100.00m);
        var hostile = Fixture.Fact(Fixture.Hostile, null, -2.5m, "%", G.IndicatorKind.Growth, 2022, "a\uDC00b\uD800", 31, direction: G.Direction.Down, section: Fixture.Hostile);
        var model = fixture with { Facts = new[] { range, hostile }.ToEquatableArray() };
        var facts = Data(model).Facts();

        Assert.Equal(100.00m, facts[0].ValueHigh);
        Assert.Equal("100.00", facts[0].ValueHigh!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(facts[0].Section);
        Assert.Null(facts[0].Direction);
        Assert.Null(facts[1].ValueHigh);
        Assert.Equal(-2.5m, facts[1].Value);
        Assert.Equal(ReportSdk.Direction.Down, facts[1].Direction);
        Assert.Equal("a\uDC00b\uD800", facts[1].Quote); // a string literal keeps even lone surrogates (escaped)
        Assert.Equal(Fixture.Hostile, facts[1].Name);
    }

    [Fact]
    public void A_table_of_another_layout_version_is_refused_with_a_clear_message()
    {
        var model = Fixture.Shijingshan2023();
        var (text, table) = Tables(model);
        table[0]++;
        var data = new ReportData(model.Id, text, ReportTableWriter.Encode(table));
        var error = Assert.Throws<InvalidOperationException>(() => data.Fact(0));
        Assert.Contains("layout version 4", error.Message);
        Assert.Throws<InvalidOperationException>(() => data.Sections());
        Assert.Throws<InvalidOperationException>(() => data.FactsOf(StandardIndicator.Gdp));
        Assert.Throws<InvalidOperationException>(() => new ReportData(model.Id, text, string.Empty).Glossary());
    }

    private static (string Text, int[] Table) Tables(ReportModel model)
    {
        var writer = ReportTableWriter.For(model, default);
        return (writer.Text, writer.Table());
    }

    /// <summary>The data of a report as generated code holds it: its strings and its table as a string literal.</summary>
    private static ReportData Data(ReportModel model)
    {
        var (text, table) = Tables(model);
        return new ReportData(model.Id, text, ReportTableWriter.Encode(table));
    }

    private static bool[] Decoded(ReportData data, ReportModel model) => Enumerable.Range(0, model.Facts.Count).Select(data.IsDecoded).ToArray();

    private static void AssertRoundTrip(ReportModel model)
    {
        var data = Data(model);
        var facts = data.Facts();
        Assert.Equal(model.Facts.Count, facts.Count);
        for (int i = 0; i < facts.Count; i++)
        {
            var (f, m) = (facts[i], model.Facts[i]);
            Assert.Equal(model.Id, f.ReportId);
            Assert.Equal(m.Name, f.Name);
            Assert.Equal(m.Standard?.ToString(), f.Standard?.ToString());
            Assert.Equal(m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(m.ValueHigh, f.ValueHigh);
            Assert.Equal(m.Unit, f.Unit);
            ReportSdk.Generator.Vocabulary.Units.TrySplit(m.Unit, out var factor, out var baseUnit);
            Assert.Equal((factor, baseUnit), (f.Quantity.Factor, f.Quantity.BaseUnit));
            Assert.Equal(m.Kind.ToString(), f.Kind.ToString());
            Assert.Equal(m.Direction?.ToString(), f.Direction?.ToString());
            Assert.Equal(m.Qualifiers.ToString(), f.Qualifiers.ToString());
            Assert.Equal((m.Period, m.IsSpan, m.MainTarget, m.Quote, m.Line, m.Section), (f.Period, f.IsSpan, f.MainTarget, f.Quote, f.Line, f.Section));
        }

        AssertSections(model.Sections, data.Sections());

        var glossary = data.Glossary();
        Assert.Equal(model.Glossary.Select(g => (g.Number, g.Term, g.Definition, g.Line)), glossary.Select(g => (g.Number, g.Term, g.Definition, g.Line)));
    }

    private static void AssertSections(EquatableArray<SectionModel> expected, IReadOnlyList<Section> actual)
    {
        // Iterative, like the decoder: deep trees must not overflow the test's stack either.
        var pending = new Stack<(EquatableArray<SectionModel>, IReadOnlyList<Section>)>();
        pending.Push((expected, actual));
        while (pending.Count > 0)
        {
            var (models, sections) = pending.Pop();
            Assert.Equal(models.Count, sections.Count);
            for (int i = 0; i < models.Count; i++)
            {
                var (m, s) = (models[i], sections[i]);
                Assert.Equal((m.Level, m.Ordinal, m.Marker, m.Title, m.Line, m.Style.ToString()), (s.Level, s.Ordinal, s.Marker, s.Title, s.Line, s.Style.ToString()));
                Assert.Equal(m.Paragraphs.Select(p => (p.Text, p.Line)), s.Paragraphs.Select(p => (p.Text, p.Line)));
                pending.Push((m.Children, s.Sections));
            }
        }
    }
}
