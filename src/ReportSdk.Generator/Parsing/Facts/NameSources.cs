using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// Which name a value takes: from the piece before it, the noun after it (新建 1000 张养老家庭照护床位), the figure it
/// qualifies (同比增长 2%).
/// </summary>
internal static class NameSources
{
    /// <summary>
    /// The name of the value at <paramref name="site"/>, or null when nothing names it; <paramref name="usedEnd"/> is
    /// where the text it read ends (past the noun after the value when that names it).
    /// </summary>
    internal static IndicatorName? NameFrom(ClauseReading reading, ValueSite site, out int usedEnd)
    {
        var compact = reading.Compact;
        string text = compact.Text;
        var piece = site.Piece;
        var token = site.Token;
        var next = site.Next;
        usedEnd = token.End;
        int nameEnd = NameEnd(text, piece);
        string before = piece.HasName ? compact.NameText(piece.NameStart, nameEnd) : string.Empty;
        if (OfFigureBefore(reading.Previous, before, site.Parenthetical, token.Unit) is IndicatorName qualified) return qualified;

        // The noun after the value names it when nothing before does (新建 1000 张养老家庭照护床位; 人形机器人等 30 余项支持政策).
        int segmentEnd = ClauseSplitter.SegmentEnd(text, token.End, reading.Clause.End);
        if (next is not null && next.Start < segmentEnd) segmentEnd = next.Start;
        // Another value follows in the segment: the noun after this one ends at the list mark before it
        // (玉门 40 吨以上金矿、平凉 7 亿吨级…: 金矿).
        int nounEnd = next is not null && segmentEnd == next.Start ? ListMarkOrEnd(text, token.End, segmentEnd) : segmentEnd;
        string after = FollowingNoun(compact, token.End, nounEnd, out string wholeAfter);
        // 总投资30亿元的红星美凯龙城市商贸综合体项目, 组建总规模1000亿元的…投资引导基金: a size said of the thing after
        // 的 is that thing's size (…综合体项目总投资, …投资引导基金总规模).
        // (总投资2万亿元的389个省重点项目: the things counted after it.)
        if (token.End + 1 < text.Length && text[token.End] == '的' && TextMatch.EndingOf(before, FactLexicon.SizeMeasures) is string size)
        {
            bool countedAfter = next is not null && next.Start == token.End + 1;
            string sized = countedAfter ? FollowingNoun(compact, next!.End, ClauseSplitter.SegmentEnd(text, next.End, reading.Clause.End)) : after;
            if (SizedThing(sized) is string thing)
            {
                if (!countedAfter) usedEnd = nounEnd;
                return new IndicatorName(thing + size, null, false);
            }
        }
        if (IsMilestone(after))
        {
            // 迈上5万亿台阶、五年增量超1.36万亿元: the milestone is this value's; the next value's name starts after it.
            usedEnd = nounEnd;
            return before.Length > 0 ? WithSubject(compact, piece.NameStart, nameEnd) : null;
        }
        // A list of counted things (256 个断路村、507 个断水村和 342 个断电村): each value names the noun after it.
        bool listItem = after.Length > 0 && (ValueRoles.EndsWithJoiner(before)
            || (next is not null && segmentEnd == next.Start && segmentEnd > token.End && ValueRoles.IsJoiner(text[segmentEnd - 1])));
        // 三十多种主要产品产量: a count of kinds before a measure counts categories, it is no figure of the measure.
        if (after.Length > 0 && UnitLexicon.IsKindCount(token.Unit) && Array.Exists(FactLexicon.MeasureNouns, m => after.EndsWith(m, StringComparison.Ordinal))) return null;
        if (listItem) after = WithGradeShared(reading, site.Index, after);
        // …的6个沙戈荒大基地: a 的 right before a count (peeled off the piece as a link word) makes the noun after it the name.
        // 推动呼和浩特、鄂尔多斯、满洲里3个综保区: a count of the things just listed counts the noun after it.
        if (after.Length > 0 && (listItem || CountsListed(before, token) || LastListPart(before).Length <= 2 || before.EndsWith("等", StringComparison.Ordinal) || IsBareVerb(LastListPart(before))
            || EndsWithObjectVerb(before) || OpensOnBeneficiary(before) || (before.Length > 0 && text[token.Start - 1] == '的' && !UnitLexicon.IsRate(token.Unit))))
        {
            // 5575万农村贫困人口实现脱贫: the noun names what was counted, the whole phrase labels the figure; when a value
            // follows in the segment (304个省列重大项目完成投资2929亿元), the phrase is that value's name too.
            bool predicateNamesNext = wholeAfter.Length > after.Length && next is not null && segmentEnd == next.Start;
            usedEnd = predicateNamesNext ? token.End : nounEnd;
            return new IndicatorName(after, wholeAfter.Length > after.Length ? wholeAfter : null, false, After: true);
        }

        // 完成1.8万户、189万平方米棚改任务: a value with no name, listed before others, counts the noun the list ends on.
        if (before.Length == 0 && after.Length == 0 && next is not null && ValueRoles.IsJoined(text, token, next) && ValueRoles.IsJoiner(text[token.End]))
        {
            int last = JoinedList(reading, site.Index, out int listEnd);
            string listed = FollowingNoun(compact, reading.Tokens[last].End, listEnd);
            if (listed.Length > 0) return new IndicatorName(listed, null, false, After: true);
        }
        if (CountedByGenericHead(reading, site.SegmentStart, before) is IndicatorName counted) return counted;
        // 城镇保障性住房基本建成432万套，新开工建设1043万套: a bare verb with nothing after it counts more of the things
        // named before in the sentence (城镇保障性住房新开工建设, as 老旧小区综合整治新开工 is written).
        if (after.Length == 0 && before.Length > 0 && IsBareVerb(before, listedOnly: true) && reading.Previous is { } things && !things.Rate
            && SameBaseUnit(things.Token.Unit, token.Unit) && LeadingNoun(things.Indicator.Name) is { Length: >= 2 } countedThings)
            return new IndicatorName(countedThings + before, null, false);
        if (after.Length == 0 && Array.IndexOf(FactLexicon.BareTotals, before) >= 0 && reading.Previous is { } prior && SameBaseUnit(prior.Token.Unit, token.Unit))
            return TotalOf(prior.Indicator, before);
        // 企业退休人员养老金标准继续提高，年人均提高2556元: a per-head frame alone names nothing; the standard raised in
        // the piece before is what the value raises.
        // 城乡…标准逐年提高，城镇年人均提高600元，农村年人均提高200元: a scope before the frame picks its half of the pair.
        if (PerHeadScope(before) is string scope && RaisedStandardBefore(reading, site.SegmentStart) is string raised)
        {
            if (scope.Length == 0) return new IndicatorName(raised, null, false, Each: raised.IndexOf('、') > 0);
            if (ValueRoles.ExpandPair(raised) is string[] halves)
            {
                foreach (var half in halves) if (half.StartsWith(scope, StringComparison.Ordinal)) return new IndicatorName(half, null, false);
            }
        }
        // 815元和615元, 1.1亿吨和120万吨: a joiner alone between two values names nothing; the value before names both.
        if (before.Length == 1 && ValueRoles.IsJoiner(before[0])) return reading.Previous?.Indicator;
        if (ValueRoles.EndsWithJoiner(before) && ValueRoles.IsJoiner(text[nameEnd - 1])) nameEnd--;
        // 、稳居全国前十强、增长4.8%, 、较“十三五”增长16.3%: a rank or a comparison base names nothing; the figure
        // before does.
        if (nameEnd > piece.NameStart && !OpensOnRankOrBase(text, piece.NameStart)) return Named(compact, AfterAllocation(text, piece.NameStart, nameEnd), nameEnd);
        // 地区生产总值连跨两个万亿元台阶，年均增长5.7%: a standard indicator opening the piece before, which states no
        // figure of its own, names the value (before a figure named in an earlier clause of the sentence).
        bool opensClause = !piece.HasName && reading.Named.Count == 0 && site.SegmentStart > reading.Clause.Start + 1
            && !HoldsValue(reading, site.SegmentStart, token.Start);
        bool topic = false;
        if (opensClause && IndicatorOpening(reading, site.SegmentStart - 1, out topic) is string indicator)
            return new IndicatorName(indicator, null, false);
        // 钢的产量，一九五八年比一九五七年增长了百分之一百零七: a measure that the piece before states alone is the topic
        // the value is a figure of.
        if (opensClause && MeasureTopic(reading, site.SegmentStart - 1) is string measure) return new IndicatorName(measure, null, false);
        // 城镇居民人均生活费收入，１９８２年为４９４．５元: a clause that opens on a subject of its own takes no name from
        // an earlier clause.
        if (opensClause && topic && reading.Previous is not null && ReferenceEquals(reading.Previous, reading.Inherited))
        {
            reading.Previous = null;
            return null;
        }
        // 机电产品出口占比86%，全省进出口总值创历史新高，达到5379亿元: a measure that sets a record in the piece before,
        // which states no figure, is what the value measures, not the figure named earlier in the clause.
        if (!piece.HasName && site.SegmentStart > reading.Clause.Start + 1 && !HoldsValue(reading, site.SegmentStart, token.Start)
            && (RecordTopic(reading, site.SegmentStart - 1) ?? RisingTopic(reading, site.SegmentStart - 1)) is string topicMeasure)
            return new IndicatorName(topicMeasure, null, false);
        if (reading.Previous is not null) return reading.Previous.Indicator;
        // 涨幅仍然高达百分之二十一点七, with nothing named before it in the sentence: the rate noun is all the name there is.
        if (!piece.HasName && piece.RateNounEnd > piece.NameEnd) return new IndicatorName(compact.NameText(piece.NameEnd, piece.RateNounEnd), null, false);
        return null;
    }

