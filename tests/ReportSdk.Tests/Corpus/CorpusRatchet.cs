using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// The ratchet bars of <see cref="CorpusScoringTests"/>, per report (per file for paragraphs): what the code reached when
/// the bar was set. A report or file without a row is printed and not asserted (it was not found when the bars were
/// set): when it is found, add its row from the "bars now" lines the test prints. Raise a bar when the code gets better;
/// never lower one without writing down why next to it.
/// </summary>
internal static class CorpusRatchet
{
    /// <summary>Metadata per report: fields agreeing (at least).</summary>
    public static readonly Dictionary<string, int[]> Metadata = new(StringComparer.Ordinal)
    {
        ["hailaer-2013"] = new[] { 16 },
        ["hailaer-2017"] = new[] { 16 },
        ["national-1957"] = new[] { 16 },
        ["national-1981"] = new[] { 16 },
        ["national-1984"] = new[] { 16 },
        ["national-1989"] = new[] { 16 },
        ["national-2007"] = new[] { 16 },
        ["national-2010"] = new[] { 16 },
        ["national-2019"] = new[] { 16 },
        ["national-2023"] = new[] { 16 },
        ["national-2025"] = new[] { 16 },
        ["guangdong-2026"] = new[] { 16 },
        ["henan-2026"] = new[] { 16 },
        ["tianjin-2026"] = new[] { 16 },
        ["tibet-2026"] = new[] { 16 },
        ["xinjiang-2026"] = new[] { 16 },
        ["zhejiang-2026"] = new[] { 16 },
        ["hubei-2026"] = new[] { 16 },
        ["anhui-2026"] = new[] { 16 },
        ["jiangsu-2026"] = new[] { 16 },
        ["shandong-2026"] = new[] { 16 },
        ["hebei-2026"] = new[] { 16 },
        ["hunan-2026"] = new[] { 16 },
        ["hailaer-2018"] = new[] { 16 },
        ["national-2017"] = new[] { 16 },
        ["fujian-2026"] = new[] { 16 },
        ["yunnan-2026"] = new[] { 16 },
        ["national-2011"] = new[] { 16 },
        ["hailaer-2016"] = new[] { 16 },
        ["chongqing-2026"] = new[] { 16 },
        ["gansu-2026"] = new[] { 16 },
        ["guangxi-2026"] = new[] { 16 },
        ["guizhou-2026"] = new[] { 16 },
        ["heilongjiang-2026"] = new[] { 16 },
        ["jilin-2026"] = new[] { 16 },
        ["liaoning-2026"] = new[] { 16 },
        ["shaanxi-2026"] = new[] { 16 },
        ["national-1995"] = new[] { 16 },
        ["national-2005"] = new[] { 16 },
        ["national-2021"] = new[] { 16 },
        ["hailaer-2014"] = new[] { 16 },
        ["inner-mongolia-2026"] = new[] { 16 },
        ["jiangxi-2026"] = new[] { 16 },
        ["ningxia-2026"] = new[] { 16 },
        ["shanxi-2026"] = new[] { 16 },
        ["national-2013"] = new[] { 16 },
        ["national-2018"] = new[] { 16 },
        ["hailaer-2012"] = new[] { 16 },
        ["national-2000"] = new[] { 16 },
        ["national-2022"] = new[] { 16 },
        ["national-2015"] = new[] { 16 },
        ["national-2012"] = new[] { 16 },
        ["national-2008"] = new[] { 16 },
        ["national-1998"] = new[] { 16 },
        ["national-1992"] = new[] { 16 },
        ["national-2020"] = new[] { 16 },
        ["national-1979"] = new[] { 16 },
        ["national-1997"] = new[] { 16 },
        ["national-1999"] = new[] { 16 },
        ["national-2001"] = new[] { 16 },
        ["national-2002"] = new[] { 16 },
        ["national-2004"] = new[] { 16 },
        ["national-2006"] = new[] { 15 },
        ["national-2009"] = new[] { 16 },
        ["national-2014"] = new[] { 16 },
    };

