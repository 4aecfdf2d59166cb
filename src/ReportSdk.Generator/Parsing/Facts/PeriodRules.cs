using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>The years a figure covers, first and last (equal for one year).</summary>
internal readonly record struct YearSpan(int Start, int End)
{
    public bool IsRange => End != Start;
}

/// <summary>
/// The periods of figures: the review year or plan year by default, and the spans the text names — a five-year plan
/// (“十四五”时期 → 2021–2025, 第六个五年计划 → 1981–1985), years written out (2011—2015年), the past (过去五年, 五年来,
/// 近3年年均 → the N years up to the review year) or the future (今后五年 → the N years from the plan year).
/// </summary>
internal static class PeriodRules
{
    private const string Count = "(?<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})";

    // Each pattern names how its years are found: explicit (a, b), a five-year plan (plan / ordinal), past or future N years.
    internal static readonly Regex Explicit = new(@"(?<a>(?:19|20)[0-9]{2})年?(?:-|至|到)(?<b>(?:19|20)[0-9]{2})年", RegexOptions.CultureInvariant);
    // A plan's name is a period where it frames figures (“十四五”时期，“十四五”以来, “十四五”年均), not where it names the plan (对接“十四五”规划).
    private const string PlanFrame = "(?:时期|期间|(?<since>以来)|末|年均|累计|,|:)";
    internal static readonly Regex QuotedPlan = new(@"""(?<p>十?[一二三四五六七八九]?)五""(?:规划|计划)?" + PlanFrame, RegexOptions.CultureInvariant);
    internal static readonly Regex NamedPlan = new(@"(?<![〇零一二两三四五六七八九十百千万])(?<p>十[一二三四五六七八九]?|[一二三四六七八九])五(?:规划|计划)?" + PlanFrame, RegexOptions.CultureInvariant);
    internal static readonly Regex OrdinalPlan = new(@"第(?<o>[一二三四五六七八九十]{1,3})个五年(?:计划|规划)" + PlanFrame, RegexOptions.CultureInvariant);
    internal static readonly Regex Past = new(@"(?:(?:过去|近|这|最近|的)" + Count + "年(?:来|以来|间|里|中)?|(?<![0-9])" + Count.Replace("<n>", "<m>") + "年(?:来|以来|间))", RegexOptions.CultureInvariant);
    internal static readonly Regex ThisAndNextYear = new("今明两年", RegexOptions.CultureInvariant);
    internal static readonly Regex Future = new(@"(?:今后|未来|后)" + Count + "年", RegexOptions.CultureInvariant);
    internal static readonly Regex Bare = new(@"(?<!连续|第|近|过去|这|今后|未来|[0-9])" + Count + "年(?:年均|平均|累计|合计|共|增长|增加|提高|下降|新增)", RegexOptions.CultureInvariant);

    /// <summary>One year that closes any span carried from before (过去一年, 今年, 2025年，).</summary>
    private static readonly Regex OneYearOpener = new(@"^(?:(?:刚刚)?过去的?一年|一年来|今年|去年|(?:19|20)[0-9]{2}年)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Words inside a sentence that name one year (1956年, 一九五七年, 今年, 去年) or bring it back to the part's year
    /// (全年, 当年), never a year that is part of a range or the base of a comparison (比1955年, 同1978年相比,
    /// 在1988年水平的基础上; 比去年 dates the figure to this year).
    /// </summary>
    private static readonly Regex OneYearInside = new(
        @"(?<word>(?:刚刚)?过去的?一年|一年来|(?<than>[比较与同])?今年|全年|当年|(?<than>[比较与同])?去年|明年)|(?<![比较0-9-])(?<!等[于於])(?<y>(?:19|20)[0-9]{2}|[一二三四五六七八九〇○零]{4})年(?![0-9]|-|至|到|水平|基础|同期|的水平|的基础|远景目标|相比)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// What <see cref="CountedYears"/> found: a count of years, one right before a word of the bare spans, one in the
    /// shape of the past spans.
    /// </summary>
    [System.Flags]
    internal enum Counted { None = 0, Some = 1, BeforeBareWord = 2, PastShape = 4 }

    /// <summary>
    /// Whether some 年 follows a count of years (3年, 12年, 五年, 两年; not the year 2024年): the past, future and bare
    /// spans (过去五年, 今后两年, 近3年年均, 今明两年) all hold one; the bare ones right before 年均, 平均, 累计, 合计, 共,
    /// 增长, 增加, 提高, 下降 or 新增, the past ones after 过去, 近, 这, 最近 or 的 or before 来, 以来 or 间.
    /// </summary>
    internal static Counted CountedYears(string piece)
    {
        var found = Counted.None;
        for (int i = piece.IndexOf('年', 1); i > 0; i = i + 1 < piece.Length ? piece.IndexOf('年', i + 1) : -1)
        {
            int digits = 0;
            while (digits < 3 && i - digits - 1 >= 0 && piece[i - digits - 1] is >= '0' and <= '9') digits++;
            // Where the count can start: after its one or two digits, or its last one or two Chinese numerals.
            int start;
            if (digits is 1 or 2) start = i - digits;
            else if (CountNumerals.IndexOf(piece[i - 1]) >= 0) start = i - 1;
            else continue;
            found |= Counted.Some;
            char next = i + 1 < piece.Length ? piece[i + 1] : '\0';
            if (BareWordStarts.IndexOf(next) >= 0) found |= Counted.BeforeBareWord;
            bool twoNumerals = digits == 0 && start >= 1 && CountNumerals.IndexOf(piece[start - 1]) >= 0;
            if (next is '来' or '以' or '间' || AfterPastWord(piece, start) || (twoNumerals && AfterPastWord(piece, start - 1)))
                found |= Counted.PastShape;
        }
        return found;
    }

    private static bool AfterPastWord(string piece, int count) => count >= 1 && "去近这的".IndexOf(piece[count - 1]) >= 0;

    private const string CountNumerals = "一二两三四五六七八九十";
    private const string BareWordStarts = "年平累合共增提下新";

    /// <summary>True when some 五 follows the numeral of a plan's name (十四五, 九五, 十五五): <see cref="NamedPlan"/> needs one.</summary>
    internal static bool HasPlanNumeral(string piece)
    {
        for (int i = piece.IndexOf('五', 1); i > 0; i = i + 1 < piece.Length ? piece.IndexOf('五', i + 1) : -1)
        {
            if ("十一二三四五六七八九".IndexOf(piece[i - 1]) >= 0) return true;
        }
        return false;
    }

    /// <summary>True when the piece holds a digit and a link of a range (-, 至, 到): years written out (2011-2015年) hold both.</summary>
    internal static bool HasDigitAndLink(string piece)
    {
        bool digit = false, link = false;
        foreach (char c in piece)
        {
            if (c >= '0' && c <= '9') digit = true;
            else if (c == '-' || c == '至' || c == '到') link = true;
            if (digit && link) return true;
        }
        return false;
    }

    /// <summary>The default period of a part: the review year for results, the plan year for the plan.</summary>
    public static int DefaultYear(ReportPart part, FactContext context) =>
        FactKinds.DefaultPeriod(context.DeliveredYear, context.ReviewYear, context.PlanYear, part == ReportPart.Plan);

    /// <summary>The years of the five-year plan with this ordinal (1: 1953–1957, 2: 1958–1962, 3: 1966–1970 … 14: 2021–2025).</summary>
    public static YearSpan? FiveYearPlan(long ordinal) => ordinal switch
    {
        1 => new YearSpan(1953, 1957),
        2 => new YearSpan(1958, 1962),
        >= 3 and <= 30 => new YearSpan(1966 + 5 * ((int)ordinal - 3), 1970 + 5 * ((int)ordinal - 3)),
        _ => null,
    };

    /// <summary>
    /// Every span named in [start, end), ordered by where its words end (offsets in <paramref name="text"/>); with
    /// <paramref name="resets"/>, also the words of one year (今年, 2024年) as null spans.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static List<(int End, YearSpan? Span)> Spans(string text, int start, int end, ReportPart part, FactContext context, bool resets)
    {
        var found = new List<(int End, YearSpan? Span)>();
        if (end <= start) return found;
        // Every pattern holds 年 except the plan names, which hold 五: most pieces hold neither and need no regex.
        bool years = text.IndexOf('年', start, end - start) >= 0, plans = text.IndexOf('五', start, end - start) >= 0;
        if (!years && !plans) return found;
        string piece = text.Substring(start, end - start);
        int review = DefaultYear(ReportPart.Review, context);
        int plan = DefaultYear(ReportPart.Plan, context);
        void Take(Match m, YearSpan? span)
        {
            if (span is YearSpan s && s.IsRange) found.Add((start + m.Index + m.Length, s));
        }

        // Cheap tests of what each pattern cannot match without, so most pieces run only the patterns they can match.
        var counted = years ? CountedYears(piece) : Counted.None;
        bool namedPlan = plans && HasPlanNumeral(piece);
        if (years && HasDigitAndLink(piece))
        {
            foreach (Match m in Explicit.Matches(piece))
            {
                int a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
                int b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (b > a && b - a <= 15) Take(m, new YearSpan(a, b));
            }
        }
        if (plans)
        {
            foreach (Match m in QuotedPlan.Matches(piece)) Take(m, Plan(m, m.Groups["p"].Value, review));
            if (namedPlan)
            {
                foreach (Match m in NamedPlan.Matches(piece)) Take(m, Plan(m, m.Groups["p"].Value, review));
            }
        }
        if (years)
        {
            if (piece.IndexOf("个五年", System.StringComparison.Ordinal) >= 0)
            {
                foreach (Match m in OrdinalPlan.Matches(piece))
                {
                    if (ChineseNumerals.TryParse(m.Groups["o"].Value, out long o)) Take(m, Since(m, FiveYearPlan(o), review));
                }
            }
            if (counted != Counted.None)
            {
                if ((counted & Counted.PastShape) != 0)
                {
                    foreach (Match m in Past.Matches(piece))
                    {
                        int n = Years(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["m"].Value);
                        if (n >= 2) Take(m, new YearSpan(review - n + 1, review));
                    }
                }
                if (piece.IndexOf('后') >= 0 || piece.IndexOf("未来", System.StringComparison.Ordinal) >= 0)
                {
                    foreach (Match m in Future.Matches(piece))
                    {
                        int n = Years(m.Groups["n"].Value);
                        if (n >= 2) Take(m, new YearSpan(plan, plan + n - 1));
                    }
                }
                // 今明两年: the plan year and the next.
                foreach (Match m in ThisAndNextYear.Matches(piece)) Take(m, new YearSpan(plan, plan + 1));
                if ((counted & Counted.BeforeBareWord) != 0)
                {
                    foreach (Match m in Bare.Matches(piece))
                    {
                        int n = Years(m.Groups["n"].Value);
                        if (n >= 2 && n <= 10) Take(m, part == ReportPart.Plan ? new YearSpan(plan, plan + n - 1) : new YearSpan(review - n + 1, review));
                    }
                }
            }
            if (resets)
            {
                foreach (Match m in OneYearInside.Matches(piece)) found.Add((start + m.Index + m.Length, OneYear(m, review, plan, context)));
            }
        }
        // At the same place a range wins over one year (2011年至2015年).
        found.Sort((x, y) => x.End != y.End ? x.End.CompareTo(y.End) : (x.Span?.IsRange ?? false).CompareTo(y.Span?.IsRange ?? false));
        return found;
    }

    // 由2020年的7.2%提升至7.4%, 从2020年的10.5万元提高到, 由去年的1076亿元增加到, 由一九七八年的百分之三十六点五调整到: a
    // year that dates the baseline of a change, up to the verb of the change.
    private static readonly Regex DatedBaseline = new(
        @"[由从](?<year>(?:19|20)[0-9]{2}年|[一二][〇○零一二三四五六七八九]{3}年|今年|去年|上年)(?:预计)?的?[^,:;。；！？!?]{1,14}?(?:提升|提高|增加|增长|上升|扩大|下降|降低|减少|缩小|调整|调高|调低|增|升|降)(?:到|至)",
        RegexOptions.CultureInvariant);

    /// <summary>比“十三五”, 较十三五规划: a five-year plan that is the base of a comparison (the period word follows).</summary>
    internal const string ComparedPlan = @"[比较]""?十?[一二三四五六七八九]?五""?(?:规划|计划)?";

    // 比“十三五”时期增长78.9%, 较“十三五”末的9323.1亿元: a plan period that is the base of a comparison.
    private static readonly Regex ComparedPeriod = new(ComparedPlan + "(?:时期|期间|期末|末)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The year words that date only the baseline of a change (由2020年的7.2%提升至7.4%): where each year word ends and
    /// where the change's verb ends, after which the year no longer dates the values. A plan period that is the base
    /// of a comparison (比“十三五”时期增长78.9%) dates only the value stated right after it (较“十三五”末的9323.1亿元).
    /// </summary>
    public static List<(int YearEnd, int Until)> DatedBaselines(string text, int start, int end)
    {
        var dated = new List<(int, int)>();
        if (end <= start) return dated;
        bool years = text.IndexOf('年', start, end - start) >= 0, plans = text.IndexOf('五', start, end - start) >= 0;
        if (!years && !plans) return dated;
        string piece = text.Substring(start, end - start);
        if (years)
        {
            foreach (Match m in DatedBaseline.Matches(piece))
            {
                var year = m.Groups["year"];
                dated.Add((start + year.Index + year.Length, start + m.Index + m.Length));
            }
        }
        if (plans)
        {
            foreach (Match m in ComparedPeriod.Matches(piece))
            {
                int periodEnd = start + m.Index + m.Length;
                dated.Add((periodEnd, periodEnd + (periodEnd < text.Length && text[periodEnd] == '的' ? 2 : 1)));
            }
        }
        return dated;
    }

    /// <summary>
    /// The year of the last comparison with a year's level before <paramref name="at"/>: 比2002年 or 较2020年 in the
    /// value's piece (from <paramref name="pieceStart"/>), or 同1978年相比 anywhere before it in the sentence (from
    /// <paramref name="sentenceStart"/>: 1986年同1978年相比，国民生产总值…增长102%); null when there is none.
    /// </summary>
    public static int? ComparedYearIn(string text, int sentenceStart, int pieceStart, int at)
    {
        int? year = null;
        for (int i = sentenceStart; i + 6 <= at; i++)
        {
            char c = text[i];
            if (i >= pieceStart && (c == '比' || c == '较') && ReportYears.YearAt(text, i + 1) is int y) year = y;
            else if (ComparisonFrameYearAt(text, i) is int z) year = z;
        }
        return year;
    }

    /// <summary>The year of 同1978年相比 (与, 和, 跟) written at <paramref name="i"/>, else null.</summary>
    public static int? ComparisonFrameYearAt(string text, int i) =>
        text[i] is '同' or '与' or '和' or '跟' && ReportYears.YearAt(text, i + 1) is int year && TextMatch.At(text, i + 6, "相比") ? year : null;

    /// <summary>The year of 比一九五二年的 or 较2020年的 right before <paramref name="at"/>, or null.</summary>
    public static int? ComparedYearBefore(string text, int start, int at)
    {
        int y = at - 6;
        if (y - 1 < start || text[at - 1] != '的' || (text[y - 1] != '比' && text[y - 1] != '较')) return null;
        return ReportYears.YearAt(text, y);
    }

    private static readonly string[] ElapsedParts = { "今年第一季度", "今年一季度", "今年1-2月", "今年1至2月", "今年前两个月", "今年以来", "今年头两个月" };

    /// <summary>今年第一季度, 今年以来: words before a value that name the part of this year already gone.</summary>
    public static bool NamesElapsedPartOfYear(string text, int start, int at)
    {
        foreach (var words in ElapsedParts)
        {
            if (TextMatch.Contains(text, start, at, words)) return true;
        }
        return false;
    }

    /// <summary>The year a one-year word names, or null for the part's own year (全年, 当年, 明年).</summary>
    private static YearSpan? OneYear(Match m, int review, int plan, FactContext context)
    {
        if (m.Groups["word"].Success)
        {
            // 今年 and 去年 count from the year the report is given (a report given at the year's end, 1981, says 今年 of
            // the year it reviews); 比去年增加2700亿元 is this year's figure, compared with last year's.
            int delivered = context.DeliveredYear > 0 ? context.DeliveredYear : plan;
            // 比去年, 与去年同期相比: this year's figure; 比今年增长 (a plan at the year's end): the next year's.
            if (m.Groups["than"].Success) return m.Groups["word"].Value.EndsWith("今年", StringComparison.Ordinal) ? new YearSpan(delivered + 1, delivered + 1) : new YearSpan(delivered, delivered);
            return m.Groups["word"].Value switch
            {
                "今年" => new YearSpan(delivered, delivered),
                "去年" => new YearSpan(delivered - 1, delivered - 1),
                "一年来" => new YearSpan(review, review),
                var past when past.EndsWith("一年", StringComparison.Ordinal) => new YearSpan(review, review), // (刚刚)过去(的)一年
                _ => null,
            };
        }
        string y = m.Groups["y"].Value;
        int year = y[0] >= '0' && y[0] <= '9' ? int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumerals.TryParse(y, out long v) ? (int)v : 0;
        return year >= 1949 && year <= context.DeliveredYear + 15 ? new YearSpan(year, year) : null;
    }

    private static readonly Regex PastYearOpener = new(@"^(?:(?:刚刚)?过去的?一年|一年来|去年)", RegexOptions.CultureInvariant);

    private static readonly Regex PastSpanOpener = new(@"^(?:过去|这|近)" + Count + "年(?:来|以来|间|里|中)?[,:]", RegexOptions.CultureInvariant);

    /// <summary>The years a text opening on the past years (过去五年，这五年，近三年来，) names, ending with the review year, else null.</summary>
    public static YearSpan? PastSpanOpening(string text, int start, FactContext context)
    {
        if (start >= text.Length || !(text[start] is '过' or '这' or '近')) return null;
        var m = PastSpanOpener.Match(text.Substring(start, Math.Min(12, text.Length - start)));
        int n = m.Success ? Years(m.Groups["n"].Value) : 0;
        int review = DefaultYear(ReportPart.Review, context);
        return n >= 2 && n <= 10 ? new YearSpan(review - n + 1, review) : null;
    }

    /// <summary>True when a piece of text opens on the year just past (过去一年, 一年来, 去年).</summary>
    public static bool OpensOnPastYear(string text, int start) =>
        start < text.Length && PastYearOpener.IsMatch(text.Substring(start, Math.Min(12, text.Length - start)));

    /// <summary>
    /// Where a sentence at <paramref name="start"/> opens on one year (see <see cref="OpensOnOneYear"/>), also after a
    /// short frame without figures (各位代表，过去一年…; 在经济领域，过去一年里…), or -1.
    /// </summary>
    public static int OneYearOpening(string text, int start)
    {
        if (OpensOnOneYear(text, start)) return start;
        int i = start;
        while (i < text.Length && i - start <= 8 && !ClauseSplitter.IsSegmentEnd(text[i]) && !(text[i] >= '0' && text[i] <= '9')) i++;
        bool frame = i < text.Length && text[i] == ',' && i - start >= 2 && i - start <= 8;
        return frame && OpensOnOneYear(text, i + 1) ? i + 1 : -1;
    }

    /// <summary>True when a piece of text opens on one year (过去一年, 今年, 2025年): a span carried from before ends there.</summary>
    public static bool OpensOnOneYear(string text, int start) =>
        start < text.Length && OneYearOpener.IsMatch(text.Substring(start, Math.Min(12, text.Length - start)));

    private static YearSpan? Plan(Match m, string numeral, int review)
    {
        // 十五 is the tenth plan, 十四五 the fourteenth, 九五 the ninth.
        long ordinal = numeral.Length == 0 ? 0 : numeral == "十" ? 10 : ChineseNumerals.TryParse(numeral, out long o) ? o : 0;
        return ordinal == 0 ? null : Since(m, FiveYearPlan(ordinal), review);
    }

    /// <summary>“十四五”以来 in a 2024 report: from the plan's first year to the review year.</summary>
    private static YearSpan? Since(Match m, YearSpan? span, int review) =>
        span is YearSpan s && m.Groups["since"].Success && review >= s.Start && review < s.End ? new YearSpan(s.Start, review) : span;

    /// <summary>A count of years written in digits or Chinese numerals (5, 五, 十一), or 0.</summary>
    internal static int Years(string n)
    {
        if (n.Length > 0 && n[0] >= '0' && n[0] <= '9')
            return int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) ? d : 0;
        return ChineseNumerals.TryParse(n, out long v) && v <= 100 ? (int)v : 0;
    }

    /// <summary>
    /// The period of a value at <paramref name="at"/>: the last span its sentence names before it, else the span
    /// carried from the paragraph or section, else the part's year. A level, share or rank under a span is where the
    /// span ended (国内生产总值增加到121万亿元 is the last year's figure) unless a cumulative word makes it a sum.
    /// </summary>
    public static YearSpan Period(string text, Clause clause, int segmentStart, int at, Measure measure, ReportPart part, FactContext context, YearSpan? span)
    {
        int year = DefaultYear(part, context);
        // 五年全社会固定资产投资完成26000亿元: a count of years opening the figure's own words sums them (when nothing
        // else says which years: up to the review year, or from the plan year: 三年安排450亿元).
        int count = YearCountOpening(text, segmentStart, at);
        if (span is not YearSpan s)
        {
            // 居民人均可支配收入年均增长6.6% in a report that reviews five years: an average over the years reviewed.
            // (PM2.5年均浓度 is a measure that is an average by nature, not a mean over the years.)
            int mean = at - segmentStart >= 2 ? text.IndexOf("年均", segmentStart, at - segmentStart, StringComparison.Ordinal) : -1;
            if (count < 2 && measure == Measure.Change && part == ReportPart.Review && context.ReviewStartYear is int first && first < year
                && mean >= 0 && !NamesLevelAverage(text, mean + 2, at)) return new YearSpan(first, year);
            if (count < 2) return new YearSpan(year, year);
            return part == ReportPart.Plan ? new YearSpan(year, year + count - 1) : new YearSpan(year - count + 1, year);
        }
        if (measure == Measure.Change) return s;
        foreach (var word in FactLexicon.CumulativeWords)
        {
            int w = at - segmentStart >= word.Length ? text.IndexOf(word, segmentStart, at - segmentStart, StringComparison.Ordinal) : -1;
            // 平均受教育年限, PM2.5年均浓度: an average that is the measure itself names a level, not a mean over the span
            // (年均煤炭产量 is one).
            if (w >= 0 && !(word is "平均" or "年均" && NamesLevelAverage(text, w + word.Length, at))) return s;
        }
        // 城镇调查失业率控制在5.5%以内 under the five years planned, 粮食产量稳定在800亿斤以上 under the five years
        // reviewed: a level held in every year of the span.
        foreach (var word in FactLexicon.HeldLevelWords)
        {
            if (TextMatch.Contains(text, segmentStart, at, word)) return s;
        }
        return count > 1 ? s : new YearSpan(s.End, s.End);
    }

    /// <summary>
    /// True when a word of a yearly mean (年均, 平均每年) stands between <paramref name="start"/> and <paramref name="at"/>
    /// and names a mean over years, not a measure that is an average by nature (PM2.5年均浓度).
    /// </summary>
    internal static bool NamesMeanOverYears(string text, int start, int at)
    {
        foreach (var word in FactLexicon.MeanWords)
        {
            int w = at - start >= word.Length ? text.IndexOf(word, start, at - start, StringComparison.Ordinal) : -1;
            if (w >= 0 && !NamesLevelAverage(text, w + word.Length, at)) return true;
        }
        return false;
    }

    /// <summary>True when a measure that is an average by nature (受教育年限, 浓度) follows at <paramref name="i"/>.</summary>
    private static bool NamesLevelAverage(string text, int i, int at)
    {
        foreach (var measure in FactLexicon.AverageMeasures)
        {
            if (TextMatch.Contains(text, i, Math.Min(at, i + measure.Length + 1), measure)) return true;
        }
        return false;
    }

    /// <summary>
    /// 五年, 十年 opening the words between <paramref name="start"/> and <paramref name="at"/> (not 五年来, 五年间, a
    /// year, nor 九年义务教育): the count of years, else 0.
    /// </summary>
    private static int YearCountOpening(string text, int start, int at)
    {
        int i = start;
        while (i < at && i - start < 2 && ChineseNumerals.IsNumeralChar(text[i])) i++;
        if (i == start || i + 1 >= at || text[i] != '年' || text[i + 1] < 0x4E00 || "来以间中内里度底末初义一".IndexOf(text[i + 1]) >= 0) return 0;
        return Years(text.Substring(start, i - start)) is int n && n >= 2 && n <= 20 ? n : 0;
    }

    /// <summary>
    /// The status of a figure: a period that ended by the review year reports the past (actual, also in the plan
    /// part); one that starts after it is planned (a target, also in the review part); otherwise the plan part states
    /// targets, and a 预计 marks an estimate.
    /// </summary>
    public static FactStatus Status(ReportPart part, YearSpan? span, Qualifiers qualifiers, FactContext context)
    {
        int review = DefaultYear(ReportPart.Review, context);
        bool past = span is YearSpan s && s.End <= review;
        bool future = span is YearSpan f && f.Start > review;
        if ((part == ReportPart.Plan && !past) || future) return FactStatus.Target;
        return (qualifiers & Qualifiers.Estimated) != 0 ? FactStatus.Estimated : FactStatus.Actual;
    }
}
