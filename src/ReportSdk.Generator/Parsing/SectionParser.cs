using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>The section tree of one report body and the paragraphs handed to the fact extractor.</summary>
internal sealed class SectionTree
{
    public SectionTree(EquatableArray<SectionModel> sections, List<FactInput> factInputs, List<SourceParagraph> preamble, int? reviewYear, int? planYear, bool hasPlanPart)
    {
        Sections = sections;
        FactInputs = factInputs;
        Preamble = preamble;
        ReviewYear = reviewYear;
        PlanYear = planYear;
        HasPlanPart = hasPlanPart;
    }

    public EquatableArray<SectionModel> Sections { get; }
    public List<FactInput> FactInputs { get; }
    public List<SourceParagraph> Preamble { get; }

    /// <summary>Year in the review heading (一、2022 年工作回顾), if stated.</summary>
    public int? ReviewYear { get; }

    /// <summary>Year in the plan heading (二、2023 年主要任务), if stated.</summary>
    public int? PlanYear { get; }

    public bool HasPlanPart { get; }
}

/// <summary>
/// Builds the section tree from reflowed paragraphs: 一、 (level 1), （一）/(一) (level 2), and below them
/// 一是… paragraph heads, ——— dash bullets and lead sentences (重大项目支撑加力。), each holding its paragraphs.
/// Numbered headings must follow in sequence, so a stray 一、 in running text is not a heading.
/// </summary>
internal static class SectionParser
{
    /// <summary>The longest heading title, in characters; a longer text after a marker is body text.</summary>
    public const int MaxTitleLength = 64;
    private const int MaxLeadSentenceLength = 24;

    private sealed class Node
    {
        public int Level;
        public int Ordinal;
        public string Marker = "";
        public string Title = "";
        public int Line;
        public SectionStyle Style;
        public ReportPart Part;
        public readonly List<ParagraphModel> Paragraphs = new();
        public readonly List<Node> Children = new();
        public int LastParen;
        public int LastShi;
        // The last number of a 一、 list nested under this heading (0: none).
        public int ChildDun;

        public SectionModel ToModel() => new(
            Level, Ordinal, Marker, Title, Line, Style, Paragraphs.ToEquatableArray(),
            Children.Select(c => c.ToModel()).ToEquatableArray());
    }

