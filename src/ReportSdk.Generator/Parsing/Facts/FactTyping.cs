using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Types a named value — measure, status, direction, qualifiers, period, standard key — into a fact of its clause.</summary>
internal static class FactTyping
{
    /// <summary>
    /// Adds the fact of <paramref name="value"/>: <paramref name="piece"/> is what the words before it say (for a
    /// 分别 list, the words before its first value) and <paramref name="segmentStart"/> where that piece starts.
    /// </summary>
    public static void Add(ClauseReading reading, NamedValue value, PieceReading piece, int segmentStart)
    {
        var token = value.Token;
        var figure = reading.Figure;
        var input = figure.Input;
        var clause = reading.Clause;
        string text = reading.Text;
        var qualifiers = piece.Qualifiers | token.After;
        foreach (var (s, e) in reading.Estimated)
        {
            if (token.Start >= s && token.Start < e) qualifiers |= Qualifiers.Estimated;
        }
        // 力争…以上 is a floor the plan commits to, not a figure already passed.
        if ((qualifiers & Qualifiers.Over) != 0 && (token.After & Qualifiers.Over) != 0
            && TextMatch.Contains(text, segmentStart, token.Start, "力争"))
        {
            qualifiers = (qualifiers & ~Qualifiers.Over) | Qualifiers.AtLeast;
        }

        var name = value.Indicator;
        // 提升 656 公里公交专用道使用效率: the verb acts on the noun after the value; the value is no rate. (增加6万亿元
        // 地方专项债务限额: money by which a fund after it grows is its change.)
        var rateDirection = name.After && !MoneyOfFund(name.Name, token.Unit) ? null : piece.Direction;
        var measure = name.Share && piece.Direction is null
            ? Measure.Share
            : MeasureRules.Measure(name.Name, token.Unit, rateDirection);
        // 居民消费价格总水平上涨幅度控制在2%左右: a name that ends on a rate of rise or fall says the direction.
        Direction? direction = measure == Measure.Change ? rateDirection ?? FactLexicon.RateNameDirection(name.Name) : null;
        var span = figure.SpanBefore(clause, token.Start);
        // 比一九五二年的五万八千人, 较2020年的: the value compared with is that year's.
        if (PeriodRules.ComparedYearBefore(text, segmentStart, token.Start) is int compared && compared <= PeriodRules.DefaultYear(ReportPart.Review, figure.Context))
            span = new YearSpan(compared, compared);
        var period = PeriodRules.Period(text, clause, segmentStart, token.Start, measure, input.Part, figure.Context, span);
        // 2007年…比2002年增长65.5%: a change over the level of a year before the last is over the years since (2003–2007).
        if (measure == Measure.Change && !period.IsRange && PeriodRules.ComparedYearIn(text, clause.SentenceStart, segmentStart, token.Start) is int since
            && since < period.End - 1) period = new YearSpan(since + 1, period.End);
        var status = PeriodRules.Status(input.Part, span, qualifiers, figure.Context);
        // 今年第一季度，工业生产又比去年同期增长12%: the part of the year already gone is a result, not a target.
        if (status == FactStatus.Target && !period.IsRange && period.End == figure.Context.DeliveredYear
            && PeriodRules.NamesElapsedPartOfYear(text, clause.SentenceStart, token.Start))
        {
            status = (qualifiers & Qualifiers.Estimated) != 0 ? FactStatus.Estimated : FactStatus.Actual;
        }
        // 对俄进出口增速高于全国8.4个百分点, 增长5%、高于全国0.3个百分点: a gap to the wider area, labelled with it; no
        // standard figure (it is not the growth itself).
        if (piece.GapEnd >= 0 && !name.After)
        {
            string label = piece.HasName && piece.GapEnd > piece.NameStart
                ? figure.Compact.NameText(piece.NameStart, piece.GapEnd)
                : name.Name + figure.Compact.NameText(piece.GapStart, piece.GapEnd);
            name = name with { Label = label, Adjusted = true };
            value = value with { Indicator = name };
        }
        StandardIndicator? standard = name.Adjusted ? null : StandardIndicatorMatcher.Match(name.Name, measure, token.Unit);
        // A five-year goal (“十五五”时期主要目标是：年均增长5%) is no plan-year main target.
        int mainTargetStart = reading.MainTargetStart;
        bool main = mainTargetStart >= 0 && token.Start >= mainTargetStart && !period.IsRange && status == FactStatus.Target;
        AddFact(reading, value, standard, measure, status, direction, qualifiers, period, main);
    }

    /// <summary>
    /// 从2020年的3.68万亿元增长到…: the value a change started from, the level (or share) it had in
    /// <paramref name="year"/>; <paramref name="hedge"/> is what stands before it (约, 近).
    /// </summary>
    public static void AddBaseline(ClauseReading reading, NamedValue value, Qualifiers hedge, int year)
    {
        var token = value.Token;
        var name = value.Indicator;
        if (year > PeriodRules.DefaultYear(ReportPart.Review, reading.Figure.Context)) return;
        // 排名从第369位提升至…: a place in a ranking.
        var measure = token.Unit is "位" or "名" ? Measure.Rank : name.Share ? Measure.Share : MeasureRules.Measure(name.Name, token.Unit, null);
        StandardIndicator? standard = name.Adjusted ? null : StandardIndicatorMatcher.Match(name.Name, measure, token.Unit);
        AddFact(reading, value, standard, measure, FactStatus.Actual, null, hedge | token.After, new YearSpan(year, year), false);
    }

    private static void AddFact(ClauseReading reading, NamedValue value, StandardIndicator? standard, Measure measure, FactStatus status,
        Direction? direction, Qualifiers qualifiers, YearSpan period, bool main)
    {
        var token = value.Token;
        var input = reading.Figure.Input;
        int line = input.Paragraph.LineAt(reading.Figure.Compact.SourceOffset(token.Start));
        reading.Facts.Add((token.Start, new FactModel(
            value.Indicator.Name,
            value.Indicator.Label,
            standard,
            token.Value,
            token.ValueHigh,
            token.ValueText,
            token.Unit,
            measure,
            status,
            direction,
            qualifiers,
            period.Start,
            period.End,
            main,
            reading.Quote,
            line,
            input.SectionTitle)));
    }

    /// <summary>True when a sum of money counts a fund (资金, 限额 …) named after it.</summary>
    private static bool MoneyOfFund(string name, string unit) =>
        Units.TrySplit(unit, out _, out string baseUnit) && baseUnit == "元" && TextMatch.EndingOf(name, FactLexicon.FundNouns) is not null;
}
