using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Checks on a file's text before it is parsed: size (RSDK008: the text is cut so build time stays bounded) and
/// encoding (RSDK003: replacement characters from invalid UTF-8, or GBK/GB18030 bytes that the compiler decoded
/// with a Latin code page and that therefore hold Latin-1 letters where Chinese should be).
/// </summary>
internal static class InputChecks
{
    /// <summary>Most characters read from one file (about 150 reports; the seeds hold 8 000 – 50 000 each).</summary>
    public const int MaxChars = 2_000_000;

    public static string Check(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        string fileName = System.IO.Path.GetFileName(path);
        if (text.Length > MaxChars)
        {
            int cut = text.LastIndexOf('\n', MaxChars - 1);
            if (cut <= 0) cut = MaxChars;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            diagnostics.Add(ParserDiagnostics.Create(DiagnosticDescriptors.InputTooLarge.Id, path, text, cut, 0,
                fileName, MaxChars.ToString(CultureInfo.InvariantCulture)));
            text = text.Substring(0, cut);
        }

        int replacement = text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            int count = 0;
            foreach (char c in text) if (c == '\uFFFD') count++;
            diagnostics.Add(ParserDiagnostics.Create(DiagnosticDescriptors.BadEncoding.Id, path, text, replacement, 1,
                fileName, count.ToString(CultureInfo.InvariantCulture) + " replacement characters"));
        }
        else if (LooksLikeMisdecodedGbk(text, out int first))
        {
            diagnostics.Add(ParserDiagnostics.Create(DiagnosticDescriptors.BadEncoding.Id, path, text, first, 1,
                fileName, "it looks like GBK/GB18030 text read with a Latin code page"));
        }
        return text;
    }

    // GBK encodes each Chinese character as two bytes 0x81–0xFE; read as Latin-1 / Windows-1252 they become pairs of
    // letters such as "Õþ¸®". A real report has many CJK characters and hardly any of these.
    private static bool LooksLikeMisdecodedGbk(string text, out int first)
    {
        first = -1;
        int latin = 0, cjk = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\u0080' && c <= '\u00FF')
            {
                if (first < 0) first = i;
                latin++;
            }
            else if (c >= '\u4E00' && c <= '\u9FFF')
            {
                cjk++;
            }
        }
        return latin >= 20 && latin > 4 * cjk;
    }
}