    /// <summary>
    /// 国家财政收入比上年增加1501亿元，总额达到11377亿元: a bare total (总额, 总数) is the total of the figure named before
    /// it, in the same unit; after a count of new ones (新增上市公司62家，总数186家) the total of them all (上市公司总数).
    /// </summary>
    private static IndicatorName TotalOf(IndicatorName prior, string total)
    {
        foreach (var lead in FactLexicon.IncreaseLeads)
        {
            if (prior.Name.Length - lead.Length >= 2 && prior.Name.StartsWith(lead, StringComparison.Ordinal))
                return new IndicatorName(prior.Name.Substring(lead.Length) + total, null, false);
        }
        // 中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元: the figure's name, labelled as its total (…转移支付规模).
        return prior with { Label = prior.Label ?? prior.Name + total };
    }

    private static bool SameBaseUnit(string a, string b) =>
        Units.TrySplit(a, out _, out string baseA) && Units.TrySplit(b, out _, out string baseB) && baseA == baseB;

    /// <summary>The standard indicator (longest alias) opening the segment that ends at <paramref name="end"/>, when that segment holds no value; else null.</summary>
    private static string? IndicatorOpening(ClauseReading reading, int end, out bool topic)
    {
        string text = reading.Text;
        int start = ClauseSplitter.SegmentStart(text, reading.Clause.Start, end);
        topic = false;
        if (HoldsValue(reading, start, end)) return null;
        // The clause's first segment, of four characters or more without a digit: a subject of the clause's own.
        topic = start == reading.Clause.Start && end - start >= 4 && !HasDigit(text, start, end);
        int s = AfterLeadWords(text, start, end);
        for (int length = Math.Min(12, end - s); length >= 4; length--)
        {
            string candidate = text.Substring(s, length);
            if (StandardIndicatorMatcher.IsAlias(candidate)) return reading.Compact.NameText(s, s + length);
        }
        return null;
    }

