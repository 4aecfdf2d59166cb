using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Generator.Parsing;
using Level = ReportSdk.Generator.Vocabulary.RegionLevel;
using Xunit;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// Every text in seeds/ (but the second copy in seeds/duplicates) yields exactly the reports it holds, each with its
/// region, level, GB/T 2260 code, delivered and review years. The expected values are read by hand from the texts and
/// seeds/SOURCES.md, not from the parser.
/// </summary>
public class CorpusMetadataTests(ITestOutputHelper output)
{
    private sealed record Expected(string Region, Level Level, string Code, int Delivered, int Review);

    private static Expected R(string region, Level level, string code, int delivered, int review) => new(region, level, code, delivered, review);

    private static Expected N(int delivered, int review) => new("全国", Level.National, "", delivered, review);

    private static readonly Dictionary<string, Expected[]> Files = new()
    {
        ["beijing/beijing-dongcheng-xicheng-2024.txt"] = new[] { R("北京市", Level.Municipality, "110000", 2024, 2023), R("东城区", Level.District, "110101", 2024, 2023), R("西城区", Level.District, "110102", 2024, 2023) },
        ["beijing/mentougou-2023.txt"] = new[] { R("门头沟区", Level.District, "110109", 2023, 2022) },
        ["beijing/shijingshan-2023.txt"] = new[] { R("石景山区", Level.District, "110107", 2023, 2022) },
        ["beijing/shijingshan-2025.txt"] = new[] { R("石景山区", Level.District, "110107", 2025, 2024) },
        ["beijing/xicheng-2020.txt"] = new[] { R("西城区", Level.District, "110102", 2020, 2019) },
        ["anhui/2026.txt"] = new[] { R("安徽省", Level.Province, "340000", 2026, 2025) },
        ["chongqing/2026.txt"] = new[] { R("重庆市", Level.Municipality, "500000", 2026, 2025) },
        ["fujian/2026.txt"] = new[] { R("福建省", Level.Province, "350000", 2026, 2025) },
        ["gansu/2026.txt"] = new[] { R("甘肃省", Level.Province, "620000", 2026, 2025) },
        ["guangdong/2026.txt"] = new[] { R("广东省", Level.Province, "440000", 2026, 2025) },
        ["guangxi/2026.txt"] = new[] { R("广西壮族自治区", Level.Province, "450000", 2026, 2025) },
        ["guizhou/2026.txt"] = new[] { R("贵州省", Level.Province, "520000", 2026, 2025) },
        ["hebei/2026.txt"] = new[] { R("河北省", Level.Province, "130000", 2026, 2025) },
        ["heilongjiang/2026.txt"] = new[] { R("黑龙江省", Level.Province, "230000", 2026, 2025) },
        ["henan/2026.txt"] = new[] { R("河南省", Level.Province, "410000", 2026, 2025) },
        ["hubei/2026.txt"] = new[] { R("湖北省", Level.Province, "420000", 2026, 2025) },
        ["hunan/2026.txt"] = new[] { R("湖南省", Level.Province, "430000", 2026, 2025) },
        ["inner-mongolia/2026.txt"] = new[] { R("内蒙古自治区", Level.Province, "150000", 2026, 2025) },
        ["jiangsu/2026.txt"] = new[] { R("江苏省", Level.Province, "320000", 2026, 2025) },
        ["jiangxi/2026.txt"] = new[] { R("江西省", Level.Province, "360000", 2026, 2025) },
        ["jilin/2026.txt"] = new[] { R("吉林省", Level.Province, "220000", 2026, 2025) },
        ["liaoning/2026.txt"] = new[] { R("辽宁省", Level.Province, "210000", 2026, 2025) },
        ["ningxia/2026.txt"] = new[] { R("宁夏回族自治区", Level.Province, "640000", 2026, 2025) },
        ["shaanxi/2026.txt"] = new[] { R("陕西省", Level.Province, "610000", 2026, 2025) },
        ["shandong/2026.txt"] = new[] { R("山东省", Level.Province, "370000", 2026, 2025) },
        ["shanxi/2026.txt"] = new[] { R("山西省", Level.Province, "140000", 2026, 2025) },
        ["tianjin/2026.txt"] = new[] { R("天津市", Level.Municipality, "120000", 2026, 2025) },
        ["tibet/2026.txt"] = new[] { R("西藏自治区", Level.Province, "540000", 2026, 2025) },
        ["xinjiang/2026.txt"] = new[] { R("新疆维吾尔自治区", Level.Province, "650000", 2026, 2025) },
        ["yunnan/2026.txt"] = new[] { R("云南省", Level.Province, "530000", 2026, 2025) },
        ["zhejiang/2026.txt"] = new[] { R("浙江省", Level.Province, "330000", 2026, 2025) },
        ["inner-mongolia/hulunbuir-hailaer-2012.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2012, 2011) },
        ["inner-mongolia/hulunbuir-hailaer-2013.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2013, 2012) },
        ["inner-mongolia/hulunbuir-hailaer-2014.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2014, 2013) },
        ["inner-mongolia/hulunbuir-hailaer-2016.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2016, 2015) },
        ["inner-mongolia/hulunbuir-hailaer-2017.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2017, 2016) },
        ["inner-mongolia/hulunbuir-hailaer-2018.txt"] = new[] { R("海拉尔区", Level.District, "150702", 2018, 2017) },
        ["national/1954.txt"] = new[] { N(1954, 1953) },
        ["national/1957.txt"] = new[] { N(1957, 1956) },
        ["national/1959.txt"] = new[] { N(1959, 1958) },
        ["national/1975.txt"] = new[] { N(1975, 1974) },
        ["national/1978.txt"] = new[] { N(1978, 1977) },
        ["national/1979.txt"] = new[] { N(1979, 1978) },
        ["national/1981.txt"] = new[] { N(1981, 1981) },  // delivered at the year's end: 今年…预计 / 一九八二年预计
        ["national/1982.txt"] = new[] { N(1982, 1982) },  // delivered at the year's end: 今年…预计 / 一九八二年预计
        ["national/1983.txt"] = new[] { N(1983, 1982) },
        ["national/1984.txt"] = new[] { N(1984, 1983) },
        ["national/1986.txt"] = new[] { N(1986, 1985) },
        ["national/1987.txt"] = new[] { N(1987, 1986) },
        ["national/1988.txt"] = new[] { N(1988, 1987) },
        ["national/1989.txt"] = new[] { N(1989, 1988) },
        ["national/1990.txt"] = new[] { N(1990, 1989) },
        ["national/1992.txt"] = new[] { N(1992, 1991) },
        ["national/1993.txt"] = new[] { N(1993, 1992) },
        ["national/1994.txt"] = new[] { N(1994, 1993) },
        ["national/1995.txt"] = new[] { N(1995, 1994) },
        ["national/1996.txt"] = new[] { N(1996, 1995) },
        ["national/1997.txt"] = new[] { N(1997, 1996) },
        ["national/1998.txt"] = new[] { N(1998, 1997) },
        ["national/1999.txt"] = new[] { N(1999, 1998) },
        ["national/2000.txt"] = new[] { N(2000, 1999) },
        ["national/2001.txt"] = new[] { N(2001, 2000) },
        ["national/2002.txt"] = new[] { N(2002, 2001) },
        ["national/2004.txt"] = new[] { N(2004, 2003) },
        ["national/2005.txt"] = new[] { N(2005, 2004) },
        ["national/2006.txt"] = new[] { N(2006, 2005) },
        ["national/2007.txt"] = new[] { N(2007, 2006) },
        ["national/2008.txt"] = new[] { N(2008, 2007) },
        ["national/2009.txt"] = new[] { N(2009, 2008) },
        ["national/2010.txt"] = new[] { N(2010, 2009) },
        ["national/2011.txt"] = new[] { N(2011, 2010) },
        ["national/2012.txt"] = new[] { N(2012, 2011) },
        ["national/2013.txt"] = new[] { N(2013, 2012) },
        ["national/2014.txt"] = new[] { N(2014, 2013) },
        ["national/2015.txt"] = new[] { N(2015, 2014) },
        ["national/2017.txt"] = new[] { N(2017, 2016) },
        ["national/2018.txt"] = new[] { N(2018, 2017) },
        ["national/2019.txt"] = new[] { N(2019, 2018) },
        ["national/2020.txt"] = new[] { N(2020, 2019) },
        ["national/2021.txt"] = new[] { N(2021, 2020) },
        ["national/2022.txt"] = new[] { N(2022, 2021) },
        ["national/2023.txt"] = new[] { N(2023, 2022) },
        ["national/2025.txt"] = new[] { N(2025, 2024) },
    };

    // Diagnostics that would fail a build with TreatWarningsAsErrors (RSDK004 cut-off and RSDK007 are informational).
    // RSDK021 (metadata not read) is informational but would mean a rule missed a corpus form.
    private static readonly string[] Warnings = { "RSDK001", "RSDK002", "RSDK003", "RSDK005", "RSDK008", "RSDK009", "RSDK020", "RSDK021" };

    [Fact]
    public void The_second_copy_of_a_national_report_is_a_duplicate_with_RSDK005()
    {
        string Read(string file) => File.ReadAllText(Path.Combine(TestData.SeedsDir, file));
        var run = Generator.DriverRun.Start(new[]
        {
            Generator.GeneratorHarness.Text("/r/national/2022.txt", Read("national/2022.txt")),
            Generator.GeneratorHarness.Text("/r/duplicates/national-2022-second-copy-crlf.txt", Read("duplicates/national-2022-second-copy-crlf.txt")),
        });

        var duplicate = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RSDK005");
        Assert.Contains("national-2022", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Single(run.Sources.Keys, k => k.Contains("national-2022", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources.Values, s => s.Contains("public static partial class National", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_lists_every_corpus_file()
    {
        var files = TestData.AllSeedFiles.Where(f => !f.StartsWith("duplicates/", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(files.OrderBy(f => f, System.StringComparer.Ordinal), Files.Keys.OrderBy(f => f, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Every_file_yields_its_reports_with_region_code_and_years()
    {
        var failures = new List<string>();
        foreach (var (file, expected) in Files.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            var parsed = ReportParser.Parse(file, File.ReadAllText(Path.Combine(TestData.SeedsDir, file)));
            var reports = parsed.Reports.ToArray();
            foreach (var r in reports)
            {
                string parents = string.Join(" > ", r.Parents.Select(p => p.Name));
                output.WriteLine($"{file}: {r.Id} {r.Region} ({r.Level}, {r.DivisionCode}{(parents.Length > 0 ? ", in " + parents : "")}) delivered {r.DeliveredYear} {r.Date} review {r.ReviewStartYear}{(r.ReviewStartYear != null ? "–" : "")}{r.ReviewYear} plan {r.PlanYear} speaker {r.SpeakerTitle} {r.Speaker}");
            }
            var warnings = parsed.Diagnostics.Where(d => Warnings.Contains(d.Id)).Select(d => d.Id).ToArray();
            if (warnings.Length > 0) failures.Add($"{file}: {string.Join(",", warnings)}");
            if (reports.Length != expected.Length)
            {
                failures.Add($"{file}: {reports.Length} reports, expected {expected.Length}");
                continue;
            }
            for (int i = 0; i < expected.Length; i++)
            {
                var e = expected[i];
                var got = new Expected(reports[i].Region, reports[i].Level, reports[i].DivisionCode ?? "", reports[i].DeliveredYear, reports[i].ReviewYear ?? 0);
                if (got != e) failures.Add($"{file}: got {got}, expected {e}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
