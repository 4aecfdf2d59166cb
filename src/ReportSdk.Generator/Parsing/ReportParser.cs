using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing.Facts;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Entry point of the parser: one file's text in, its reports and diagnostics out. Pure: no Roslyn, no I/O.
/// The stages it runs (segmentation, metadata, sections, facts) are described in docs/architecture.md.
/// </summary>
internal static class ReportParser
{
    /// <summary>Parses one file.</summary>
    /// <param name="filePath">Path as given to the compiler (used for ids of diagnostics and provenance).</param>
    /// <param name="text">The whole text of the file.</param>
    /// <param name="cancellationToken">Honoured between reports and paragraphs.</param>
    public static ParsedFile Parse(string filePath, string text, CancellationToken cancellationToken = default)
        => Parse(filePath, text, null, cancellationToken);

    /// <summary>Parses one file with what its <c>ReportSource</c> item states (Region, Year, Date, Speaker).</summary>
    /// <param name="filePath">Path as given to the compiler.</param>
    /// <param name="text">The whole text of the file.</param>
    /// <param name="item">The item's metadata, applied to every report of the file; null for none.</param>
    /// <param name="cancellationToken">Honoured between reports and paragraphs.</param>
    public static ParsedFile Parse(string filePath, string text, ItemMetadata? item, CancellationToken cancellationToken)
    {
        text ??= "";
        string fileName = FileName(filePath);
        var reports = new List<ReportModel>();
        var diagnostics = new List<DiagnosticInfo>();

        if (IsEmpty(text))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, LocationInfo.InText(filePath, text, 0, text.Length), fileName));
            return new ParsedFile(filePath, fileName, reports.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        var lines = SourceLines.Split(text, cancellationToken);
        var segments = ReportSegmenter.Find(lines, cancellationToken);
        var layout = Layout.MeasureClean(ReportLines(lines, segments));
        string sha = Sha256(text);

        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var overrides = new ItemOverrides(item, filePath, fileName, lines[segment.Title], diagnostics);
            var report = BuildReport(filePath, fileName, lines, segment, layout, sha, overrides, diagnostics, cancellationToken);
            if (report == null) continue;
            reports.Add(report);
            if (!report.Complete)
            {
                var last = lines[segment.LastLine];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Truncated, LocationInfo.OfLine(filePath, last), report.Id, fileName));
            }
        }

        if (reports.Count == 0)
        {
            var first = FirstContentLine(lines);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoReport, LocationInfo.OfLine(filePath, first), fileName));
        }
        return new ParsedFile(filePath, fileName, reports.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ReportModel? BuildReport(
        string filePath, string fileName, SourceLine[] lines, ReportSegment segment, Layout layout, string sha,
        ItemOverrides overrides, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var meta = MetadataParser.Parse(segment.TitleText, segment.TitleBlock);

        var paragraphs = LineReflow.Reflow(lines, segment.BodyStart, segment.BodyEnd, layout, cancellationToken);
        var tree = SectionParser.Parse(paragraphs, cancellationToken);

        var region = overrides.Apply(meta, meta.Region ?? RegionFromPreamble(tree.Preamble));
        if (region == null) return null;
        foreach (var (index, what, written) in meta.Dropped)
        {
            var line = index >= 0 ? lines[index] : lines[segment.Title];
            string instead = what == "speaker line" ? (meta.Speaker != null ? "the speaker is " + meta.Speaker : "the report has no speaker")
                : "the report is filed under " + region.Value.Name + ", as the rest of the title block says";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MetadataNotRead, LocationInfo.OfLine(filePath, line), what, fileName, written, instead));
        }

        var years = ReportYears.Infer(meta, tree, paragraphs);
        if (overrides.Year(years.Delivered) is int statedYear && statedYear != years.Delivered)
        {
            meta.DateYear = statedYear;
            years = ReportYears.Infer(meta, tree, paragraphs);
        }
        int delivered = years.Delivered;
        bool complete = tree.HasPlanPart && paragraphs.Count > 0 && Normalizer.EndsSentence(paragraphs[paragraphs.Count - 1].Text);

        var info = region.Value;
        string id = ReportId(info, delivered);
        // The title names who speaks: 石景山区政府工作报告, 国务院政府工作报告.
        string speaker = info.Level == RegionLevel.National ? "国务院" : info.Name;
        string title = meta.Title.Length == 0 ? speaker + "政府工作报告"
            : meta.Title.IndexOf(speaker, StringComparison.Ordinal) >= 0 ? meta.Title : speaker + meta.Title;

        var log = new ExtractionLog();
        var facts = FactExtractor.Extract(tree.FactInputs, new FactContext(delivered, years.Review, years.Plan, years.ReviewStart), cancellationToken, log);
        ExtractionDiagnostics.Add(log, filePath, fileName, lines, diagnostics);
        var glossary = segment.GlossaryHeader >= 0
            ? GlossaryParser.Parse(lines, segment.GlossaryHeader + 1, segment.GlossaryEnd, cancellationToken)
            : EquatableArray<GlossaryEntryModel>.Empty;

        return new ReportModel(
            id, info.Name, info.English, info.Level, info.Code, info.Parents, delivered, years.ReviewStart, years.Review, years.Plan, meta.Date, meta.Speaker, meta.SpeakerTitle,
            meta.Congress, title, filePath, fileName, lines[segment.Title].Number, segment.EndLine, complete, sha,
            tree.Sections, facts, glossary);
    }

    // 现在，我代表西城区人民政府，向大会报告政府工作 names the region when the title block does not; 我代表国务院,
    // 我受国务院的委托, 向第二届全国人民代表大会第一次会议作政府工作报告 name the national level.
    private static RegionInfo? RegionFromPreamble(List<SourceParagraph> preamble)
    {
        foreach (var paragraph in preamble)
        {
            string text = TraditionalChinese.Fold(paragraph.Text);
            int at = text.IndexOf("人民政府", StringComparison.Ordinal);
            if (at > 0)
            {
                int start = Math.Max(0, at - 12);
                if (RegionResolver.TryResolve(text.Substring(start, at - start).Replace("我代表", ""), out var region)) return region;
            }
            if (SpeaksForTheNation(text) && RegionResolver.TryResolve("全国", out var national)) return national;
        }
        return null;
    }

    private static readonly string[] NationalAddress = { "代表国务院", "国务院的委托", "国务院的决定", "代表中央人民政府", "全国人民代表大会作", "全国人民代表大会报告" };

    private static bool SpeaksForTheNation(string text)
    {
        foreach (string phrase in NationalAddress)
        {
            if (text.IndexOf(phrase, StringComparison.Ordinal) >= 0) return true;
        }
        return text.IndexOf("向第", StringComparison.Ordinal) >= 0 && text.IndexOf("全国人民代表大会", StringComparison.Ordinal) >= 0;
    }

    // Readable, unique ids: national-2019, guangdong-2026, shijingshan-2023, and a county or district under a
    // prefecture-level city with the city's name first (hulunbuir-hailaer-2016).
    private static string ReportId(RegionInfo info, int delivered)
    {
        string own = info.English != null ? info.English.ToLowerInvariant() : info.Name;
        if (info.English != null && info.Parents.Count > 0 && info.Parents[0].Level == RegionLevel.City && info.Parents[0].English != null)
        {
            own = info.Parents[0].English!.ToLowerInvariant() + "-" + own;
        }
        return own + "-" + delivered.ToString(CultureInfo.InvariantCulture);
    }

    // The lines whose layout matters: report text, without furniture, tables of contents and glossaries.
    private static List<string?> ReportLines(SourceLine[] lines, List<ReportSegment> segments)
    {
        var result = new List<string?>();
        foreach (var segment in segments)
        {
            for (int i = segment.BodyStart; i < segment.BodyEnd; i++)
            {
                if (lines[i].Furniture == Furniture.None) result.Add(lines[i].IsBlank ? null : lines[i].Clean);
            }
        }
        return result;
    }

    // Nothing but spaces and line breaks.
    private static bool IsEmpty(string text)
    {
        foreach (char c in text)
        {
            if (!Normalizer.IsSpace(c) && c != '\r' && c != '\n' && c != '\u0085' && c != '\u2028' && c != '\u2029') return false;
        }
        return true;
    }

    private static SourceLine FirstContentLine(SourceLine[] lines)
    {
        foreach (var line in lines)
        {
            if (!line.IsBlank) return line;
        }
        return lines.Length > 0 ? lines[0] : new SourceLine(1, 0, "");
    }

    /// <summary>The file name of a path with either kind of slash (whatever the OS the build runs on).</summary>
    public static string FileName(string path)
    {
        int cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return cut >= 0 ? path.Substring(cut + 1) : path;
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, lower-case hex.</summary>
    public static string Sha256(string text)
    {
        // The UTF-8 bytes are hashed a few thousand characters at a time: a whole file's bytes in one array would land
        // on the large object heap, whose budget sets off full collections in the compiler process.
        const int Chunk = 8192;
        using var sha = SHA256.Create();
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = new char[Chunk];
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(Chunk)];
        for (int i = 0; i < text.Length; i += Chunk)
        {
            int n = text.Length - i < Chunk ? text.Length - i : Chunk;
            text.CopyTo(i, chars, 0, n);
            int count = encoder.GetBytes(chars, 0, n, bytes, 0, flush: i + n == text.Length);
            sha.TransformBlock(bytes, 0, count, null, 0);
        }
        sha.TransformFinalBlock(bytes, 0, 0);
        byte[] hash = sha.Hash!;
        var hex = new char[hash.Length * 2];
        for (int i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigits[hash[i] >> 4];
            hex[2 * i + 1] = HexDigits[hash[i] & 0xF];
        }
        return new string(hex);
    }

    private const string HexDigits = "0123456789abcdef";
}
