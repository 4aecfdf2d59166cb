using System.Collections.Generic;
using System.Text;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Folds the traditional characters the metadata rules match on to their simplified forms (1950s texts write
/// 全國人民代表大會第一次會議, 報告, 總理). Only for matching: quotes keep the text as written.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "國會議屆報們經濟劃發農業財區縣務員總長書記這來過時間資產與為號條當現實於對華萬億歲約據題將從構關開閉聽討論憲並幾個辦計變進運動戰線勞糧鋼鐵電噸畝額達強設規歷";
    private const string Simplified = "国会议届报们经济划发农业财区县务员总长书记这来过时间资产与为号条当现实于对华万亿岁约据题将从构关开闭听讨论宪并几个办计变进运动战线劳粮钢铁电吨亩额达强设规历";

    private static readonly Dictionary<char, char> Map = Build();

    /// <summary>The text with every known traditional character replaced; the same string when there is none.</summary>
    public static string Fold(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (!Map.TryGetValue(text[i], out char simple)) continue;
            sb ??= new StringBuilder(text);
            sb[i] = simple;
        }
        return sb?.ToString() ?? text;
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (int i = 0; i < Traditional.Length; i++)
        {
            if (Traditional[i] != Simplified[i]) map[Traditional[i]] = Simplified[i];
        }
        return map;
    }
}