    /// <summary>The words of the segment ending at <paramref name="end"/>, when they are a measure alone (钢的产量, 城镇居民人均生活费收入): 2–12 characters, no digit, no value, ending on a measure noun; else null.</summary>
    private static string? MeasureTopic(ClauseReading reading, int end)
    {
        string text = reading.Text;
        int start = AfterLeadWords(text, ClauseSplitter.SegmentStart(text, reading.Clause.Start, end), end);
        if (end - start < 2 || end - start > 12 || HasDigit(text, start, end) || HoldsValue(reading, start, end)) return null;
        foreach (var ending in FactLexicon.MeasureEndings)
        {
            if (end - start > ending.Length && TextMatch.At(text, end - ending.Length, ending)) return reading.Compact.NameText(start, end);
        }
        return null;
    }

    /// <summary>The scope before a per-head frame that is all of <paramref name="words"/> (城镇年人均: 城镇; 年人均: empty), or null.</summary>
    private static string? PerHeadScope(string words)
    {
        foreach (var frame in FactLexicon.PerHeadFrames)
        {
            if (!words.EndsWith(frame, StringComparison.Ordinal)) continue;
            string scope = words.Substring(0, words.Length - frame.Length);
            if (scope.Length == 0 || Array.IndexOf(FactLexicon.PerHeadScopes, scope) >= 0) return scope;
        }
        return null;
    }

    /// <summary>The standard raised in the nearest segment before <paramref name="segmentStart"/> that holds no value, or null.</summary>
    private static string? RaisedStandardBefore(ClauseReading reading, int segmentStart)
    {
        int end = segmentStart - 1;
        while (end > reading.Clause.Start)
        {
            int start = ClauseSplitter.SegmentStart(reading.Text, reading.Clause.Start, end);
            if (!HoldsValue(reading, start, end)) return RaisedStandard(reading, end);
            end = start - 1;
        }
        return null;
    }

    /// <summary>
    /// The standard of the segment ending at <paramref name="end"/> when the segment says only that it rose
    /// (企业退休人员养老金标准继续提高, 社区干部生活补贴、环卫工人工资再次提高); else null.
    /// </summary>
    private static string? RaisedStandard(ClauseReading reading, int end)
    {
        string text = reading.Text;
        int start = AfterLeadWords(text, ClauseSplitter.SegmentStart(text, reading.Clause.Start, end), end);
        if (HoldsValue(reading, start, end)) return null;
        bool rose = false;
        for (var link = FactLexicon.EndingAt(text, start + 2, end); link is LinkWord w && w.Role is LinkRole.Up or LinkRole.Verb; link = FactLexicon.EndingAt(text, start + 2, end))
        {
            rose |= w.Role == LinkRole.Up;
            end -= w.Word.Length;
        }
        // 逐年提高, 不断提高: the adverb of the rise.
        string words = text.Substring(start, end - start);
        if (TextMatch.EndingOf(words, FactLexicon.RiseAdverbs) is string adverb) words = words.Substring(0, words.Length - adverb.Length);
        if (!rose || words.Length < 3 || words.Length > 16 || HasDigit(words, 0, words.Length) || TextMatch.EndingOf(words, FactLexicon.StandardNouns) is null) return null;
        return reading.Compact.NameText(start, start + words.Length);
    }

    /// <summary>The measure of the segment ending at <paramref name="end"/> when the segment is that measure and a record it sets (进出口总值创历史新高); else null.</summary>
    private static string? RecordTopic(ClauseReading reading, int end)
    {
        string text = reading.Text;
        foreach (var record in FactLexicon.RecordPredicates)
        {
            if (end - record.Length > 0 && TextMatch.At(text, end - record.Length, record)) return MeasureTopic(reading, end - record.Length);
        }
        return null;
    }

