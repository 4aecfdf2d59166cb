using System;
using System.Collections.Generic;
using System.Threading;

namespace ReportSdk.Generator.Parsing;

/// <summary>Where one report lies in a file (0-based line indexes, end exclusive).</summary>
internal sealed class ReportSegment
{
    /// <summary>Index of the title line (the report's startLine − 1).</summary>
    public int Title { get; set; }

    /// <summary>Index of the first line after the title (the title may be split: 政府工作报 / 告).</summary>
    public int TitleEnd { get; set; }

    /// <summary>The title as read (the split parts joined); empty for an untitled report.</summary>
    public string TitleText { get; set; } = "";

    /// <summary>The lines of the title block between the title and the body (not blank, not furniture), as read.</summary>
    public List<TitleBlockLine> TitleBlock { get; } = new();

    /// <summary>First line after the title block (dateline, speaker): where the body starts.</summary>
    public int BodyStart { get; set; }

    /// <summary>End (exclusive) of the body: the next report, the glossary, or page furniture that closes the text.</summary>
    public int BodyEnd { get; set; }

    /// <summary>Index of the 名词解释 header line, or −1.</summary>
    public int GlossaryHeader { get; set; } = -1;

    /// <summary>End (exclusive) of the glossary lines.</summary>
    public int GlossaryEnd { get; set; }

    /// <summary>1-based line of the last line of the report's own text.</summary>
    public int EndLine { get; set; }

    /// <summary>Index of that line.</summary>
    public int LastLine { get; set; }

    /// <summary>True when the file has no title line: the report starts at its first line of text.</summary>
    public bool Untitled { get; set; }
}

