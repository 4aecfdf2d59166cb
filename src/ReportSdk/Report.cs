using System;
using System.Collections.Generic;

namespace ReportSdk;

/// <summary>
/// One government work report (政府工作报告): its metadata, section tree, numeric facts and glossary.
/// Instances are created by generated code from literals; sections, indicators and glossary are
/// built on first access only, so touching one report never pays for the others.
/// </summary>
public abstract class Report
{
    /// <summary>Creates the metadata part of a report. Called by generated code.</summary>
    protected Report(ReportInfo info) => Info = info ?? throw new ArgumentNullException(nameof(info));

    /// <summary>The report's metadata as one value.</summary>
    public ReportInfo Info { get; }

    /// <summary>Stable id such as <c>shijingshan-2025</c>.</summary>
    public string Id => Info.Id;
    /// <summary>Region in Chinese, e.g. 石景山区.</summary>
    public string Region => Info.Region;
    /// <summary>English (pinyin) name of the region when known, e.g. Shijingshan; otherwise null.</summary>
    public string? RegionEnglish => Info.RegionEnglish;
    /// <summary>Administrative level of the region.</summary>
    public RegionLevel Level => Info.Level;
    /// <summary>GB/T 2260 division code (110107 for 石景山区, 100000 for the national level); null for a region the
    /// divisions table does not know (a division abolished before 2023, such as 宣武区).</summary>
    public string? DivisionCode => Info.DivisionCode;
    /// <summary>The regions above this one, nearest first: 海拉尔区 → 呼伦贝尔市, 内蒙古自治区. Empty for a province.</summary>
    public IReadOnlyList<RegionRef> Parents => Info.Parents ?? Array.Empty<RegionRef>();
    /// <summary>The region directly above this one (石景山区 → 北京市), or null.</summary>
    public RegionRef? Parent => Parents.Count > 0 ? Parents[0] : null;
    /// <summary>Year in which the report was delivered.</summary>
    public int DeliveredYear => Info.DeliveredYear;
    /// <summary>First year of a five-year review (过去五年工作回顾: 2018 in a 2023 report), else null.</summary>
    public int? ReviewStartYear => Info.ReviewStartYear;
    /// <summary>The year the review part looks back on (usually <see cref="DeliveredYear"/> − 1).</summary>
    public int? ReviewYear => Info.ReviewYear;
    /// <summary>The year the plan part and the targets are for.</summary>
    public int? PlanYear => Info.PlanYear;
    /// <summary>Date of delivery when stated.</summary>
    public DateOnly? Date => Info.Date;
    /// <summary>Speaker without the spaces some texts put inside names, e.g. 万隆.</summary>
    public string? Speaker => Info.Speaker;
    /// <summary>Speaker's title: 区长, 代区长, 市长 ….</summary>
    public string? SpeakerTitle => Info.SpeakerTitle;
    /// <summary>The congress session, e.g. 北京市石景山区第十七届人民代表大会第五次会议.</summary>
    public string? Congress => Info.Congress;
    /// <summary>Title of the report.</summary>
    public string Title => Info.Title;
    /// <summary>Where the report text came from.</summary>
    public SourceRef Source => Info.Source;
    /// <summary>False when the text is cut off (for example it stops after the review part).</summary>
    public bool Complete => Info.Complete;

    /// <summary>Level-1 sections (一、…), each with its subsections.</summary>
    public abstract IReadOnlyList<Section> Sections { get; }
    /// <summary>Every numeric fact of the report, in text order.</summary>
    public abstract IReadOnlyList<Indicator> Indicators { get; }
    /// <summary>名词解释 entries, when the report has a glossary.</summary>
    public abstract IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>
    /// The facts carrying a standard indicator key, in text order (empty when none). Cross-report queries
    /// (<c>Compare</c>, <c>Series</c>) ask this instead of <see cref="Indicators"/>: a report that keeps a compact index
    /// of its standard facts overrides it to build only those.
    /// </summary>
    /// <param name="indicator">The standard indicator.</param>
    public virtual IReadOnlyList<Indicator> FactsOf(StandardIndicator indicator)
    {
        var found = new List<Indicator>();
        foreach (var fact in Indicators)
        {
            if (fact.Standard == indicator) found.Add(fact);
        }
        return found.AsReadOnly();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Region} {DeliveredYear} {Title}";
}

/// <summary>Metadata of a report.</summary>
/// <param name="Id">Stable id such as <c>shijingshan-2025</c>.</param>
/// <param name="Region">Region in Chinese.</param>
/// <param name="RegionEnglish">English (pinyin) region name when known.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="DeliveredYear">Year of delivery.</param>
/// <param name="ReviewYear">Year reviewed.</param>
/// <param name="PlanYear">Year planned.</param>
/// <param name="Date">Date of delivery when stated.</param>
/// <param name="Speaker">Speaker.</param>
/// <param name="SpeakerTitle">Speaker's title.</param>
/// <param name="Congress">Congress session.</param>
/// <param name="Title">Report title.</param>
/// <param name="Source">Source file and line range.</param>
/// <param name="Complete">Whether the text is complete.</param>
/// <param name="DivisionCode">GB/T 2260 division code, when known.</param>
/// <param name="Parents">Regions above, nearest first.</param>
/// <param name="ReviewStartYear">First year of a five-year review.</param>
public sealed record ReportInfo(
    string Id,
    string Region,
    string? RegionEnglish,
    RegionLevel Level,
    int DeliveredYear,
    int? ReviewYear,
    int? PlanYear,
    DateOnly? Date,
    string? Speaker,
    string? SpeakerTitle,
    string? Congress,
    string Title,
    SourceRef Source,
    bool Complete,
    string? DivisionCode = null,
    IReadOnlyList<RegionRef>? Parents = null,
    int? ReviewStartYear = null);

/// <summary>A region above a report's own.</summary>
/// <param name="Name">Chinese name, e.g. 呼伦贝尔市.</param>
/// <param name="English">English (pinyin) name, e.g. Hulunbuir.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="DivisionCode">GB/T 2260 division code, when known.</param>
public sealed record RegionRef(string Name, string? English, RegionLevel Level, string? DivisionCode);

/// <summary>Where a report came from.</summary>
/// <param name="File">File name of the source text.</param>
/// <param name="StartLine">First line of the report (1-based, as <c>cat -n</c> counts).</param>
/// <param name="EndLine">Last line of the report.</param>
/// <param name="Sha256">SHA-256 of the whole source file, lower-case hex.</param>
/// <param name="GeneratorVersion">Version of the generator that compiled it.</param>
public sealed record SourceRef(string File, int StartLine, int EndLine, string Sha256, string GeneratorVersion);
