using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, in one place: the stable ids (<c>…Id</c> constants, for tests and
/// pragmas) and their descriptors (see docs/diagnostics.md). Pipeline steps create <see cref="DiagnosticInfo"/>
/// values from these descriptors (<see cref="DiagnosticInfo.Create"/> checks the message arguments); only the
/// source output turns them into Roslyn diagnostics. To add one: an id constant, a descriptor, an entry in
/// <see cref="All"/>, and a section in docs/diagnostics.md (a test checks the last two).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ReportSdk";

    /// <summary>Id of <see cref="EmptyFile"/>.</summary>
    public const string EmptyFileId = "RSDK001";

    /// <summary>Id of <see cref="NoReport"/>.</summary>
    public const string NoReportId = "RSDK002";

    /// <summary>Id of <see cref="BadEncoding"/>.</summary>
    public const string BadEncodingId = "RSDK003";

    /// <summary>Id of <see cref="Truncated"/>.</summary>
    public const string TruncatedId = "RSDK004";

    /// <summary>Id of <see cref="DuplicateReport"/>.</summary>
    public const string DuplicateReportId = "RSDK005";

    /// <summary>Id of <see cref="IdentifierCollision"/>.</summary>
    public const string IdentifierCollisionId = "RSDK006";

    /// <summary>Id of <see cref="UnclassifiedNumber"/>.</summary>
    public const string UnclassifiedNumberId = "RSDK007";

    /// <summary>Id of <see cref="InputTooLarge"/>.</summary>
    public const string InputTooLargeId = "RSDK008";

    /// <summary>Id of <see cref="InternalError"/>.</summary>
    public const string InternalErrorId = "RSDK009";

    /// <summary>Id of <see cref="UnreadableFile"/>.</summary>
    public const string UnreadableFileId = "RSDK010";

    /// <summary>Id of <see cref="MissingSource"/>.</summary>
    public const string MissingSourceId = "RSDK011";

    /// <summary>Id of <see cref="FolderSource"/>.</summary>
    public const string FolderSourceId = "RSDK012";

    /// <summary>Id of <see cref="UnpassableName"/>.</summary>
    public const string UnpassableNameId = "RSDK013";

    /// <summary>Id of <see cref="DuplicateSource"/>.</summary>
    public const string DuplicateSourceId = "RSDK014";

    /// <summary>Id of <see cref="NulBytes"/>.</summary>
    public const string NulBytesId = "RSDK015";
    /// <summary>Id of <see cref="ItemOverridesText"/>.</summary>
    public const string ItemOverridesTextId = "RSDK020";

    /// <summary>Id of <see cref="MetadataNotRead"/>.</summary>
    public const string MetadataNotReadId = "RSDK021";

    /// <summary>Id of <see cref="ReplacesBundled"/>.</summary>
    public const string ReplacesBundledId = "RSDK022";

    /// <summary>RSDK001: the file is empty (or only whitespace). Args: file name.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new(
        EmptyFileId, "Report file is empty",
        "Report file '{0}' is empty",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The file was given as a report source but holds no text. Remove it from the ReportSource items or fill it.");

    /// <summary>RSDK002: no report was recognised. Args: file name.</summary>
    public static readonly DiagnosticDescriptor NoReport = new(
        NoReportId, "No report found",
        "No government work report was found in '{0}'",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A report is recognised by its title (政府工作报告), a dateline or speaker line, or 工作回顾/主要任务 headings. Check that the file is the report text and not only web furniture or a table of contents.");

    /// <summary>RSDK003: the text looks mis-decoded. Args: file name, what was seen, how to convert.</summary>
    public static readonly DiagnosticDescriptor BadEncoding = new(
        BadEncodingId, "Report text is not valid UTF-8",
        "Report file '{0}' is not valid UTF-8 text: {1}; {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Report files must be UTF-8. Text saved as GBK/GB18030 and read as UTF-8 shows replacement characters (U+FFFD); read as Latin-1 it shows accented Latin letters instead of Chinese. Convert the file (iconv -f GB18030 -t UTF-8 in.txt > out.txt, or save it as UTF-8 in your editor). The text is still parsed as it is.");

    /// <summary>RSDK004: a report is cut off. Args: report id, file name.</summary>
    public static readonly DiagnosticDescriptor Truncated = new(
        TruncatedId, "Report text is cut off",
        "Report '{0}' in '{1}' appears to be cut off; it is generated with Complete = false",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The text stops before the end of the report (for example after the review part). Facts present are still generated.");

    /// <summary>RSDK005: two files describe the same report. Args: report id, winning file, losing file.</summary>
    public static readonly DiagnosticDescriptor DuplicateReport = new(
        DuplicateReportId, "Two files describe the same report",
        "Report '{0}' is described more than once; the one in '{1}' is used and the one in '{2}' is ignored",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Two reports have the same region and delivered year. The winner is chosen deterministically: a complete text wins over a cut-off one, then the ordinally first file path, then the first report in the file. Remove one of the texts to silence this warning.");

    /// <summary>RSDK006: an identifier collision was resolved. Args: name, new name, what.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        IdentifierCollisionId, "Identifier collision resolved",
        "The name '{0}' is already used; '{2}' is generated as '{1}'",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Two regions (or members) map to the same C# identifier. The later one in ordinal order gets a numeric suffix (_2, _3 …).");

    /// <summary>RSDK007: a number that is not classified as a fact. Args: number, file name, line.</summary>
    public static readonly DiagnosticDescriptor UnclassifiedNumber = new(
        UnclassifiedNumberId, "Number not classified as a fact",
        "The quantity '{0}' in '{1}' (line {2}) was not classified as a fact: no indicator name was found for it",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: false,
        description: "Reported for numbers the fact extractor saw but did not turn into a fact. Off by default; enable it with dotnet_diagnostic.RSDK007.severity = suggestion to review extraction.");

    /// <summary>RSDK008: input too large and cut. Args: file name, size limit, characters in the file, characters read.</summary>
    public static readonly DiagnosticDescriptor InputTooLarge = new(
        InputTooLargeId, "Report file too large",
        "Report file '{0}' has {2} characters, more than the limit of {1}; only the first {3} (up to the last line end before the limit) are read",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Inputs above 4 Mi characters (about 12 MB of Chinese UTF-8 text) are cut at the last line end before the limit so the build and the IDE stay fast; reports in the part read are generated as usual. Split the file into one file per report.");

    /// <summary>RSDK009: unexpected failure while processing a file; nothing is generated for it. Args: file name, message.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        InternalErrorId, "ReportSdk generator failed on a file",
        "ReportSdk could not process '{0}': {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An unexpected error in the generator. The build continues without this file's reports. Please report it with the file attached.");

    /// <summary>RSDK010: the file could not be read. Args: file name, reason.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new(
        UnreadableFileId, "Report file cannot be read",
        "Report file '{0}' cannot be read: {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The compiler could not give the generator the file's text (the file is missing, a directory, locked, or not text in a known encoding). Nothing is generated for it. Fix the path of the ReportSource item or save the file as UTF-8.");

    /// <summary>RSDK011: a ReportSource item names no file. Args: path.</summary>
    public static readonly DiagnosticDescriptor MissingSource = new(
        MissingSourceId, "Report source not found",
        "Report source '{0}' does not exist; check the path of the ReportSource item",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A ReportSource item names a file that does not exist. It is left out of the compilation (instead of failing the build with CS2001) and the other reports are generated. Fix the path, or remove the item.");

    /// <summary>RSDK012: a ReportSource item is a folder. Args: path.</summary>
    public static readonly DiagnosticDescriptor FolderSource = new(
        FolderSourceId, "Report source is a folder",
        "Report source '{0}' is a folder, not a file; list the files in it with a wildcard such as {0}/**/*.txt",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A ReportSource item names a folder. It is left out of the compilation (instead of failing the build with CS1504). List the files in it with a wildcard.");

    /// <summary>RSDK013: the compiler cannot be given the file's path. Args: path.</summary>
    public static readonly DiagnosticDescriptor UnpassableName = new(
        UnpassableNameId, "Report source name cannot be passed to the compiler",
        "The path of report source '{0}' contains a double quote (\"), which the compiler's command line cannot pass; rename the file",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The compiler's command line drops double quotes from paths, so it would read another file (or none) and the report would vanish. The item is left out of the compilation. Rename the file without the double quote.");

    /// <summary>RSDK014: the same file is listed more than once. Args: path, count.</summary>
    public static readonly DiagnosticDescriptor DuplicateSource = new(
        DuplicateSourceId, "Report source listed more than once",
        "Report source '{0}' is listed {1} times; it is read once",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Two ReportSource items (for example a wildcard and an explicit item) name the same file. The compiler reads it once. Remove the extra item, or exclude the file from the wildcard.");

    /// <summary>RSDK015: the file holds NUL bytes. Args: path.</summary>
    public static readonly DiagnosticDescriptor NulBytes = new(
        NulBytesId, "Report source is not UTF-8 text",
        "Report source '{0}' holds NUL bytes: it is UTF-16 without a byte order mark, or not text; save it as UTF-8",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The compiler takes a file with NUL bytes for a binary file (CS2015). Such a file is left out of the compilation. Text saved as UTF-16 (\"Unicode\") without a byte order mark looks like this; save it as UTF-8 (iconv -f UTF-16LE -t UTF-8 in.txt > out.txt).");
    /// <summary>RSDK020: a ReportSource item's metadata differs from the text. Args: metadata name, item value, file name, text value.</summary>
    public static readonly DiagnosticDescriptor ItemOverridesText = new(
        ItemOverridesTextId, "ReportSource metadata differs from the text",
        "The ReportSource item sets {0}=\"{1}\" but the text of '{2}' says '{3}'; the item's value is used",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Region, Year, Date and Speaker on a ReportSource item supply what a text lacks and correct what the generator reads from it. When the text states another value, the item wins and this warning names both. Remove the metadata if the text is right.");

    /// <summary>RSDK021: the parser dropped or replaced something the title block states. Args: what, file name, the text, what was used instead.</summary>
    public static readonly DiagnosticDescriptor MetadataNotRead = new(
        MetadataNotReadId, "Report metadata not read",
        "The {0} '{2}' in '{1}' was not read; {3}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "A line of a report's title block reads like a speaker line, or the title names a region, but the generator could not read it (a name with stray characters, a region it does not know). The report is generated with what the rest of the text says. Correct the line, or state the value on the ReportSource item (Region, Speaker).");

    /// <summary>RSDK022: a project's report has the id of a bundled report. Args: report id, file name.</summary>
    public static readonly DiagnosticDescriptor ReplacesBundled = new(
        ReplacesBundledId, "Report replaces a bundled report",
        "Report '{0}' ('{1}') replaces the bundled report of the same id in ReportCatalog queries",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The project's report has the region and delivered year of a report bundled in the ReportSdk package. At run time ReportCatalog.Find, Series, Compare, All and ToJson use the project's report instead of the bundled one (the bundled typed members stay available under ReportSdk.Reports). Nothing to fix when the replacement is intended, for example a corrected copy.");

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        EmptyFile, NoReport, BadEncoding, Truncated, DuplicateReport, IdentifierCollision, UnclassifiedNumber, InputTooLarge,
        InternalError, UnreadableFile, MissingSource, FolderSource, UnpassableName, DuplicateSource, NulBytes,
        ItemOverridesText, MetadataNotRead, ReplacesBundled,
    };

    /// <summary>All descriptors by id.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(All);

    private static Dictionary<string, DiagnosticDescriptor> Index(IReadOnlyList<DiagnosticDescriptor> all)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var d in all) map.Add(d.Id, d);
        return map;
    }
}