/// <summary>
/// Finds the reports in a file: each starts at a title line (…政府工作报告), followed by its title block and a
/// body whose first 一、 heading is number one; it ends at the next report, at its 名词解释 glossary, or at
/// web furniture that closes the page. Tables of contents and compendium titles are not reports.
/// </summary>
internal static class ReportSegmenter
{
    private const string ReportTitle = "政府工作报告";
    private const int MaxTitleBlockLines = 8;
    private const int MinBodyWithoutHeadings = 1000;

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static List<ReportSegment> Find(SourceLine[] lines, CancellationToken cancellationToken)
    {
        var candidates = new List<int>();
        var titleEnds = new Dictionary<int, int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].Furniture != Furniture.None) continue;
            if (IsTitleLine(lines[i].Clean))
            {
                candidates.Add(i);
                titleEnds[i] = i + 1;
            }
            else if (SplitTitleEnd(lines, i) is int splitEnd)
            {
                candidates.Add(i);
                titleEnds[i] = splitEnd;
                i = splitEnd - 1;
            }
        }

        if (candidates.Count == 0) return Untitled(lines);

        var segments = new List<ReportSegment>();
        bool rejected = false;
        for (int c = 0; c < candidates.Count; c++)
        {
            int end = c + 1 < candidates.Count ? candidates[c + 1] : lines.Length;
            var segment = Measure(lines, candidates[c], titleEnds[candidates[c]], end);
            if (segment != null) segments.Add(segment);
            else rejected = true;
        }
        if (rejected)
        {
            // A rejected candidate (a compendium title) does not cut the report before it: re-measure up to the next accepted title.
            for (int s = 0; s < segments.Count; s++)
            {
                int end = s + 1 < segments.Count ? segments[s + 1].Title : lines.Length;
                segments[s] = Measure(lines, segments[s].Title, segments[s].TitleEnd, end) ?? segments[s];
            }
        }
        return WithoutRepeats(lines, segments);
    }

    // A title broken across lines by a web page's layout: 政府工作报 / 告 (the second part at most three characters).
    private static int? SplitTitleEnd(SourceLine[] lines, int i)
    {
        string first = lines[i].Clean;
        if (first.Length == 0 || first.Length > 40 || first.EndsWith(ReportTitle, StringComparison.Ordinal)) return null;
        int next = i + 1;
        while (next < lines.Length && lines[next].IsBlank) next++;
        if (next >= lines.Length || lines[next].Clean.Length > 3) return null;
        return IsTitleLine(first + lines[next].Clean) ? next + 1 : null;
    }

    // A page scraped several times over holds the same report several times (the same opening paragraph seen
    // again): keep the first copy.
    private static List<ReportSegment> WithoutRepeats(SourceLine[] lines, List<ReportSegment> segments)
    {
        if (segments.Count < 2) return segments;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ReportSegment>();
        foreach (var segment in segments)
        {
            string? opening = FirstLongLine(lines, segment.BodyStart, segment.BodyEnd);
            if (opening != null && !seen.Add(opening)) continue;
            result.Add(segment);
        }
        return result;
    }

    private const int LongLine = 30;

    // A line long enough, and of enough words, to tell one page from another: not a row of escaped spaces
    // (<U+00A0><U+00A0>…, printed as text by some scrapes, the same on every line it wraps over).
    private static bool IsProseLine(string clean)
    {
        if (clean.Length < LongLine) return false;
        int cjk = 0;
        foreach (char c in clean)
        {
            if (Normalizer.IsCjk(c) && ++cjk >= LongLine / 2) return true;
        }
        return false;
    }

    private static string? FirstLongLine(SourceLine[] lines, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (lines[i].Furniture == Furniture.None && IsProseLine(lines[i].Clean)) return lines[i].Clean;
        }
        return null;
    }

    // A report without a title line (the text starts with 各位代表 or with 一、…工作回顾): accepted when its
    // headings start at 一、, from its first line of text.
    private static List<ReportSegment> Untitled(SourceLine[] lines)
    {
        var result = new List<ReportSegment>();
        int first = 0;
        while (first < lines.Length && (lines[first].IsBlank || lines[first].Furniture != Furniture.None)) first++;
        if (first >= lines.Length) return result;
        var segment = Measure(lines, first, first, lines.Length, untitled: true);
        if (segment != null) result.Add(segment);
        return result;
    }

    /// <summary>True for a report title line: an optional region, then 政府工作报告, optionally a bracketed date.</summary>
    public static bool IsTitleLine(string raw)
    {
        if (raw.Length > 80) return false;
        string t = Normalizer.RemoveSpaces(raw);
        if (t.Length < ReportTitle.Length || FurnitureFilter.IsTocEntry(raw)) return false;
        t = StripBrackets(t, leading: true);
        t = StripBrackets(t, leading: false);
        if (!t.EndsWith(ReportTitle, StringComparison.Ordinal)) return false;
        string prefix = t.Substring(0, t.Length - ReportTitle.Length);
        if (prefix.Length > 24) return false;
        foreach (char c in prefix)
        {
            char h = Normalizer.ToHalfWidth(c);
            if (h == ',' || h == ':' || h == ';' || h == '!' || h == '?' || c == '。' || c == '、' || c == '.') return false;
        }
        return IsRegionAndYear(prefix);
    }

    // What may precede 政府工作报告 in a title: nothing, a region (北京市石景山区, 石景山区人民), a year (2024年).
    private static bool IsRegionAndYear(string prefix)
    {
        if (prefix.EndsWith("人民", StringComparison.Ordinal)) prefix = prefix.Substring(0, prefix.Length - 2);
        int i = 0;
        while (i < prefix.Length)
        {
            int start = i;
            while (i < prefix.Length && char.IsDigit(Normalizer.ToHalfWidth(prefix[i]))) i++;
            if (i > start)
            {
                if (i - start != 4 || i >= prefix.Length || prefix[i] != '年') return false;
                i++;
                continue;
            }
            string unit = RegionResolver.LeadingUnit(prefix, i);
            if (unit.Length == 0) return IsUnreadableUnit(prefix.Substring(i));
            i += unit.Length;
        }
        return true;
    }

    // A region the generator cannot read but that still ends in a unit (class区): the line is a title, and the parser
    // reports the region it could not read (RSDK021).
    private static bool IsUnreadableUnit(string rest)
    {
        if (rest.Length < 2 || rest.Length > 12) return false;
        char last = rest[rest.Length - 1];
        if (last != '区' && last != '县' && last != '市' && last != '省' && last != '旗' && last != '州' && last != '盟') return false;
        foreach (char c in rest)
        {
            if (char.IsPunctuation(c) || Normalizer.IsSpace(c)) return false;
        }
        return true;
    }

    /// <summary>True for the 名词解释 header of a glossary.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static bool IsGlossaryHeader(string raw)
    {
        if (Normalizer.LongerThan(raw, 12)) return false;
        string t = Normalizer.RemoveSpaces(raw);
        if (t.Length == 0 || t.Length > 12) return false;
        t = t.TrimEnd(':', '：');
        if (t.StartsWith("附件", StringComparison.Ordinal)) t = t.Substring(2);
        else if (t.StartsWith("附", StringComparison.Ordinal)) t = t.Substring(1);
        t = t.TrimStart(':', '：', '1', '一', '、');
        return t == "名词解释" || t == "名词注释" || t == "名词说明" || t == "注释" || t == "注解";
    }

    /// <summary>True for an annex header alone on its line: 附件, 附件1, 附件：.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static bool IsAnnexHeader(string raw)
    {
        if (Normalizer.LongerThan(raw, 12)) return false; // 附件, at most two digits, colons
        string t = Normalizer.RemoveSpaces(raw).TrimEnd(':', '：');
        if (!t.StartsWith("附件", StringComparison.Ordinal) || t.Length > 4) return false;
        for (int i = 2; i < t.Length; i++)
        {
            if (!char.IsDigit(Normalizer.ToHalfWidth(t[i])) && ChineseNumerals.Digit(t[i]) < 0) return false;
        }
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    private static ReportSegment? Measure(SourceLine[] lines, int title, int titleEnd, int end, bool untitled = false)
    {
        var segment = new ReportSegment { Title = title, TitleEnd = titleEnd, Untitled = untitled };
        if (!untitled)
        {
            var sb = new System.Text.StringBuilder();
            for (int t = title; t < titleEnd; t++) sb.Append(lines[t].Clean);
            segment.TitleText = sb.ToString();
        }

        var block = new TitleBlockReader(lines);
        int i = titleEnd;
        int taken = 0;
        bool datedTitle = SpeakerParser.DatelineEnd(segment.TitleText) > 0;
        while (i < end && taken < MaxTitleBlockLines)
        {
            // A title that holds its dateline (政府工作报告（2026年2月3日在…会议上）) counts as a block line read.
            int take = TitleBlockLines(lines, block, i, end, taken > 0 || datedTitle ? taken + 1 : 0);
            if (take == 0) break;
            for (int k = i; k < i + take; k++)
            {
                if (lines[k].IsBlank || lines[k].Furniture != Furniture.None) continue;
                taken++;
                segment.TitleBlock.Add(block.At(k));
            }
            i += take;
        }
        // Give back trailing blank lines.
        while (i > titleEnd && lines[i - 1].IsBlank) i--;
        segment.BodyStart = i;
        string? opening = null;

        int bodyEnd = end;
        int bodyChars = 0;
        int firstDun = 0;
        int lastContent = title;
        bool addressed = false;
        for (int j = i; j < end; j++)
        {
            if (lines[j].IsBlank) continue;
            var furniture = lines[j].Furniture;
            if (furniture == Furniture.Stop && bodyChars > 0)
            {
                bodyEnd = j;
                break;
            }
            if (furniture != Furniture.None) continue;
            string clean = lines[j].Clean;
            if (IsProseLine(clean))
            {
                // The page repeats (scraped several times over): the report ends where its opening comes again.
                if (opening == null) opening = clean;
                else if (string.Equals(opening, clean, StringComparison.Ordinal))
                {
                    bodyEnd = j;
                    break;
                }
            }
            if (IsGlossaryHeader(clean) && bodyChars > 0)
            {
                bodyEnd = j;
                segment.GlossaryHeader = j;
                break;
            }
            if (IsAnnexHeader(clean) && bodyChars > 0)
            {
                // 附件1 (2026年省十件民生实事), 附件2 (名词解释): annexes follow the report; a glossary among them is still read.
                bodyEnd = j;
                for (int g = j + 1; g < end; g++)
                {
                    if (lines[g].Furniture == Furniture.None && IsGlossaryHeader(lines[g].Clean))
                    {
                        segment.GlossaryHeader = g;
                        break;
                    }
                }
                break;
            }
            if (firstDun == 0 && HeadingMarkers.TryRead(clean, out var marker) && marker.Style == Vocabulary.SectionStyle.Dun)
            {
                firstDun = marker.Ordinal;
            }
            if (!addressed && (clean.IndexOf("各位代表", StringComparison.Ordinal) >= 0 || clean.IndexOf("向大会报告", StringComparison.Ordinal) >= 0)) addressed = true;
            bodyChars += clean.Length;
            lastContent = j;
        }
        segment.BodyEnd = bodyEnd;
        segment.EndLine = lines[lastContent].Number;
        segment.LastLine = lastContent;

        // A titled report with a long body stands even when its first 一、 heading is lost or misnumbered (damaged
        // text), but only when it shows it is a report: numbered parts (二、 …), a title block (dateline, speaker) or
        // an address to the deputies; a news article about the report, under a related-links title, shows none.
        // An untitled text (many national copies start at 各位代表：) is a report when it addresses the deputies.
        bool delivered = firstDun > 1 || taken > 0 || addressed;
        if (firstDun != 1 && (bodyChars < MinBodyWithoutHeadings || !delivered || (untitled && !addressed))) return null;

        if (segment.GlossaryHeader >= 0)
        {
            int g = segment.GlossaryHeader + 1;
            segment.GlossaryEnd = end;
            for (; g < end; g++)
            {
                if (lines[g].Furniture == Furniture.Stop)
                {
                    segment.GlossaryEnd = g;
                    break;
                }
            }
        }
        return segment;
    }

    // How many lines from `i` belong to the title block: a dateline, session or speaker line, web furniture between
    // them (来源, publication stamps, font buttons), a speaker's title with the name on the next line (国务院总理 /
    // 李克强), a subtitle right after the title when a dateline follows it; 0 when the body starts.
    private static int TitleBlockLines(SourceLine[] lines, TitleBlockReader block, int i, int end, int taken)
    {
        var line = lines[i];
        if (line.IsBlank || line.Furniture == Furniture.Drop) return 1;
        if (line.Furniture != Furniture.None) return 0;
        var read = block.At(i);
        if (read.IsBlockLine) return 1;
        if (taken > 0 && EndsWrappedDateline(lines, block, i, read)) return 1;
        int next = i + 1;
        while (next < end && (lines[next].IsBlank || lines[next].Furniture == Furniture.Drop)) next++;
        if (next >= end) return 0;
        var after = block.At(next);
        // 周恩来 alone after the dateline, before 各位代表; 毛伟明 before a caption that says 省长毛伟明作政府工作报告 (the
        // caption joins the block: it gives the title).
        if (taken > 0 && read.BareName && after.Text.StartsWith("各位代表", StringComparison.Ordinal)) return 1;
        if (taken > 0 && read.BareName && SpeakerParser.Delivers(after.Text, read.Folded, out _)) return next + 1 - i;
        if (taken > 0 && read.BareName && CaptionWrapped(lines, block, next, end, read.Folded) is int last and > 0) return last + 1 - i;
        if (read.PairsWith(after)) return next + 1 - i;
        if (taken > 0 || line.Clean.Length > 40 || HasSentencePunctuation(line.Clean)) return 0;
        if (IsDateline(after)) return 1;
        // A subtitle wrapped onto a second line (关于国民经济和社会发展“九五”计划和２０１０年远景目标纲要的 / 报告).
        int third = next + 1;
        while (third < end && (lines[third].IsBlank || lines[third].Furniture == Furniture.Drop)) third++;
        bool wrapped = third < end && lines[next].Furniture == Furniture.None && lines[third].Furniture == Furniture.None &&
                       line.Clean.Length + after.Text.Length <= 60 && !HasSentencePunctuation(lines[next].Clean) && IsDateline(block.At(third));
        return wrapped ? third - i : 0;
    }

    // ——1996年3月5日在…会议上 (a dash, then a line the title block takes).
    private static bool IsDateline(TitleBlockLine line) =>
        line.Text.Length > 0 && (HeadingMarkers.IsDash(line.Text[0]) || line.Text[0] == '-') && line.IsBlockLine;

    // A caption that says who delivered the report, wrapped over two or three lines (…开幕。 / 省长毛伟明作政府工作报告。…):
    // the index of its last line, or −1.
    private static int CaptionWrapped(SourceLine[] lines, TitleBlockReader block, int first, int end, string name)
    {
        string caption = block.At(first).Text;
        int last = first;
        for (int more = 0; more < MaxCaptionLines - 1; more++)
        {
            last++;
            while (last < end && (lines[last].IsBlank || lines[last].Furniture == Furniture.Drop)) last++;
            if (last >= end || lines[last].Furniture != Furniture.None) return -1;
            caption += block.At(last).Text;
            if (SpeakerParser.Delivers(caption, name, out _)) return last;
        }
        return -1;
    }

    /// <summary>The most lines a caption under the title block may be wrapped over.</summary>
    public const int MaxCaptionLines = 3;

    // The tail of a dateline wrapped inside a word (…第四次会 / 议上), after the block's last line.
    private static bool EndsWrappedDateline(SourceLine[] lines, TitleBlockReader block, int i, TitleBlockLine read)
    {
        int previous = i - 1;
        while (previous >= 0 && (lines[previous].IsBlank || lines[previous].Furniture != Furniture.None)) previous--;
        return previous >= 0 && TitleBlockLine.EndsDateline(block.At(previous).Folded, read.Folded);
    }

    // The lines of a title block, each read once however often the segmenter looks at it.
    private sealed class TitleBlockReader
    {
        private readonly SourceLine[] _lines;
        private readonly Dictionary<int, TitleBlockLine> _read = new();

        public TitleBlockReader(SourceLine[] lines) => _lines = lines;

        public TitleBlockLine At(int index)
        {
            if (!_read.TryGetValue(index, out var line)) _read[index] = line = TitleBlockLine.Read(index, _lines[index].Clean);
            return line;
        }
    }

    private static bool HasSentencePunctuation(string t)
    {
        foreach (char c in t)
        {
            char h = Normalizer.ToHalfWidth(c);
            if (c == '。' || c == '，' || h == ':' || h == ';' || h == '!' || h == '?') return true;
        }
        return false;
    }

    // Removes one bracketed group at the start or end: (北京市)…, …(2025年1月8日), …（草案）.
    private static string StripBrackets(string t, bool leading)
    {
        if (t.Length < 2) return t;
        if (leading)
        {
            if (t[0] != '(' && t[0] != '（') return t;
            int close = t.IndexOfAny(new[] { ')', '）' });
            return close > 0 && close < 20 ? t.Substring(close + 1) : t;
        }
        char last = t[t.Length - 1];
        if (last != ')' && last != '）') return t;
        int open = t.LastIndexOfAny(new[] { '(', '（' });
        // (2025年1月8日), or the whole dateline: 政府工作报告（2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上）.
        bool dateline = open > 0 && SpeakerParser.DatelineEnd(t) > open;
        return open > 0 && (t.Length - open < 24 || dateline) ? t.Substring(0, open) : t;
    }
}
