using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Parsing;

namespace ReportSdk.Generator.Pipeline;

/// <summary>
/// Checks a file's text before it is parsed: the size limit (RSDK008, the text is cut at a line end so the build
/// and the IDE stay fast) and the encoding (RSDK003: replacement characters from a UTF-8 decoder, or the character
/// statistics of GBK/GB18030 text read with the wrong encoding). Linear in the text, no allocation per character.
/// </summary>
internal static class InputChecks
{
    /// <summary>Most characters (UTF-16 code units) read from one file: 4 Mi, about 12 MB of Chinese UTF-8 text.</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>Both checks; the text to parse (cut when too large) and what was found.</summary>
    public static Result<string> Check(string path, string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string fileName = System.IO.Path.GetFileName(path);
        text = Limit(path, fileName, text, diagnostics);
        CheckEncoding(path, fileName, text, diagnostics);
        return Result<string>.Of(text, diagnostics);
    }

    /// <summary>How far back from the limit a line end is looked for before cutting mid-line.</summary>
    private const int LineEndWindow = 64 * 1024;

    /// <summary>
    /// Returns <paramref name="text"/>, or its first part up to the last line end within <see cref="MaxChars"/>
    /// (never inside a surrogate pair) with an RSDK008 diagnostic at the first character not read.
    /// </summary>
    public static string Limit(string path, string fileName, string text, List<DiagnosticInfo> diagnostics, int maxChars = MaxChars)
    {
        if (text.Length <= maxChars) return text;
        int cut = maxChars;
        for (int i = maxChars - 1; i >= 0 && i >= maxChars - LineEndWindow; i--)
        {
            if (SourceLines.IsLineBreak(text[i]))
            {
                cut = i + 1;
                break;
            }
        }
        if (cut == maxChars && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1])) cut--;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, LocationInfo.InText(path, text, cut, 0),
            fileName, Int(maxChars), Int(text.Length), Int(cut)));
        return text.Substring(0, cut);
    }

    /// <summary>Adds RSDK003 when the text shows the marks of a wrong decoding (see the class summary).</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static void CheckEncoding(string path, string fileName, string text, List<DiagnosticInfo> diagnostics)
    {
        var stats = Measure(text);
        const string FromGbk = "convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8 in.txt > out.txt";
        if (stats.Replacement > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadEncoding, LocationInfo.InText(path, text, stats.FirstReplacement, 1), fileName,
                Int(stats.Replacement) + " replacement character(s) U+FFFD from bytes that are not UTF-8; the text is probably GBK/GB18030",
                FromGbk));
        }
        else if (stats.LatinLetters >= 16 && stats.LatinLetters > stats.Cjk)
        {
            // GBK bytes 0x81–0xFE read one by one as Windows-1252/Latin-1: accented Latin letters where Chinese should be.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadEncoding, LocationInfo.InText(path, text, stats.FirstLatin, 1), fileName,
                Int(stats.LatinLetters) + " accented Latin letters (such as '" + text[stats.FirstLatin] + "') and " + Int(stats.Cjk)
                + " Chinese characters: GBK/GB18030 text read as Latin-1/Windows-1252",
                FromGbk));
        }
        else if (stats.Utf8AsGbk >= 8 && stats.Utf8AsGbk * 50 >= stats.Cjk)
        {
            // UTF-8 bytes of ，、。“” read as GBK become 锛, 銆, 鈥: a text saved after a wrong conversion.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BadEncoding, LocationInfo.InText(path, text, stats.FirstUtf8AsGbk, 1), fileName,
                Int(stats.Utf8AsGbk) + " characters such as '" + text[stats.FirstUtf8AsGbk] + "' that UTF-8 punctuation becomes when read as GBK: the file was converted from GBK/GB18030 although it already was UTF-8",
                "undo the conversion, e.g. iconv -f UTF-8 -t GB18030 in.txt > out.txt, and use out.txt as it is (UTF-8)"));
        }
    }

    private struct Stats
    {
        public int Replacement, FirstReplacement, LatinLetters, FirstLatin, Cjk, Utf8AsGbk, FirstUtf8AsGbk;
    }

    private static Stats Measure(string text)
    {
        var s = new Stats { FirstReplacement = -1, FirstLatin = -1, FirstUtf8AsGbk = -1 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u00C0') continue;
            if (c == '\uFFFD')
            {
                if (s.Replacement++ == 0) s.FirstReplacement = i;
            }
            else if (c <= '\u00FF')
            {
                if (c != '\u00D7' && c != '\u00F7' && s.LatinLetters++ == 0) s.FirstLatin = i; // not × ÷
            }
            else if (c >= '\u4E00' && c <= '\u9FFF')
            {
                s.Cjk++;
                if ((c == '锛' || c == '銆' || c == '鈥') && s.Utf8AsGbk++ == 0) s.FirstUtf8AsGbk = i;
            }
        }
        return s;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
