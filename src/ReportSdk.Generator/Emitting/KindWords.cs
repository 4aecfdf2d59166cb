using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Emitting;

/// <summary>
/// The word a hover and a member name give what a fact is. A change is a rate (增速) only when its unit is one of a
/// rate (增长5%, 提高2个百分点, 增长两倍); a change in money, people or things is an amount: 增量 when it rose
/// (中央财政用于三农的支出比上年增加422亿元 → 中央财政用于三农的支出目标增量), 减量 when it fell (中央财政赤字比上年减少50亿元
/// → 中央财政赤字目标减量). Every other kind keeps its word (实际, 目标, 比重, 排名).
/// </summary>
internal static class KindWords
{
    /// <summary>
    /// True for a change stated as an amount (增加422亿元, 减少5个) rather than a rate: a unit that is none of
    /// <see cref="Units.Rates"/> (%, 个百分点, ‰, 倍 …) and not empty (a fraction, 1/3).
    /// </summary>
    public static bool IsAmountOfChange(FactModel fact)
        => fact.Measure == Measure.Change && fact.Unit.Length > 0 && !Units.IsRate(fact.Unit);

    /// <summary>增速, 目标增速, 增量, 目标减量, 实际, 目标, 比重, 排名.</summary>
    public static string Of(FactModel fact)
    {
        if (!IsAmountOfChange(fact)) return FactKinds.KindText(fact.Kind);
        string amount = fact.Direction == Direction.Down ? "减量" : "增量";
        return fact.Status == FactStatus.Target ? "目标" + amount : amount;
    }
}