    /// <summary>Headings per report: found (at least), extra (at most).</summary>
    public static readonly Dictionary<string, int[]> Headings = new(StringComparer.Ordinal)
    {
        ["hailaer-2013"] = new[] { 6, 0 },
        ["hailaer-2017"] = new[] { 15, 0 },
        ["national-1957"] = new[] { 5, 0 },
        ["national-1981"] = new[] { 2, 10 },
        ["national-1984"] = new[] { 5, 0 },
        ["national-1989"] = new[] { 8, 0 },
        ["national-2007"] = new[] { 22, 0 },
        ["national-2010"] = new[] { 14, 0 },
        ["national-2019"] = new[] { 13, 0 },
        ["national-2023"] = new[] { 20, 0 },
        ["national-2025"] = new[] { 13, 0 },
        ["guangdong-2026"] = new[] { 17, 0 },
        ["henan-2026"] = new[] { 18, 0 },
        ["tianjin-2026"] = new[] { 17, 0 },
        ["tibet-2026"] = new[] { 11, 0 },
        ["xinjiang-2026"] = new[] { 26, 0 },
        ["zhejiang-2026"] = new[] { 29, 0 },
        ["hubei-2026"] = new[] { 18, 0 },
        ["anhui-2026"] = new[] { 27, 0 },
        ["jiangsu-2026"] = new[] { 24, 0 },
        ["shandong-2026"] = new[] { 19, 0 },
        ["hebei-2026"] = new[] { 14, 0 },
        ["hunan-2026"] = new[] { 14, 0 },
        ["hailaer-2018"] = new[] { 10, 0 },
        ["national-2017"] = new[] { 12, 0 },
        ["fujian-2026"] = new[] { 31, 0 },
        ["yunnan-2026"] = new[] { 23, 1 },
        ["national-2011"] = new[] { 18, 0 },
        ["hailaer-2016"] = new[] { 15, 0 },
        ["chongqing-2026"] = new[] { 32, 0 },
        ["gansu-2026"] = new[] { 8, 0 },
        ["guangxi-2026"] = new[] { 31, 0 },
        ["guizhou-2026"] = new[] { 21, 0 },
        ["heilongjiang-2026"] = new[] { 25, 0 },
        ["jilin-2026"] = new[] { 14, 0 },
        ["liaoning-2026"] = new[] { 13, 0 },
        ["shaanxi-2026"] = new[] { 18, 0 },
        ["national-1995"] = new[] { 7, 0 },
        ["national-2005"] = new[] { 26, 0 },
        ["national-2021"] = new[] { 11, 0 },
        ["hailaer-2014"] = new[] { 11, 0 },
        ["inner-mongolia-2026"] = new[] { 19, 0 },
        ["jiangxi-2026"] = new[] { 15, 0 },
        ["ningxia-2026"] = new[] { 9, 0 },
        ["shanxi-2026"] = new[] { 22, 0 },
        ["national-2013"] = new[] { 7, 0 },
        ["national-2018"] = new[] { 21, 0 },
        ["hailaer-2012"] = new[] { 20, 0 },
        ["national-2000"] = new[] { 10, 0 },
        ["national-2022"] = new[] { 12, 0 },
        ["national-2015"] = new[] { 6, 0 },
        ["national-2012"] = new[] { 17, 0 },
        ["national-2008"] = new[] { 14, 0 },
        ["national-1998"] = new[] { 3, 0 },
        ["national-1992"] = new[] { 6, 0 },
        ["national-2020"] = new[] { 8, 0 },
        ["national-1979"] = new[] { 4, 1 },
        ["national-1997"] = new[] { 7, 0 },
        ["national-1999"] = new[] { 10, 0 },
        ["national-2001"] = new[] { 10, 0 },
        ["national-2002"] = new[] { 8, 0 },
        ["national-2004"] = new[] { 18, 0 },
        ["national-2006"] = new[] { 21, 0 },
        ["national-2009"] = new[] { 13, 0 },
        ["national-2014"] = new[] { 12, 0 },
    };