    public static SectionTree Parse(IReadOnlyList<SourceParagraph> paragraphs, CancellationToken cancellationToken)
    {
        var roots = new List<Node>();
        var stack = new List<Node>();
        var inputs = new List<FactInput>();
        var preamble = new List<SourceParagraph>();
        int lastDun = 0;
        int rootParen = 0, rootShi = 0;
        int? reviewYear = null, planYear = null;
        bool hasPlan = false, reviewSeen = false, partsUnderParen = false;
        // While no 一、 heading is seen: the part an unnumbered part-title line opened (a web copy that lost 一、二、).
        ReportPart preamblePart = ReportPart.Preamble;

        // The part a heading of the report's list of parts opens (一、…, 二、…), noting the review and plan years.
        ReportPart PartOf(string title, int ordinal)
        {
            // Everything after the review looks ahead (三、政府自身建设 too): plan-year part.
            var part = PartTitles.PartOf(title);
            // 一、过去一年的工作: a report opens with its review, whatever the first part is called.
            if (part == ReportPart.Other && ordinal == 1) part = ReportPart.Review;
            if (part == ReportPart.Other && (reviewSeen || hasPlan)) part = ReportPart.Plan;
            reviewSeen |= part == ReportPart.Review;
            if (part == ReportPart.Review) reviewYear ??= MetadataParser.HeadingYear(title);
            if (part == ReportPart.Plan)
            {
                hasPlan = true;
                planYear ??= MetadataParser.HeadingYear(title);
            }
            return part;
        }

        var openings = Openings(paragraphs, cancellationToken);
        int[] nextShiOrdinal = NextShiOrdinals(openings);
        var lists = new NumberedLists();
        for (int i = 0; i < openings.Length; i++)
        {
            if (openings[i].HasMarker && IsTitle(openings[i].Title)) lists.Add(i, openings[i].Marker);
        }
        bool targetsAnnounced = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if ((p & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[p];
            var opening = openings[p];
            string text = opening.Text;
            int boldSkip = opening.BoldSkip;
            Node? heading = null;
            int bodyStart = 0;

            if (opening.HasMarker)
            {
                var marker = opening.Marker;
                Node? parent = Deepest(stack, SectionStyle.Dun, SectionStyle.Paren);
                // The level-1 heading a （一） belongs under: a 一、 heading only (a text without 一、 numbers its （一） at the top).
                Node? level1 = stack.Count > 0 && stack[0].Style == SectionStyle.Dun ? stack[0] : null;
                string title = opening.Title;
                int end = opening.TitleEnd;
                bool titleOk = IsTitle(title);
                switch (marker.Style)
                {
                    case SectionStyle.Dun when titleOk:
                        // A list nested in another goes on (or starts, when the look-ahead confirms it) before the top list.
                        if (NestedList(stack, marker.Ordinal, p, lastDun, rootParen, lists) is { } list)
                        {
                            list.ChildDun = marker.Ordinal;
                            // Under a （） heading at the top, the 一、 list is the report's list of parts all the same.
                            bool parts = list.Style == SectionStyle.Paren && list.Level == 1;
                            partsUnderParen |= parts;
                            heading = new Node { Level = list.Level + 1, Part = parts ? PartOf(title, marker.Ordinal) : list.Part };
                            break;
                        }
                        // A second 一、 list at the top that counts on past the first one's last number starts the top list afresh
                        // (not one whose items end in ； : items of a sentence, national 1987's 一、继续深入批评…；).
                        bool restarts = marker.Ordinal == 1 && lastDun >= 2 && !EndsClause(title) && lists.RestartsPast(p, lastDun);
                        if (restarts) lastDun = 0;
                        // The first level-1 heading may be 二、 when a damaged text lost 一、 (the segmenter kept the report for its long body).
                        if (marker.Ordinal != lastDun + 1 && !(lastDun == 0 && marker.Ordinal == 2 && PartTitles.PartOf(title) != ReportPart.Other)) break;
                        lastDun = marker.Ordinal;
                        // A restarted list does not open the report: its 一、 is no review for being first.
                        heading = new Node { Level = 1, Part = PartOf(title, restarts ? 0 : marker.Ordinal) };
                        break;
                    case SectionStyle.Paren when titleOk:
                        int lastParen = level1 != null ? level1.LastParen : rootParen;
                        // （二） then （四）: the source lost a heading; a title that stands alone on its line (a closing 。 at
                        // most) goes on with the list.
                        bool afterLost = lastParen > 0 && marker.Ordinal == lastParen + 2 && end >= text.Length;
                        if (marker.Ordinal != lastParen + 1 && !afterLost) break;
                        if (level1 != null) level1.LastParen = marker.Ordinal; else rootParen = marker.Ordinal;
                        // Once the report's parts were numbered 一、 under a （） heading at the top, the （） headings after
                        // it open parts too (（三）我国经济发展的前景, national 1981).
                        var parenPart = level1?.Part ?? (partsUnderParen ? PartOf(title, marker.Ordinal) : ReportPart.Preamble);
                        heading = new Node { Level = level1 != null ? 2 : 1, Part = parenPart };
                        break;
                    case SectionStyle.Shi when titleOk:
                        int lastShi = parent != null ? parent.LastShi : rootShi;
                        if (marker.Ordinal != lastShi + 1) break;
                        if (marker.Ordinal == 1 && (p + 1 >= paragraphs.Count || nextShiOrdinal[p + 1] != 2)) break;
                        if (parent != null) parent.LastShi = marker.Ordinal; else rootShi = marker.Ordinal;
                        heading = new Node { Level = (parent?.Level ?? 0) + 1, Part = parent?.Part ?? ReportPart.Preamble };
                        break;
                    case SectionStyle.Dash when titleOk && parent != null:
                        heading = new Node { Level = parent!.Level + 1, Part = parent.Part };
                        break;
                }
                if (heading != null)
                {
                    heading.Ordinal = marker.Ordinal;
                    heading.Marker = marker.Marker;
                    heading.Title = title;
                    heading.Style = marker.Style;
                    bodyStart = boldSkip + end;
                }
            }
            else if (stack.Count > 0 && LeadSentence(text) is { } lead)
            {
                Node parent = Deepest(stack, SectionStyle.Dun, SectionStyle.Paren, SectionStyle.Shi)!;
                heading = new Node { Level = parent.Level + 1, Part = parent.Part, Title = lead.Title, Style = SectionStyle.LeadSentence };
                bodyStart = boldSkip + lead.End;
            }

            if (lastDun == 0 && (heading == null || heading.Style == SectionStyle.LeadSentence) && PartTitles.Unnumbered(text) is { } opened)
            {
                // A new part closes the sections of the one before: its （一） and 一是 lists start afresh at the top.
                preamblePart = opened;
                // 2026年重点工作 (gansu 2026): an unnumbered plan part is the report's plan part all the same.
                if (opened == ReportPart.Plan)
                {
                    hasPlan = true;
                    planYear ??= MetadataParser.HeadingYear(text);
                }
                stack.Clear();
                rootParen = 0;
                rootShi = 0;
            }
            if (heading != null)
            {
                heading.Line = paragraph.Line;
                Push(roots, stack, heading);
            }

            var body = bodyStart == 0 ? paragraph : ParagraphBuilder.Slice(paragraph, bodyStart, paragraph.Text.Length - bodyStart);
            if (body == null) continue;

            // A numbered heading that runs into its body may carry the first lead sentence on the same line
            // (…初步形成**文化保护传承深入开展**。融入…).
            if (heading != null && heading.Style != SectionStyle.Dash && heading.Style != SectionStyle.LeadSentence &&
                LeadSentence(body.Text) is { } glued)
            {
                Push(roots, stack, new Node { Level = heading.Level + 1, Part = heading.Part, Title = glued.Title, Style = SectionStyle.LeadSentence, Line = body.Line });
                body = ParagraphBuilder.Slice(body, glued.End, body.Text.Length - glued.End);
                if (body == null) continue;
            }

            body = ParagraphBuilder.StripMarkup(body);
            if (body.Text.Length == 0) continue;
            if (stack.Count == 0)
            {
                preamble.Add(body);
                inputs.Add(new FactInput(body, preamblePart, null, IsMainTargets(body.Text)));
                continue;
            }
            var top = stack[stack.Count - 1];
            top.Paragraphs.Add(new ParagraphModel(body.Text, body.Line));
            var bodyPart = OpenPart(stack, preamblePart);
            string? parentTitle = stack.Count >= 2 ? stack[stack.Count - 2].Title : null;
            bool listItem = top.Style is SectionStyle.LeadSentence or SectionStyle.Dash;
            bool announced = IsMainTargets(body.Text);
            inputs.Add(new FactInput(body, bodyPart, top.Title, announced, stack[0].Title, parentTitle, listItem, targetsAnnounced));
            // 今年国民经济和社会发展的主要预期目标是： alone: the next paragraph lists them.
            targetsAnnounced = announced && EndsWithColon(body.Text);
        }

        var sections = roots.Select(r => r.ToModel()).ToEquatableArray();
        return new SectionTree(sections, inputs, preamble, reviewYear, planYear, hasPlan);
    }

    // The part of the deepest open heading that has one (a （） heading at the top has none; its 一、 parts do), else
    // the part an unnumbered part title opened.
    private static ReportPart OpenPart(List<Node> stack, ReportPart preamblePart)
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Part != ReportPart.Preamble) return stack[i].Part;
        }
        return preamblePart;
    }

    private static bool IsTitle(string title) => title.Length > 0 && title.Length <= MaxTitleLength;

    /// <summary>A title that ends as a clause of a list in a sentence does (；).</summary>
    private static bool EndsClause(string title) => title.Length > 0 && (title[title.Length - 1] == '；' || title[title.Length - 1] == ';');

    /// <summary>
    /// The heading whose nested 一、 list the 一、 heading numbered <paramref name="ordinal"/> at paragraph
    /// <paramref name="p"/> belongs to, or null for the top list: a nested list on the stack it goes on with; else, for
    /// 一、, a new list under the deepest 一、 heading (三、 … 一、二、三、 … 四、), or, in a report numbered （一）（二） at the
    /// top with no 一、 list yet, under its （） heading, each when <see cref="NumberedLists"/> sees the enclosing list
    /// go on after it.
    /// </summary>
    private static Node? NestedList(List<Node> stack, int ordinal, int p, int lastDun, int rootParen, NumberedLists lists)
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].ChildDun > 0 && ordinal == stack[i].ChildDun + 1) return stack[i];
        }
        if (ordinal != 1) return null;
        if (Deepest(stack, SectionStyle.Dun) is { } dun) return lists.NestedListReturnsTo(p, dun.Ordinal + 1) ? dun : null;
        bool parenAtTop = lastDun == 0 && stack.Count > 0 && stack[0].Style == SectionStyle.Paren && stack[0].Level == 1;
        return parenAtTop && lists.ParenListResumes(p, rootParen + 1) ? stack[0] : null;
    }

    private static void Push(List<Node> roots, List<Node> stack, Node heading)
    {
        while (stack.Count > 0 && stack[stack.Count - 1].Level >= heading.Level) stack.RemoveAt(stack.Count - 1);
        if (stack.Count == 0) roots.Add(heading); else stack[stack.Count - 1].Children.Add(heading);
        stack.Add(heading);
    }

    /// <summary>A paragraph that ends on a colon, announcing what follows (…的主要预期目标是：, …以下目标任务：).</summary>
    internal static bool EndsWithColon(string text)
    {
        string t = text.TrimEnd();
        return t.Length > 0 && (t[t.Length - 1] == '：' || t[t.Length - 1] == ':');
    }

    /// <summary>True for the paragraph that states the 主要预期目标.</summary>
    public static bool IsMainTargets(string text) =>
        text.IndexOf("主要预期目标", StringComparison.Ordinal) >= 0 || text.IndexOf("预期目标是", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// The heading title after the marker: up to the first 。 (a heading that runs into body text) or to a
    /// glued-on **bold** lead sentence; <paramref name="end"/> is where the body text starts.
    /// </summary>
    public static string Title(string text, int markerLength, out int end)
    {
        int stop = text.Length;
        int period = text.IndexOf('。', markerLength);
        if (period >= 0) stop = period;
        int bold = text.IndexOf("**", markerLength, StringComparison.Ordinal);
        if (bold > markerLength && bold < stop)
        {
            end = bold;
            return Clean(text.Substring(markerLength, bold - markerLength));
        }
        end = stop < text.Length ? stop + 1 : text.Length;
        return Clean(text.Substring(markerLength, stop - markerLength));
    }

    private static string Clean(string title) => Normalizer.NormalizeSpaces(title.Replace("**", "")).TrimEnd('。').TrimEnd();

    private readonly struct Lead
    {
        public Lead(string title, int end)
        {
            Title = title;
            End = end;
        }

        public string Title { get; }
        public int End { get; }
    }

    // A short first sentence without commas that heads its paragraph: 重大项目支撑加力。…
    private static Lead? LeadSentence(string text)
    {
        int period = text.IndexOf('。');
        if (period <= 0) return null;
        string sentence = text.Substring(0, period).Replace("**", "");
        if (sentence.Length < 4 || sentence.Length > MaxLeadSentenceLength || period + 1 >= text.Length) return null;
        foreach (char c in sentence)
        {
            char h = Normalizer.ToHalfWidth(c);
            if (h == ',' || h == ';' || h == ':' || h == '!' || h == '?' || c == '、' || c == '，') return null;
        }
        if (sentence.StartsWith("各位代表", StringComparison.Ordinal)) return null;
        if (StatesFigure(sentence)) return null;
        return new Lead(Normalizer.NormalizeSpaces(sentence), period + 1);
    }

    // 城镇新增就业1184万人。: a sentence that states a figure in digits (a number with its unit; years, dates and codes
    // are no figures) reports a result; it heads nothing.
    private static bool StatesFigure(string sentence)
    {
        string text = Facts.CompactText.Normalized(sentence);
        foreach (var token in Facts.NumberScanner.Scan(text, 0, text.Length))
        {
            if (token.Unit.Length > 0 && char.IsDigit(text[token.Start])) return true;
        }
        return false;
    }

    // 一是 heads a list of paragraphs only when a later paragraph, before the next numbered heading, starts with 二是.
    // For each paragraph: the ordinal of the first 一是-style marker at or after it, or 0 when a numbered heading
    // (一、, （一）) or the end comes first. One backward pass, so the check stays linear.
    private static int[] NextShiOrdinals(Opening[] openings)
    {
        var next = new int[openings.Length];
        int following = 0;
        for (int i = openings.Length - 1; i >= 0; i--)
        {
            if (openings[i].HasMarker)
            {
                var marker = openings[i].Marker;
                if (marker.Style == SectionStyle.Shi) following = marker.Ordinal;
                else if (marker.Style == SectionStyle.Dun || marker.Style == SectionStyle.Paren) following = 0;
            }
            next[i] = following;
        }
        return next;
    }

    /// <summary>
    /// A paragraph's text without a leading <c>**</c>, and the heading marker it opens with and the title after it,
    /// read once for the look-aheads (<see cref="NextShiOrdinals"/>, <see cref="NumberedLists"/>) and the parse.
    /// </summary>
    private readonly record struct Opening(string Text, int BoldSkip, bool HasMarker, HeadingMarker Marker, string Title, int TitleEnd);

    private static Opening[] Openings(IReadOnlyList<SourceParagraph> paragraphs, CancellationToken cancellationToken)
    {
        var openings = new Opening[paragraphs.Count];
        for (int i = 0; i < openings.Length; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            string text = StripLeadingBold(paragraphs[i].Text, out int boldSkip);
            bool hasMarker = HeadingMarkers.TryRead(text, out var marker);
            int end = 0;
            string title = hasMarker ? Title(text, marker.Length, out end) : string.Empty;
            openings[i] = new Opening(text, boldSkip, hasMarker, marker, title, end);
        }
        return openings;
    }

    private static Node? Deepest(List<Node> stack, params SectionStyle[] styles)
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(styles, stack[i].Style) >= 0) return stack[i];
        }
        return null;
    }

    private static string StripLeadingBold(string text, out int skipped)
    {
        skipped = text.StartsWith("**", StringComparison.Ordinal) ? 2 : 0;
        return skipped == 0 ? text : text.Substring(2);
    }
}
