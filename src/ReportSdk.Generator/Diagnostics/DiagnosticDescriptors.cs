using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, with stable ids (see docs/diagnostics.md). The parser only creates
/// <c>DiagnosticInfo</c> records with these ids and message arguments; <see cref="DiagnosticFactory"/> turns
/// them into Roslyn diagnostics. Severities can be changed with <c>.editorconfig</c> or <c>NoWarn</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ReportSdk";

    /// <summary>RSDK001: the file is empty (or only whitespace). Args: file name.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new(
        "RSDK001", "Report file is empty",
        "Report file '{0}' is empty",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The file was given as a report source but holds no text. Remove it from the ReportSource items or fill it.");

    /// <summary>RSDK002: no report was recognised. Args: file name.</summary>
    public static readonly DiagnosticDescriptor NoReport = new(
        "RSDK002", "No report found",
        "No government work report was found in '{0}'",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A report is recognised by its title (政府工作报告), a dateline or speaker line, or 工作回顾/主要任务 headings. Check that the file is the report text and not only web furniture or a table of contents.");

    /// <summary>RSDK003: the text looks mis-decoded. Args: file name, what was seen, how to convert.</summary>
    public static readonly DiagnosticDescriptor BadEncoding = new(
        "RSDK003", "Report text is not valid UTF-8",
        "Report file '{0}' is not valid UTF-8 text: {1}; {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Report files must be UTF-8. Text saved as GBK/GB18030 and read as UTF-8 shows replacement characters (U+FFFD); read as Latin-1 it shows accented Latin letters instead of Chinese. Convert the file (iconv -f GB18030 -t UTF-8 in.txt > out.txt, or save it as UTF-8 in your editor). The text is still parsed as it is.");

    /// <summary>RSDK004: a report is cut off. Args: report id, file name.</summary>
    public static readonly DiagnosticDescriptor Truncated = new(
        "RSDK004", "Report text is cut off",
        "Report '{0}' in '{1}' appears to be cut off; it is generated with Complete = false",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The text stops before the end of the report (for example after the review part). Facts present are still generated.");

    /// <summary>RSDK005: two files describe the same report. Args: report id, winning file, losing file.</summary>
    public static readonly DiagnosticDescriptor DuplicateReport = new(
        "RSDK005", "Two files describe the same report",
        "Report '{0}' is described more than once; the one in '{1}' is used and the one in '{2}' is ignored",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Two reports have the same region and delivered year. The winner is chosen deterministically: a complete text wins over a cut-off one, then the ordinally first file path, then the first report in the file. Remove one of the texts to silence this warning.");

    /// <summary>RSDK006: an identifier collision was resolved. Args: name, new name, what.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        "RSDK006", "Identifier collision resolved",
        "The name '{0}' is already used; '{2}' is generated as '{1}'",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Two regions (or members) map to the same C# identifier. The later one in ordinal order gets a numeric suffix (_2, _3 …).");

    /// <summary>RSDK007: a number that is not classified as a fact. Args: number, file name, line.</summary>
    public static readonly DiagnosticDescriptor UnclassifiedNumber = new(
        "RSDK007", "Number not classified as a fact",
        "The quantity '{0}' in '{1}' (line {2}) was not classified as a fact: no indicator name was found for it",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: false,
        description: "Reported for numbers the fact extractor saw but did not turn into a fact. Off by default; enable it with dotnet_diagnostic.RSDK007.severity = suggestion to review extraction.");

    /// <summary>RSDK008: input too large and cut. Args: file name, size limit, characters in the file, characters read.</summary>
    public static readonly DiagnosticDescriptor InputTooLarge = new(
        "RSDK008", "Report file too large",
        "Report file '{0}' has {2} characters, more than the limit of {1}; only the first {3} (up to the last line end before the limit) are read",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Inputs above 4 Mi characters (about 12 MB of Chinese UTF-8 text) are cut at the last line end before the limit so the build and the IDE stay fast; reports in the part read are generated as usual. Split the file into one file per report.");

    /// <summary>RSDK009: unexpected failure while processing a file; nothing is generated for it. Args: file name, message.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "RSDK009", "ReportSdk generator failed on a file",
        "ReportSdk could not process '{0}': {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An unexpected error in the generator. The build continues without this file's reports. Please report it with the file attached.");

    /// <summary>All descriptors by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        EmptyFile, NoReport, BadEncoding, Truncated, DuplicateReport, IdentifierCollision, UnclassifiedNumber, InputTooLarge, InternalError);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] all)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var d in all) map[d.Id] = d;
        return map;
    }
}