    /// <summary>
    /// Headline indicators per report: right (at least), wrong (at most), found (at least), then agreement (at least) on
    /// kind, period, qualifiers, direction, main target, measure, status, span.
    /// </summary>
    public static readonly Dictionary<string, int[]> Indicators = new(StringComparer.Ordinal)
    {
        ["hailaer-2013"] = new[] { 21, 0, 22, 22, 22, 22, 22, 22, 22, 22, 22 },
        ["hailaer-2017"] = new[] { 25, 0, 25, 25, 25, 25, 25, 25, 25, 25, 25 },
        ["national-1957"] = new[] { 14, 1, 14, 13, 13, 14, 14, 14, 14, 13, 13 },
        ["national-1981"] = new[] { 1, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8 },
        ["national-1984"] = new[] { 0, 0, 7, 7, 7, 7, 7, 7, 7, 7, 7 },
        ["national-1989"] = new[] { 0, 0, 15, 15, 15, 15, 15, 15, 15, 15, 15 },
        ["national-2007"] = new[] { 17, 0, 18, 18, 18, 18, 18, 18, 18, 18, 18 },
        ["national-2010"] = new[] { 18, 0, 18, 18, 18, 18, 18, 18, 18, 18, 18 },
        ["national-2019"] = new[] { 23, 0, 23, 23, 23, 23, 23, 23, 23, 23, 23 },
        ["national-2023"] = new[] { 23, 0, 23, 23, 23, 23, 23, 23, 23, 23, 21 },
        ["national-2025"] = new[] { 19, 0, 20, 20, 20, 20, 20, 20, 20, 20, 20 },
        ["guangdong-2026"] = new[] { 23, 0, 23, 23, 23, 23, 23, 23, 23, 23, 23 },
        ["henan-2026"] = new[] { 23, 0, 23, 23, 23, 23, 23, 23, 23, 23, 23 },
        ["tianjin-2026"] = new[] { 10, 0, 10, 10, 10, 10, 10, 10, 10, 10, 9 },
        ["tibet-2026"] = new[] { 17, 0, 17, 17, 17, 17, 17, 17, 17, 17, 17 },
        ["xinjiang-2026"] = new[] { 27, 1, 27, 27, 27, 27, 27, 27, 27, 27, 27 },
        ["zhejiang-2026"] = new[] { 15, 0, 15, 15, 15, 15, 15, 15, 15, 15, 14 },
        ["hubei-2026"] = new[] { 28, 1, 28, 28, 28, 28, 28, 28, 28, 28, 26 },
        ["anhui-2026"] = new[] { 33, 0, 33, 33, 33, 33, 33, 33, 33, 33, 32 },
        ["jiangsu-2026"] = new[] { 33, 0, 33, 33, 33, 33, 33, 33, 33, 33, 33 },
        ["shandong-2026"] = new[] { 26, 0, 26, 26, 26, 26, 26, 26, 26, 26, 22 },
        ["hebei-2026"] = new[] { 28, 0, 28, 28, 28, 28, 28, 28, 28, 28, 27 },
        ["hunan-2026"] = new[] { 31, 1, 31, 31, 30, 31, 31, 31, 31, 31, 30 },
        ["hailaer-2018"] = new[] { 30, 1, 31, 31, 31, 31, 31, 31, 31, 31, 31 },
        ["national-2017"] = new[] { 34, 0, 34, 34, 34, 32, 34, 34, 34, 34, 34 },
        ["fujian-2026"] = new[] { 27, 0, 27, 27, 27, 27, 27, 27, 27, 27, 27 },
        ["yunnan-2026"] = new[] { 28, 1, 28, 28, 28, 28, 28, 28, 28, 28, 26 },
        ["national-2011"] = new[] { 28, 1, 29, 29, 29, 29, 29, 28, 29, 29, 29 },
        ["hailaer-2016"] = new[] { 28, 0, 28, 28, 28, 28, 28, 28, 28, 28, 23 },
        ["chongqing-2026"] = new[] { 39, 0, 39, 38, 39, 38, 39, 39, 38, 39, 39 },
        ["gansu-2026"] = new[] { 40, 0, 40, 40, 40, 39, 40, 40, 40, 40, 40 },
        ["guangxi-2026"] = new[] { 39, 0, 39, 37, 37, 39, 39, 39, 39, 37, 36 },
        ["guizhou-2026"] = new[] { 38, 3, 39, 38, 39, 39, 39, 39, 38, 39, 33 },
        ["heilongjiang-2026"] = new[] { 38, 1, 40, 40, 40, 40, 40, 40, 40, 40, 40 },
        ["jilin-2026"] = new[] { 40, 0, 40, 39, 40, 40, 40, 40, 39, 40, 40 },
        ["liaoning-2026"] = new[] { 39, 0, 40, 39, 40, 40, 40, 40, 39, 40, 39 },
        ["shaanxi-2026"] = new[] { 35, 3, 37, 37, 37, 37, 37, 37, 37, 37, 32 },
        ["national-1995"] = new[] { 10, 0, 28, 27, 28, 28, 26, 28, 27, 28, 28 },
        ["national-2005"] = new[] { 38, 2, 38, 38, 38, 38, 38, 38, 38, 38, 38 },
        ["national-2021"] = new[] { 32, 8, 32, 32, 32, 32, 32, 32, 32, 32, 29 },
        ["hailaer-2014"] = new[] { 39, 1, 39, 39, 39, 39, 39, 39, 39, 39, 39 },
        ["inner-mongolia-2026"] = new[] { 40, 0, 40, 39, 40, 40, 40, 40, 39, 40, 40 },
        ["jiangxi-2026"] = new[] { 39, 0, 39, 37, 39, 38, 39, 39, 37, 39, 39 },
        ["ningxia-2026"] = new[] { 40, 0, 40, 40, 40, 40, 40, 40, 40, 40, 40 },
        ["shanxi-2026"] = new[] { 39, 0, 39, 39, 39, 39, 38, 39, 39, 39, 39 },
        ["national-2013"] = new[] { 40, 0, 40, 40, 40, 39, 40, 40, 40, 40, 39 },
        ["national-2018"] = new[] { 40, 0, 40, 40, 40, 40, 40, 40, 40, 40, 37 },
        ["hailaer-2012"] = new[] { 35, 3, 35, 35, 35, 35, 35, 35, 35, 35, 35 },
        ["national-2000"] = new[] { 18, 2, 23, 23, 23, 23, 23, 23, 23, 23, 15 },
        ["national-2022"] = new[] { 38, 2, 38, 36, 38, 37, 38, 38, 38, 36, 38 },
        ["national-2015"] = new[] { 39, 1, 39, 39, 39, 38, 39, 39, 39, 39, 39 },
        ["national-2012"] = new[] { 34, 6, 34, 34, 34, 33, 34, 34, 34, 34, 34 },
        ["national-2008"] = new[] { 35, 3, 36, 36, 36, 36, 36, 36, 36, 36, 33 },
        ["national-1998"] = new[] { 24, 5, 35, 34, 35, 34, 34, 35, 35, 34, 28 },
        ["national-1992"] = new[] { 11, 0, 23, 23, 23, 23, 22, 23, 23, 23, 23 },
        ["national-2020"] = new[] { 39, 1, 39, 30, 38, 39, 32, 35, 32, 36, 36 },
        ["national-1979"] = new[] { 24, 11, 24, 22, 24, 24, 23, 24, 23, 23, 24 },
        ["national-1997"] = new[] { 0, 0, 33, 30, 33, 33, 32, 33, 31, 32, 33 },
        ["national-1999"] = new[] { 9, 5, 11, 10, 11, 10, 11, 11, 10, 11, 11 },
        ["national-2001"] = new[] { 20, 2, 20, 20, 20, 20, 20, 20, 20, 20, 13 },
        ["national-2002"] = new[] { 0, 0, 22, 20, 22, 22, 22, 22, 22, 20, 22 },
        ["national-2004"] = new[] { 32, 5, 32, 32, 32, 32, 32, 32, 32, 32, 32 },
        ["national-2006"] = new[] { 40, 0, 40, 40, 38, 40, 40, 40, 40, 40, 38 },
        ["national-2009"] = new[] { 37, 3, 37, 37, 36, 37, 37, 37, 37, 37, 36 },
        ["national-2014"] = new[] { 38, 2, 38, 38, 38, 36, 38, 38, 38, 38, 38 },
    };