    /// <summary>
    /// The measure of the segment ending at <paramref name="end"/> when the segment is that measure and says only that
    /// it rose (预算外资金也大幅度增加，一九八五年达到一千四百三十亿元: 预算外资金); else null.
    /// </summary>
    private static string? RisingTopic(ClauseReading reading, int end)
    {
        string text = reading.Text;
        int start = ClauseSplitter.SegmentStart(text, reading.Clause.Start, end);
        bool rose = false;
        for (var link = FactLexicon.EndingAt(text, start + 2, end); link is LinkWord w && w.Role is LinkRole.Up or LinkRole.Verb; link = FactLexicon.EndingAt(text, start + 2, end))
        {
            rose |= w.Role == LinkRole.Up;
            end -= w.Word.Length;
        }
        return rose ? MeasureTopic(reading, end) : null;
    }

    /// <summary>True when a value of the clause starts in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool HoldsValue(ClauseReading reading, int start, int end)
    {
        foreach (var token in reading.Tokens)
        {
            if (token.Start >= start && token.Start < end) return true;
        }
        return false;
    }

    /// <summary>Where the words from <paramref name="start"/> begin after their lead words (全年, 其中 …), never leaving fewer than two characters.</summary>
    private static int AfterLeadWords(string text, int start, int end)
    {
        while (start < end && FactLexicon.LeadWordLength(text, start, end) is int n && n > 0 && end - start - n >= 2) start += n;
        return start;
    }

    /// <summary>
    /// Where the name starts after a subject that allocates or proposes (中央财政安排科技投入, 中央提出今年经济增长,
    /// 《纲要》提出了“十一五”期间单位国内生产总值能源消耗): what is allocated or proposed is named; else <paramref name="start"/>.
    /// </summary>
    private static int AfterAllocation(string text, int start, int end)
    {
        if (HasDigit(text, start, end)) return start;
        foreach (var verb in FactLexicon.AllocationVerbs)
        {
            if (end - start < verb.Length + 4) continue;
            int at = text.IndexOf(verb, start + 2, end - start - 2, StringComparison.Ordinal);
            if (at < 0) continue;
            // 符合环保要求的企业, 提出的建议: the verb inside a relative clause; the name is the whole phrase.
            if (verb != "安排" && at + verb.Length < end && text[at + verb.Length] == '的') continue;
            int after = AfterLeadWords(text, at + verb.Length, end);
            // 安排为比…: a link, not an object; 安排就业: arranging jobs; 安排支出: too bare a name on its own.
            bool allocation = verb == "安排";
            if (end - after < (allocation ? 3 : 2)) continue;
            if (allocation && (text[after] == '为' || text[after] == '比' || TextMatch.At(text, after, "就业"))) return start;
            return after;
        }
        return start;
    }

    private static bool HasDigit(string text, int start, int end)
    {
        for (int i = start; i < end; i++) if (char.IsDigit(text[i])) return true;
        return false;
    }

    private static bool OpensOnRankOrBase(string text, int start) =>
        text[start] == '较' || TextMatch.At(text, start, "比上") || TextMatch.At(text, start, "比去年") || OpensOnYearsBefore(text, start) || OpensOnDatedBase(text, start) || TextMatch.At(text, start, "稳居") || TextMatch.At(text, start, "位居") || TextMatch.At(text, start, "位列");

    /// <summary>比五年前, 比十年前: a base some years back.</summary>
    private static bool OpensOnYearsBefore(string text, int start)
    {
        if (text[start] != '比') return false;
        int at = text.IndexOf("年前", start + 1, Math.Min(5, text.Length - start - 1), StringComparison.Ordinal);
        return at > start + 1 && (ChineseNumerals.IsNumeralChar(text[at - 1]) || char.IsDigit(text[at - 1]));
    }

    /// <summary>比1995年底, 比年初, 比“八五”时期: a base of a year, a point of the year or a plan period.</summary>
    private static bool OpensOnDatedBase(string text, int start)
    {
        if (text[start] != '比' || start + 3 > text.Length) return false;
        int i = start + 1;
        if (TextMatch.At(text, i, "年初") || TextMatch.At(text, i, "年底") || TextMatch.At(text, i, "年末")) return true;
        int digits = 0;
        while (i + digits < text.Length && char.IsDigit(text[i + digits])) digits++;
        if (digits == 4 && i + digits < text.Length && text[i + digits] == '年') return true;
        if (!CompactText.IsQuote(text[i])) return false;
        int close = text.IndexOf('"', i + 1, Math.Min(8, text.Length - i - 1));
        return close > i + 1 && (TextMatch.At(text, close + 1, "时期") || TextMatch.At(text, close + 1, "期间"));
    }

