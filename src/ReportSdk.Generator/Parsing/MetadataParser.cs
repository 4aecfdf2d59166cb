using System;
using System.Collections.Generic;
using System.Text;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>What a report's title block states about it.</summary>
internal sealed class ReportMetadata
{
    public string Title { get; set; } = "";
    public RegionInfo? Region { get; set; }
    public string? Date { get; set; }
    public int? DateYear { get; set; }
    public int DateMonth { get; set; }
    public string? Speaker { get; set; }
    public string? SpeakerTitle { get; set; }
    public string? Congress { get; set; }

    /// <summary>What the title block states but the parser could not read: (<see cref="TitleBlockLine.Index"/> of the
    /// line, or −1 for the title; what; the text).</summary>
    public List<(int Line, string What, string Text)> Dropped { get; } = new();
}

/// <summary>
/// Reads the title block: the title line (石景山区政府工作报告, 政 府 工 作 报 告), the dateline wrapped over
/// several lines (——2024年1月9日在北京市东城区第十七届 / 人民代表大会第四次会议上) and the speaker line.
/// </summary>
internal static class MetadataParser
{
    /// <summary>Reads a title and the lines of its block as written (blank lines allowed).</summary>
    public static ReportMetadata Parse(string titleLine, IReadOnlyList<string> blockLines)
    {
        var block = new List<TitleBlockLine>(blockLines.Count);
        for (int i = 0; i < blockLines.Count; i++)
        {
            var line = TitleBlockLine.Read(i, blockLines[i]);
            if (line.Text.Length > 0) block.Add(line);
        }
        return Parse(titleLine, block);
    }

    /// <summary>Reads a title and the lines of its block as the segmenter read them (none blank).</summary>
    public static ReportMetadata Parse(string titleLine, IReadOnlyList<TitleBlockLine> block)
    {
        var meta = new ReportMetadata { Title = Normalizer.RemoveSpaces(titleLine) };

        // The dateline and session may wrap: read them from the block joined without breaks.
        var joined = new StringBuilder();
        string? speakerIssuer = null;
        bool datedTitle = SpeakerParser.DatelineEnd(meta.Title) > 0; // 政府工作报告（…会议上）
        for (int i = 0; i < block.Count; i++)
        {
            var line = block[i];
            if (i > 0 && TitleBlockLine.EndsDateline(block[i - 1].Folded, line.Folded))
            {
                joined.Append(line.Text); // …第四次会 / 议上: the dateline's tail, no name
                continue;
            }
            if (meta.Speaker == null && (joined.Length > 0 || datedTitle) && line.BareName)
            {
                // 周恩来 alone on the line after the dateline; 毛伟明, with 省长毛伟明作政府工作报告 on the next line.
                meta.Speaker = line.Folded;
                // The caption may be wrapped (…开幕。 / 省长毛伟明作政府工作报告。).
                string caption = "";
                for (int taken = 1; taken <= ReportSegmenter.MaxCaptionLines && i + taken < block.Count; taken++)
                {
                    caption += block[i + taken].Text;
                    if (!SpeakerParser.Delivers(caption, line.Folded, out string title)) continue;
                    if (title.Length > 0) meta.SpeakerTitle = title;
                    i += taken;
                    break;
                }
                continue;
            }
            if (meta.Speaker == null)
            {
                // 国务院总理 / 李克强 on two lines.
                if (i + 1 < block.Count && line.PairsWith(block[i + 1]) && line.SpeakerWithNext is SpeakerLine pair)
                {
                    SetSpeaker(meta, pair.Title, pair.Name);
                    speakerIssuer = pair.Issuer;
                    i++;
                    continue;
                }
                if (line.Speaker is SpeakerLine speaker)
                {
                    SetSpeaker(meta, speaker.Title, speaker.Name);
                    // ——2017年3月5日在…会议上 国务院总理 李克强: the dateline and the speaker on one line.
                    string issuer = speaker.Issuer;
                    int cut = SpeakerParser.DatelineEnd(issuer);
                    if (cut > 0)
                    {
                        joined.Append(line.Text, 0, cut);
                        issuer = issuer.Substring(cut);
                    }
                    speakerIssuer = issuer;
                    continue;
                }
                if (line.LooksLikeSpeaker && !line.TitleOnly && line.Folded.IndexOf("会议", StringComparison.Ordinal) < 0)
                {
                    meta.Dropped.Add((line.Index, "speaker line", line.Text)); // 区长 张"三\: not a name
                    continue;
                }
            }
            joined.Append(line.Text); // as written (第四次会議): the rules match on the folded text, character for character
        }
        string dateline = joined.ToString();

        if (DateParser.TryFind(dateline, out string iso, out int year, out int month) || DateParser.TryFind(meta.Title, out iso, out year, out month))
        {
            meta.Date = iso;
            meta.DateYear = year;
            meta.DateMonth = month;
        }
        meta.Congress = FindCongress(dateline) ?? FindCongress(meta.Title); // 政府工作报告（…在…第四次会议上）

        string titlePrefix = TitlePrefix(meta.Title);
        bool titled = RegionResolver.TryResolve(titlePrefix, out var region);
        if (!titled && WithoutYear(titlePrefix).Length > 0) meta.Dropped.Add((-1, "region of the title", titlePrefix)); // class区政府工作报告
        if (titled) meta.Region = region;
        else if (speakerIssuer != null && RegionResolver.TryResolve(speakerIssuer, out region)) meta.Region = region;
        else if (meta.Congress != null && RegionResolver.TryResolve(CongressRegion(meta.Congress), out region)) meta.Region = region;
        return meta;
    }