    /// <summary>Fully keyed paragraphs per file: right (at least), right with kind and period (at least), wrong (at most), key facts found (at least).</summary>
    public static readonly Dictionary<string, int[]> Paragraphs = new(StringComparer.Ordinal)
    {
        ["anhui/2026.txt"] = new[] { 15, 15, 0, 15 },
        ["beijing/beijing-dongcheng-xicheng-2024.txt"] = new[] { 10, 10, 0, 10 },
        ["beijing/mentougou-2023.txt"] = new[] { 21, 21, 0, 21 },
        ["beijing/shijingshan-2023.txt"] = new[] { 10, 10, 0, 10 },
        ["beijing/shijingshan-2025.txt"] = new[] { 28, 28, 0, 28 },
        ["beijing/xicheng-2020.txt"] = new[] { 3, 3, 0, 3 },
        ["chongqing/2026.txt"] = new[] { 24, 23, 0, 24 },
        ["fujian/2026.txt"] = new[] { 10, 10, 0, 10 },
        ["gansu/2026.txt"] = new[] { 60, 59, 4, 61 },
        ["guangdong/2026.txt"] = new[] { 21, 21, 0, 21 },
        ["guangxi/2026.txt"] = new[] { 28, 28, 0, 28 },
        ["guizhou/2026.txt"] = new[] { 32, 32, 0, 32 },
        ["hebei/2026.txt"] = new[] { 17, 17, 0, 17 },
        ["heilongjiang/2026.txt"] = new[] { 26, 26, 3, 26 },
        ["henan/2026.txt"] = new[] { 28, 28, 0, 28 },
        ["hubei/2026.txt"] = new[] { 9, 9, 0, 9 },
        ["hunan/2026.txt"] = new[] { 20, 20, 0, 20 },
        ["inner-mongolia/2026.txt"] = new[] { 21, 21, 3, 21 },
        ["inner-mongolia/hulunbuir-hailaer-2012.txt"] = new[] { 42, 42, 5, 42 },
        ["inner-mongolia/hulunbuir-hailaer-2013.txt"] = new[] { 9, 9, 0, 10 },
        ["inner-mongolia/hulunbuir-hailaer-2014.txt"] = new[] { 29, 29, 0, 29 },
        ["inner-mongolia/hulunbuir-hailaer-2016.txt"] = new[] { 13, 13, 0, 13 },
        ["inner-mongolia/hulunbuir-hailaer-2017.txt"] = new[] { 23, 23, 0, 23 },
        ["inner-mongolia/hulunbuir-hailaer-2018.txt"] = new[] { 9, 9, 0, 11 },
        ["jiangsu/2026.txt"] = new[] { 14, 14, 0, 14 },
        ["jiangxi/2026.txt"] = new[] { 31, 30, 3, 31 },
        ["jilin/2026.txt"] = new[] { 39, 39, 0, 39 },
        ["liaoning/2026.txt"] = new[] { 30, 30, 0, 30 },
        ["national/1957.txt"] = new[] { 9, 7, 1, 9 },
        ["national/1979.txt"] = new[] { 40, 37, 0, 40 },
        ["national/1981.txt"] = new[] { 12, 12, 0, 12 },
        ["national/1984.txt"] = new[] { 7, 7, 0, 7 },
        ["national/1989.txt"] = new[] { 25, 25, 1, 25 },
        ["national/1992.txt"] = new[] { 26, 26, 2, 26 },
        ["national/1995.txt"] = new[] { 31, 26, 0, 31 },
        ["national/1997.txt"] = new[] { 26, 23, 0, 26 },
        ["national/1998.txt"] = new[] { 24, 23, 0, 24 },
        ["national/1999.txt"] = new[] { 7, 5, 3, 8 },
        ["national/2000.txt"] = new[] { 25, 24, 0, 27 },
        ["national/2001.txt"] = new[] { 19, 19, 0, 19 },
        ["national/2002.txt"] = new[] { 21, 18, 0, 21 },
        ["national/2004.txt"] = new[] { 19, 19, 1, 19 },
        ["national/2005.txt"] = new[] { 27, 26, 0, 27 },
        ["national/2006.txt"] = new[] { 22, 19, 0, 22 },
        ["national/2007.txt"] = new[] { 20, 19, 0, 20 },
        ["national/2008.txt"] = new[] { 21, 20, 0, 21 },
        ["national/2009.txt"] = new[] { 22, 21, 1, 22 },
        ["national/2010.txt"] = new[] { 21, 21, 0, 21 },
        ["national/2011.txt"] = new[] { 7, 7, 0, 7 },
        ["national/2012.txt"] = new[] { 23, 23, 0, 23 },
        ["national/2013.txt"] = new[] { 24, 24, 0, 24 },
        ["national/2014.txt"] = new[] { 20, 20, 1, 20 },
        ["national/2015.txt"] = new[] { 34, 34, 1, 35 },
        ["national/2017.txt"] = new[] { 12, 11, 0, 12 },
        ["national/2018.txt"] = new[] { 30, 29, 1, 30 },
        ["national/2019.txt"] = new[] { 27, 27, 0, 27 },
        ["national/2020.txt"] = new[] { 19, 18, 0, 19 },
        ["national/2021.txt"] = new[] { 21, 19, 0, 22 },
        ["national/2022.txt"] = new[] { 22, 22, 0, 22 },
        ["national/2023.txt"] = new[] { 25, 22, 0, 25 },
        ["national/2025.txt"] = new[] { 27, 27, 0, 27 },
        ["ningxia/2026.txt"] = new[] { 39, 39, 2, 39 },
        ["shaanxi/2026.txt"] = new[] { 19, 19, 0, 20 },
        ["shandong/2026.txt"] = new[] { 16, 16, 0, 16 },
        ["shanxi/2026.txt"] = new[] { 18, 17, 1, 18 },
        ["tianjin/2026.txt"] = new[] { 10, 10, 0, 10 },
        ["tibet/2026.txt"] = new[] { 14, 14, 0, 14 },
        ["xinjiang/2026.txt"] = new[] { 21, 21, 0, 21 },
        ["yunnan/2026.txt"] = new[] { 11, 11, 0, 11 },
        ["zhejiang/2026.txt"] = new[] { 14, 14, 0, 14 },
    };
}