    /// <summary>
    /// The name a piece writes: 民生支出占一般公共预算支出(的) is a share named by the part, 一般公共预算收入剔除虚增空转
    /// 因素后 the measure before its adjustment (both labelled with the whole); otherwise the name with its subject.
    /// </summary>
    private static IndicatorName Named(CompactText compact, int start, int end)
    {
        string text = compact.Text;
        end = BeforeHaveWord(text, start, BeforeFromWord(text, start, end));
        int share = text.IndexOf('占', start, end - start);
        if (share >= start + 2 && end - share >= 3 && "地用有领据".IndexOf(text[share + 1]) < 0)
            return new IndicatorName(compact.NameText(start, share), compact.NameText(start, end), false, Share: true);
        int adjustment = AdjustmentStart(text, start, end);
        if (adjustment >= start + 2)
        {
            // 同口径, 扣除价格因素: still the standard figure; 剔除虚增空转因素后: the measure less something, no standard one.
            string phrase = text.Substring(adjustment, end - adjustment);
            bool sameMeasure = Array.Exists(FactLexicon.SameMeasureAdjustments, a => phrase.IndexOf(a, StringComparison.Ordinal) >= 0);
            return new IndicatorName(compact.NameText(start, adjustment), compact.NameText(start, end), !sameMeasure);
        }
        return WithSubject(compact, start, end);
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) is a year (2004年, 一九七八年底) and at most a per-head frame (人均).</summary>
    private static bool IsYearAndFrame(string text, int start, int end)
    {
        int i = start;
        while (i < end && (char.IsDigit(text[i]) || ChineseNumerals.IsNumeralChar(text[i]))) i++;
        if (i - start != 4 || i >= end || text[i] != '年') return false;
        i++;
        if (i < end && (text[i] == '底' || text[i] == '末')) i++;
        return i == end || Array.Exists(FactLexicon.PerHeadFrames, f => end - i == f.Length && TextMatch.At(text, i, f));
    }

    /// <summary>
    /// Where a name ends before the 有 that links it to its count (重点调度项目有66个, 中央衞生部所屬醫院共有三千零六十八所,
    /// 正在施工的有三十四項), with the adverbs before 有 and a 的 that closes the words; 现有, 所有, 拥有 … stay.
    /// </summary>
    private static int BeforeHaveWord(string text, int start, int end)
    {
        if (end - start < 3 || text[end - 1] != '有' || FactLexicon.HaveCompounds.IndexOf(text[end - 2]) >= 0) return end;
        int cut = end - 1;
        foreach (var adverb in FactLexicon.HaveAdverbs)
        {
            if (cut - start - adverb.Length >= 2 && TextMatch.At(text, cut - adverb.Length, adverb)) { cut -= adverb.Length; break; }
        }
        if (cut - start >= 3 && text[cut - 1] == '的') cut--;
        return cut;
    }

    /// <summary>
    /// Where the name ends before the word that opens the figure's starting point (零售物价涨幅[从]21.7%回落到14.8%,
    /// 国民经济增长速度[由原定]6%调高到8%): the preposition 从 ends no name.
    /// </summary>
    private static int BeforeFromWord(string text, int start, int end)
    {
        // 企业退休人员基本养老金从2004年人均每月700元: 从, the year of the baseline and a per-head frame after the name.
        int from = text.LastIndexOf('从', end - 1, Math.Min(end - start, 14));
        if (from - start >= 2 && IsYearAndFrame(text, from + 1, end)) return from;
        foreach (var word in FactLexicon.FromWords)
        {
            if (end - start - word.Length >= 2 && TextMatch.At(text, end - word.Length, word)) { end -= word.Length; break; }
        }
        foreach (var word in FactLexicon.TrailingAdverbs)
        {
            if (end - start - word.Length >= 2 && TextMatch.At(text, end - word.Length, word)) return end - word.Length;
        }
        return end;
    }

