namespace ReportSdk.Tests.Facts;

using System.Linq;
using CsCheck;
using ReportSdk.Generator.Parsing.Facts;
using Xunit;

/// <summary>
/// <see cref="PeriodRules"/> runs each span pattern only on pieces that hold what the pattern cannot match without (a
/// count before 年, 后 or 未来, a plan's numeral before 五 …). The tests are sound only if they never turn away a piece
/// the pattern matches: held here over pieces built from the patterns' own words, where matches are common.
/// </summary>
public class PeriodPrefilterTests
{
    private static readonly string[] Words =
    {
        "过去", "近", "这", "最近", "的", "今后", "未来", "后", "年", "年均", "平均", "累计", "合计", "共", "增长", "增加", "提高",
        "下降", "新增", "来", "以来", "间", "里", "中", "五", "十", "十四", "九", "两", "三", "一九五七", "个五年", "第", "六", "计划",
        "规划", "时期", "期间", "末", ",", ":", "\"", "2011", "2015", "20", "3", "12", "123", "-", "至", "到", "今明两年", "连续",
        "经济", "政", "〇", "零",
    };

    private static readonly Gen<string> Piece = Gen.OneOf(Words).Array[1, 10].Select(w => string.Concat(w));

    [Fact]
    public void No_prefilter_turns_away_a_piece_its_pattern_matches()
    {
        int matched = 0;
        Piece.Sample(piece =>
        {
            var counted = PeriodRules.CountedYears(piece);
            if (PeriodRules.Past.IsMatch(piece)) { matched++; Assert.True(counted.HasFlag(PeriodRules.Counted.PastShape), piece); }
            if (PeriodRules.Future.IsMatch(piece))
            {
                matched++;
                Assert.NotEqual(PeriodRules.Counted.None, counted);
                Assert.True(piece.Contains('后') || piece.Contains("未来"), piece);
            }
            if (PeriodRules.ThisAndNextYear.IsMatch(piece)) { matched++; Assert.NotEqual(PeriodRules.Counted.None, counted); }
            if (PeriodRules.Bare.IsMatch(piece)) { matched++; Assert.True(counted.HasFlag(PeriodRules.Counted.BeforeBareWord), piece); }
            if (PeriodRules.NamedPlan.IsMatch(piece)) { matched++; Assert.True(PeriodRules.HasPlanNumeral(piece), piece); }
            if (PeriodRules.Explicit.IsMatch(piece)) { matched++; Assert.True(PeriodRules.HasDigitAndLink(piece), piece); }
            if (PeriodRules.OrdinalPlan.IsMatch(piece)) { matched++; Assert.Contains("个五年", piece); }
        }, iter: 50_000, threads: 1);
        // The pieces reach the patterns: thousands of matches, so the implications above were tested, not skipped.
        Assert.True(matched > 5_000, $"only {matched} matches");
    }

    [Fact]
    public void A_count_of_years_is_one_or_two_digits_or_a_chinese_count_before_nian()
    {
        Assert.Equal(PeriodRules.Counted.Some | PeriodRules.Counted.PastShape, PeriodRules.CountedYears("过去五年，地区生产总值年均增长6%"));
        Assert.Equal(PeriodRules.Counted.Some | PeriodRules.Counted.PastShape, PeriodRules.CountedYears("这十五年间"));
        Assert.Equal(PeriodRules.Counted.Some | PeriodRules.Counted.BeforeBareWord | PeriodRules.Counted.PastShape, PeriodRules.CountedYears("近3年年均增长"));
        Assert.Equal(PeriodRules.Counted.Some, PeriodRules.CountedYears("今明两年"));
        Assert.Equal(PeriodRules.Counted.Some, PeriodRules.CountedYears("今后五年"));
        Assert.Equal(PeriodRules.Counted.None, PeriodRules.CountedYears("2024年地区生产总值"));
        Assert.Equal(PeriodRules.Counted.None, PeriodRules.CountedYears("123年来"));
    }
}