    // 2026年 (or nothing) before 政府工作报告 names no region.
    private static string WithoutYear(string prefix)
    {
        int at = prefix.IndexOf('年');
        string rest = at >= 0 && at <= 4 ? prefix.Substring(at + 1) : prefix;
        return rest.Trim('(', ')', '（', '）');
    }

    private static void SetSpeaker(ReportMetadata meta, string title, string name)
    {
        meta.Speaker = name;
        meta.SpeakerTitle = title;
    }

    /// <summary>
    /// The session the report was delivered to: 北京市石景山区第十七届人民代表大会第五次会议. Traditional characters are
    /// folded (會議 → 会议), so one session has one name whichever copy of the text it comes from.
    /// </summary>
    public static string? FindCongress(string written)
    {
        string dateline = TraditionalChinese.Fold(written);
        int npc = dateline.IndexOf("人民代表大会", StringComparison.Ordinal);
        if (npc < 0) return null;
        int end = dateline.IndexOf("会议", npc, StringComparison.Ordinal);
        if (end < 0 || end - npc > 16) return null;
        end += 2;
        int start = dateline.LastIndexOf('在', npc);
        if (start < 0 || npc - start > 30)
        {
            start = dateline.LastIndexOf('日', npc);
            if (start < 0 || npc - start > 30) start = -1;
        }
        start++;
        while (start < npc && (HeadingMarkers.IsDash(dateline[start]) || dateline[start] == '-')) start++;
        return dateline.Substring(start, end - start);
    }

    // The region part of a title: (北京市)北京市石景山区人民政府工作报告(2025年1月8日) → 北京市石景山区.
    private static string TitlePrefix(string title)
    {
        int at = title.IndexOf("政府工作报告", StringComparison.Ordinal);
        string prefix = at >= 0 ? title.Substring(0, at) : title;
        if (prefix.EndsWith("人民", StringComparison.Ordinal)) prefix = prefix.Substring(0, prefix.Length - 2);
        if (prefix.Length > 0 && (prefix[0] == '(' || prefix[0] == '（'))
        {
            int close = prefix.IndexOfAny(new[] { ')', '）' });
            if (close > 0 && close + 1 < prefix.Length) prefix = prefix.Substring(close + 1);
        }
        return prefix;
    }

    // 北京市石景山区第十七届人民代表大会… → 北京市石景山区; 第十届全国人民代表大会… → 全国.
    private static string CongressRegion(string congress)
    {
        if (congress.IndexOf("全国人民代表大会", StringComparison.Ordinal) >= 0) return "全国";
        int at = congress.IndexOf('第');
        return at > 0 ? congress.Substring(0, at) : congress;
    }

    /// <summary>Years stated by the level-1 headings: 一、2022 年工作回顾 (review) and 二、2023 年主要任务 (plan).</summary>
    public static int? HeadingYear(string title)
    {
        string t = Normalizer.RemoveSpaces(title);
        int at = t.IndexOf('年');
        if (at < 4) return null;
        int value = 0;
        for (int i = at - 4; i < at; i++)
        {
            char c = Normalizer.ToHalfWidth(t[i]);
            int digit = c >= '0' && c <= '9' ? c - '0' : ChineseNumerals.Digit(c); // 2022 or 二〇二二
            if (digit < 0 || t[i] == '两') return null;
            value = value * 10 + digit;
        }
        return value >= 1949 && value <= 2200 ? value : null;
    }
}