    /// <summary>Where an adjusting phrase (同口径, 剔除…后, 扣除价格因素) ending the text between the bounds starts, or -1.</summary>
    private static int AdjustmentStart(string text, int start, int end)
    {
        if (!EndsAsAdjustment(text, start, end)) return -1;
        int first = -1;
        foreach (var phrase in FactLexicon.AdjustingPhrases)
        {
            int at = text.IndexOf(phrase, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /// <summary>…后, …口径, …因素: words that end the way an adjustment or a basis does (剔除…后, 同口径, 扣除价格因素).</summary>
    private static bool EndsAsAdjustment(string text, int start, int end) =>
        end > start && (text[end - 1] == '后' || text[end - 1] == '素' || (end - 2 >= start && TextMatch.At(text, end - 2, "口径")));

    /// <summary>
    /// The first 、 outside parentheses between <paramref name="start"/> and <paramref name="end"/>; in words closed by
    /// 等 (强降水和“桦加沙”等) the first 和, 及 or 与; else <paramref name="end"/>.
    /// </summary>
    internal static int ListMarkOrEnd(string text, int start, int end)
    {
        int depth = 0;
        int joiner = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
            else if (c == '、' && depth == 0) return i;
            else if (joiner < 0 && depth == 0 && i >= start + 2 && ValueRoles.IsWordJoiner(c)) joiner = i;
        }
        return joiner > 0 && text[end - 1] == '等' ? joiner : end;
    }

    /// <summary>
    /// The index of the last value joined by list marks to <c>reading.Tokens[index]</c>, and where the noun after it
    /// ends: at the list mark before the next value of its segment, else at the segment's end (跨过3个万亿级关口、突破10万亿元).
    /// </summary>
    internal static int JoinedList(ClauseReading reading, int index, out int nounEnd)
    {
        string text = reading.Text;
        var tokens = reading.Tokens;
        int last = index;
        while (last + 1 < tokens.Count && ValueRoles.IsJoined(text, tokens[last], tokens[last + 1])) last++;
        int end = ClauseSplitter.SegmentEnd(text, tokens[last].End, reading.Clause.End);
        if (last + 1 < tokens.Count && tokens[last + 1].Start < end) end = tokens[last + 1].Start;
        nounEnd = ListMarkOrEnd(text, tokens[last].End, end);
        return last;
    }

    /// <summary>再打造, 新开工, 组建: a verb (after an adverb) with nothing it names; the noun after the value does.</summary>
    private static bool IsBareVerb(string words, bool listedOnly = false)
    {
        int i = 0;
        // 继续办好, 持续推进… (a listed verb of its own), 已经加入, 再打造, 新开工: adverbs before the verb.
        if (words.Length > 3 && TextMatch.AtAny(words, 0, FactLexicon.VerbAdverbs)) i = 2;
        while (i < words.Length - 2 && "再又还新共已".IndexOf(words[i]) >= 0) i++;
        string verb = words.Substring(i);
        // 再扫除(350万青壮年文盲), 已经加入(17个国际人权公约): two characters after an adverb are the verb.
        if (i > 0 && verb.Length == 2 && !listedOnly) return true;
        return Array.IndexOf(FactLexicon.CountingVerbs, verb) >= 0 || Array.IndexOf(FactLexicon.ActionVerbs, verb) >= 0;
    }

    /// <summary>True when <paramref name="token"/> counts as many things as <paramref name="before"/> lists (呼和浩特、鄂尔多斯、满洲里3个).</summary>
    private static bool CountsListed(string before, NumberToken token)
    {
        int items = 1;
        foreach (char c in before) if (c == '、') items++;
        return items >= 2 && token.Value == items && token.ValueHigh is null && !UnitLexicon.IsRate(token.Unit);
    }

    /// <summary>
    /// 新建6个国家级、20个省级临床重点专科, 新增2家千亿级、24家百亿级工业企业: a grade (…级, …类, …型) listed before the
    /// last item shares the noun that item's grade is of (国家级临床重点专科, 千亿级工业企业); else the noun as it is.
    /// </summary>
    private static string WithGradeShared(ClauseReading reading, int index, string after)
    {
        if (after.Length < 2 || FactLexicon.GradeEndings.IndexOf(after[after.Length - 1]) < 0) return after;
        string text = reading.Text;
        var tokens = reading.Tokens;
        int last = index;
        // Each item is a value, its words and a list mark (、, 和, 及, 与) right before the next value (2个国家级和22个省级…).
        while (last + 1 < tokens.Count && tokens[last + 1].Start - 1 > tokens[last].End && ValueRoles.IsJoiner(text[tokens[last + 1].Start - 1])
            && ListMarkOrEnd(text, tokens[last].End, tokens[last + 1].Start - 1) == tokens[last + 1].Start - 1)
            last++;
        if (last == index) return after;
        int end = ClauseSplitter.SegmentEnd(text, tokens[last].End, reading.Clause.End);
        if (last + 1 < tokens.Count && tokens[last + 1].Start < end) end = tokens[last + 1].Start;
        string noun = FollowingNoun(reading.Compact, tokens[last].End, ListMarkOrEnd(text, tokens[last].End, end));
        int grade = noun.IndexOf(after[after.Length - 1]);
        return grade > 0 && noun.Length - grade - 1 >= 2 ? after + noun.Substring(grade + 1) : after;
    }

    /// <summary>
    /// True when <paramref name="words"/> name only whom the act is for or with (为中西部地区, 还为592个重点贫困县; 我国同):
    /// the counted noun after the value is then its name.
    /// </summary>
    private static bool OpensOnBeneficiary(string words) =>
        Array.Exists(FactLexicon.BeneficiaryOpenings, o => words.Length - o.Length >= 2 && words.StartsWith(o, StringComparison.Ordinal))
        || (words.Length >= 2 && TextMatch.EndingOf(words, FactLexicon.CompanionPrepositions) is not null);

    /// <summary>
    /// 通过财政向银行发行(2100亿元长期国债), 布局建设(700万千瓦新型储能项目), 全国有(27个省、自治区、直辖市), 批复的(6个
    /// 沙戈荒大基地): words ending on a verb that takes the value's noun as its object, on 有 or on 的; the noun names the value.
    /// </summary>
    private static bool EndsWithObjectVerb(string words)
    {
        // 通过了(11项法律): the verb's aspect mark.
        if (words.Length >= 4 && words[words.Length - 1] == '了') words = words.Substring(0, words.Length - 1);
        if (words.Length < 3) return false;
        char last = words[words.Length - 1];
        if (last == '有' || last == '的') return true;
        return TextMatch.EndingOf(words, FactLexicon.CountingVerbs) is not null || TextMatch.EndingOf(words, FactLexicon.ObjectVerbs) is not null;
    }

    /// <summary>城镇保障性住房基本建成 → 城镇保障性住房: a name without the counting verb (and its adverb) it ends on.</summary>
    private static string? LeadingNoun(string name)
    {
        if (IsBareVerb(name, listedOnly: true)) return null;
        foreach (var verb in FactLexicon.CountingVerbs)
        {
            if (name.Length - verb.Length < 2 || !name.EndsWith(verb, StringComparison.Ordinal)) continue;
            int at = name.Length - verb.Length;
            if (at >= 4 && TextMatch.At(name, at - 2, "基本")) at -= 2;
            else if (at >= 3 && "新再".IndexOf(name[at - 1]) >= 0) at--;
            return name.Substring(0, at);
        }
        return name;
    }

    /// <summary>The words after the last 、 (实施…政策、惠及 168 万名儿童: 惠及), or the whole piece when it has none.</summary>
    private static string LastListPart(string before) => before.Substring(before.LastIndexOf('、') + 1);

    /// <summary>Where the name ends: 居民消费价格涨幅 keeps its rate noun when name and noun together are a standard indicator.</summary>
    private static int NameEnd(string text, PieceReading piece)
    {
        int nameEnd = piece.NameEnd;
        if (piece.RateNounEnd > nameEnd && piece.HasName
            && StandardIndicatorMatcher.IsAlias(text.Substring(piece.NameStart, piece.RateNounEnd - piece.NameStart))
            && piece.RateNounEnd - nameEnd == 2)
        {
            nameEnd = piece.RateNounEnd;
        }
        return nameEnd;
    }

    /// <summary>
    /// A figure that qualifies the one before it: an adjusted rate in parentheses or after a basis phrase (同口径,
    /// 还原…影响后), or the share it has of a whole (占全市…的 50%); null when the value is no such figure.
    /// </summary>
    private static IndicatorName? OfFigureBefore(NamedValue? previous, string before, bool parenthetical, string unit)
    {
        if (previous is null) return null;
        // 同口径增长, 扣除物价因素比上年增长: the basis alone; with a name before it (一般公共预算收入同口径) the piece names its own figure.
        bool basis = EndsAsAdjustment(before, 0, before.Length) && AdjustmentStart(before, 0, before.Length) < 2;
        if (parenthetical || basis)
        {
            string qualifier = before.Length > 0 ? "（" + before + "）" : string.Empty;
            return new IndicatorName(previous.Indicator.Name, previous.Indicator.Name + qualifier, true);
        }
        // 城镇新增就业超690万人、稳定在全国1/10以上: a share of the whole held, written without 占.
        string? held = Array.Find(FactLexicon.HeldLevelWords, w => before.StartsWith(w, StringComparison.Ordinal));
        if (unit is "" or "%" or "成" && TextMatch.EndingOf(before, FactLexicon.WholesShared) is string whole && before.Length == whole.Length + (held?.Length ?? 0))
            before = "占" + whole;
        if (before.StartsWith("占", StringComparison.Ordinal))
        {
            return new IndicatorName(previous.Indicator.Name, previous.Indicator.Name + before.TrimEnd('的'), true, Share: true);
        }
        return null;
    }

    /// <summary>深化老旧小区综合整治，实施项目 38 个: a generic head counts what the piece before names; null when it does not.</summary>
    private static IndicatorName? CountedByGenericHead(ClauseReading reading, int segmentStart, string before)
    {
        var clause = reading.Clause;
        // Only a bare head, or one after a bare verb: 重点项目 names its own figure.
        string? head = TextMatch.EndingOf(before, FactLexicon.GenericHeads);
        if (head is null || (before.Length > head.Length && !IsBareVerb(before.Substring(0, before.Length - head.Length))) || segmentStart <= clause.Start + 1) return null;
        string text = reading.Text;
        int previousStart = ClauseSplitter.SegmentStart(text, clause.Start, segmentStart - 1);
        int s = previousStart;
        foreach (var verb in FactLexicon.ActionVerbs)
        {
            if (TextMatch.At(text, s, verb)) { s += verb.Length; break; }
        }
        string subject = reading.Compact.NameText(s, segmentStart - 1);
        return s > previousStart && subject.Length >= 2 && !subject.Any(char.IsDigit) ? new IndicatorName(subject, subject + before, false) : null;
    }

    internal static IndicatorName WithSubject(CompactText compact, int start, int end)
    {
        var (subjectEnd, label) = SubjectLabels.SplitSubject(compact, start, end);
        return new IndicatorName(compact.NameText(start, subjectEnd), label, false);
    }

    /// <summary>
    /// The noun after a size up to the first word that names a thing with a size (项目, 基金; 综合体项目 as one), or
    /// null: …新材料项目刷新我省单体工业项目投资纪录 ends at the first 项目; a noun with a figure of its own names nothing.
    /// </summary>
    private static string? SizedThing(string noun)
    {
        int end = -1;
        foreach (var head in FactLexicon.SizedThings)
        {
            int at = noun.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0 && (end < 0 || at + head.Length < end)) end = at + head.Length;
        }
        if (end < 0) return null;
        while (Array.Find(FactLexicon.SizedThings, h => TextMatch.At(noun, end, h)) is string next) end += next.Length;
        string thing = noun.Substring(0, end);
        return end >= 3 && !HasDigit(thing, 0, thing.Length) ? thing : null;
    }

    /// <summary>突破 200 亿元关口, 跨越…三个大台阶: a threshold passed, restating a figure, not a new fact.</summary>
    internal static bool IsMilestone(string after) =>
        Array.Exists(FactLexicon.MilestoneNouns, m => after.StartsWith(m, StringComparison.Ordinal) || after.EndsWith(m, StringComparison.Ordinal));

    internal static string FollowingNoun(CompactText compact, int start, int end) => FollowingNoun(compact, start, end, out _);

    /// <summary>The noun after a value, cut at its predicate; <paramref name="whole"/> is the text with the predicate (for a label).</summary>
    internal static string FollowingNoun(CompactText compact, int start, int end, out string whole)
    {
        whole = string.Empty;
        string text = compact.Text;
        if (start < end && text[start] == '的') start++;
        // A list goes on after the noun: 4 个集体、2 名个人; 28 项重点任务和 60 个重大项目.
        while (end > start && (text[end - 1] == '、' || text[end - 1] == '和' || text[end - 1] == '及' || text[end - 1] == '与')) end--;
        if (start >= end || text[start] == '、' || text[start] == '(' || text[start] == ')') return string.Empty;
        char first = text[start];
        if (first < 0x4E00 && !CompactText.IsQuote(first) && !UnitLexicon.IsAsciiLetter(first) && !char.IsDigit(first)) return string.Empty;
        // A rate or comparison after the value is not a noun (980 亿元同比增长 2%).
        if (FactLexicon.StartsWithLink(text, start, end)) return string.Empty;
        // 在…的141个项目中, 104种工业产品中: the locative closing the phrase is no part of the noun.
        // 手中, 其中, 集中, 华中 are words of their own.
        if (end - start >= 3 && text[end - 1] == '中' && "手其心集华居途空之当命正".IndexOf(text[end - 2]) < 0) end--;
        // 24轮强降雨、抗御台风“三连击”: a verb after a list mark opens another act, no part of the noun.
        for (int i = start + 2; i < end - 2; i++)
        {
            // 9个国家区域医疗中心开诊运营、居全国第2位: so does a rank (what the count names is what is ranked).
            if (text[i] == '、' && (TextMatch.AtAny(text, i + 1, FactLexicon.ObjectVerbs) || TextMatch.AtAny(text, i + 1, FactLexicon.CountingVerbs)
                || TextMatch.AtAny(text, i + 1, FactLexicon.ActionVerbs) || RanksAt(text, i + 1, end))) { end = i; break; }
        }
        whole = compact.NameText(start, end);
        return compact.NameText(start, PredicateStart(text, start, end));
    }

    /// <summary>True when a rank's verb stands at <paramref name="at"/> (居全国第2位, 位居中部第一).</summary>
    private static bool RanksAt(string text, int at, int end)
    {
        if (!TextMatch.AtAny(text, at, FactLexicon.RankVerbs)) return false;
        foreach (var rank in RankRules.Scan(text, at, end)) if (rank.VerbStart == at) return true;
        return false;
    }

    /// <summary>
    /// Where the predicate of the noun after a value starts (5575万农村贫困人口实现脱贫, 551万农村贫困人口全部脱贫, 2.8万亿元中央财政
    /// 资金纳入直达机制): the noun is what was counted; else <paramref name="end"/>.
    /// </summary>
    private static int PredicateStart(string text, int start, int end)
    {
        for (int i = start + 2; i < end - 1; i++)
        {
            // 1000亿元失业保险基金支持稳岗和培训, 4898万元专项资金用于农村公交: money and what it goes to (not 支持政策).
            if (TextMatch.AtAny(text, i, FactLexicon.PurposeVerbs) && EndsOnFund(text, start, i)) return i;
            if (!TextMatch.AtAny(text, i, FactLexicon.NounPredicates) || TextMatch.AtAny(text, i, FactLexicon.PredicateLookalikes)) continue;
            // 事项可通过…, 大模型成功通过…, 居民群众直接受益: a modal or adverb before the predicate is part of it.
            int cut = i;
            for (int n = AdverbBefore(text, start, cut); n > 0 && cut - n - start >= 2; n = AdverbBefore(text, start, cut)) cut -= n;
            // 可以通过接种疫苗预防的传染病: no noun before the predicate, so none to cut out.
            return AdverbBefore(text, start, cut) == cut - start ? end : cut;
        }
        return end;
    }

    private static bool EndsOnFund(string text, int start, int end)
    {
        foreach (var noun in FactLexicon.FundNouns)
        {
            if (end - noun.Length >= start && TextMatch.At(text, end - noun.Length, noun)) return true;
        }
        return false;
    }

    /// <summary>The length of a predicate adverb ending at <paramref name="end"/> (not before <paramref name="start"/>), or 0.</summary>
    private static int AdverbBefore(string text, int start, int end)
    {
        foreach (var adverb in FactLexicon.PredicateAdverbs)
        {
            if (end - adverb.Length >= start && TextMatch.At(text, end - adverb.Length, adverb)) return adverb.Length;
        }
        return 0;
    }
}
