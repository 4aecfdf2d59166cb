using System.Text;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Folds the traditional characters the metadata and member-name rules match on to their simplified forms (1950s
/// texts write 全國人民代表大會第一次會議, 報告, 總理, 那麽, 還有). Only for matching: quotes and names keep the text as
/// written.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "國會議屆報們經濟劃發農業財區縣務員總長書記這來過時間資產與為號條當現實於對華萬億歲約據題將從構關開閉聽討論憲並幾個辦計變進運動戰線勞糧鋼鐵電噸畝額達強設規歷麽還";
    private const string Simplified = "国会议届报们经济划发农业财区县务员总长书记这来过时间资产与为号条当现实于对华万亿岁约据题将从构关开闭听讨论宪并几个办计变进运动战线劳粮钢铁电吨亩额达强设规历么还";

    // The simplified form of each traditional character, indexed from the lowest one ('\0': no fold); a lookup per
    // character of every paragraph, so an array rather than a dictionary.
    private static readonly char Lowest = Min(Traditional);
    private static readonly char[] Map = Build();

    /// <summary>The text with every known traditional character replaced; the same string when there is none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static string Fold(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            int k = text[i] - Lowest;
            if ((uint)k >= (uint)Map.Length || Map[k] == '\0') continue;
            char simple = Map[k];
            sb ??= new StringBuilder(text);
            sb[i] = simple;
        }
        return sb?.ToString() ?? text;
    }

    private static char[] Build()
    {
        char highest = '\0';
        foreach (char c in Traditional) if (c > highest) highest = c;
        var map = new char[highest - Lowest + 1];
        for (int i = 0; i < Traditional.Length; i++)
        {
            if (Traditional[i] != Simplified[i]) map[Traditional[i] - Lowest] = Simplified[i];
        }
        return map;
    }

    private static char Min(string chars)
    {
        char lowest = char.MaxValue;
        foreach (char c in chars) if (c < lowest) lowest = c;
        return lowest;
    }
}