/// <summary>Compares counts with the ratchet rows and collects what fell below (or rose above) its bar.</summary>
internal sealed class RatchetCheck
{
    private readonly List<string> _broken = new();
    private readonly StringBuilder _now = new();

    /// <summary>Checks one report's counts; <paramref name="higherIsBetter"/> says per position whether the bar is a floor or a ceiling.</summary>
    public void Add(string id, int[] counts, IReadOnlyDictionary<string, int[]> bars, bool[] higherIsBetter)
    {
        _now.AppendLine($"        [\"{id}\"] = new[] {{ {string.Join(", ", counts)} }},");
        if (!bars.TryGetValue(id, out var bar))
        {
            _broken.Add($"(no bar yet for {id}: not asserted)");
            return;
        }
        for (int i = 0; i < bar.Length && i < counts.Length; i++)
        {
            bool held = higherIsBetter[i] ? counts[i] >= bar[i] : counts[i] <= bar[i];
            if (!held) _broken.Add($"{id}: count {i} is {counts[i]}, the ratchet is {bar[i]} ({(higherIsBetter[i] ? "at least" : "at most")})");
        }
    }

    public string Report(string what) => $"{what} bars now (paste into CorpusRatchet to raise them):\n{_now}\n{string.Join("\n", _broken)}";

    public void AssertHeld()
    {
        var broken = _broken.Where(b => !b.StartsWith("(", StringComparison.Ordinal)).ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }
}
