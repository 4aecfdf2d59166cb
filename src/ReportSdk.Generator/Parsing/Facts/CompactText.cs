using System.Text;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// A paragraph with whitespace removed and widths normalised (full-width digits, ％, ．, dashes, CJK punctuation
/// mapped to one form each), remembering for every character where it came from. All matching runs on
/// <see cref="Text"/>; names and quotes are cut from the original characters so they stay as written.
/// </summary>
internal sealed class CompactText
{
    private readonly int[] _offsets;
    private readonly string _source;

    private CompactText(string text, int[] offsets, string source)
    {
        Text = text;
        _offsets = offsets;
        _source = source;
    }

    /// <summary>The normalised text without whitespace.</summary>
    public string Text { get; }

    /// <summary>Offset in the source paragraph of the character at <paramref name="index"/>.</summary>
    public int SourceOffset(int index) => Text.Length == 0 ? 0 : _offsets[index < Text.Length ? index : Text.Length - 1];

    /// <summary>The original characters of [start, end), whitespace removed.</summary>
    public string Original(int start, int end)
    {
        if (end <= start) return string.Empty;
        // Nearly always one stretch of the source (no space inside): a substring of it.
        if (end <= Text.Length && _offsets[end - 1] - _offsets[start] == end - 1 - start) return _source.Substring(_offsets[start], end - start);
        var chars = new char[end - start];
        for (int i = start; i < end; i++) chars[i - start] = OriginalAt(i);
        return new string(chars);
    }

    /// <summary>The name as written: the original characters of [start, end), quotation marks dropped.</summary>
    public string NameText(int start, int end)
    {
        var sb = new StringBuilder(end - start > 0 ? end - start : 0);
        for (int i = start; i < end; i++)
        {
            if (!IsQuote(Text[i])) sb.Append(OriginalAt(i));
        }
        return sb.ToString();
    }

    /// <summary>The source character behind the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    private char OriginalAt(int index) => index < Text.Length ? _source[_offsets[index]] : '\0';

    /// <summary>True for a quotation mark of the normalised text (every kind of quote becomes <c>"</c>).</summary>
    public static bool IsQuote(char c) => c == '"';

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static CompactText Create(string source)
    {
        // Arrays as long as the source, filled to n: the offsets are read only below n.
        var text = new char[source.Length];
        var offsets = new int[source.Length];
        int n = Fill(source, text, offsets);
        return new CompactText(new string(text, 0, n), offsets, source);
    }

    /// <summary>Only <see cref="Text"/> of <see cref="Create"/>: for a title or a sentence that is matched, never cut.</summary>
    public static string Normalized(string source)
    {
        var text = new char[source.Length];
        return new string(text, 0, Fill(source, text, null));
    }

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    private static int Fill(string source, char[] text, int[]? offsets)
    {
        int n = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            // (No white space lies above U+3000, the ideographic space: CJK text skips the lookup.)
            if ((c <= '\u3000' && char.IsWhiteSpace(c)) || c == '\u200B' || c == '\uFEFF' || c == '*') continue;
            // 19·5％ (older typesetting): a middle dot between digits is a decimal point.
            text[n] = IsMiddleDot(c) && n > 0 && IsDigit(text[n - 1]) && i + 1 < source.Length && IsDigit(Normalize(source[i + 1])) ? '.' : Normalize(c);
            if (offsets is not null) offsets[n] = i;
            n++;
        }
        return n;
    }

    private static bool IsMiddleDot(char c) => c == '·' || c == '・' || c == '∙' || c == '•';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    // Traditional forms of the numerals, units and link words the rules read (texts of the 1950s): 萬→万, 億→亿, 噸→吨 …
    private const string TraditionalForms = "萬億兩噸臺畝個項條輛間張處種點約餘為達產總從較發實現長業農國價劃計區縣將經僅預於";
    private const string SimplifiedForms = "万亿两吨台亩个项条辆间张处种点约余为达产总从较发实现长业农国价划计区县将经仅预于";

    /// <summary>One canonical form per character: ０→0, Ａ→A, ％→%, ．→., －—–～→-, ，→, ；→; ：→: （→( ）→) ！→! ？→?.</summary>
    public static char Normalize(char c)
    {
        if (c >= CjkFirst && c <= CjkLast) return Simplified[c - CjkFirst]; // nearly every character: one lookup
        if (c >= '０' && c <= '９') return (char)('0' + (c - '０'));
        if (c >= 'Ａ' && c <= 'Ｚ') return (char)('A' + (c - 'Ａ'));
        if (c >= 'ａ' && c <= 'ｚ') return (char)('a' + (c - 'ａ'));
        return c switch
        {
            '％' => '%',
            '．' => '.',
            '＋' => '+',
            '－' or '—' or '–' or '～' or '~' or '〜' or '―' => '-',
            '，' => ',',
            '；' => ';',
            '：' => ':',
            '（' => '(',
            '）' => ')',
            '！' => '!',
            '？' => '?',
            '／' => '/',
            '"' or '＂' or '“' or '”' or '「' or '」' or '‘' or '’' or '《' or '》' => '"',
            _ => c,
        };
    }

    private const char CjkFirst = '\u4E00', CjkLast = '\u9FFF';

    /// <summary>Every CJK ideograph's form for matching: the simplified one for <see cref="TraditionalForms"/>, else itself.</summary>
    private static readonly char[] Simplified = SimplifiedTable();

    private static char[] SimplifiedTable()
    {
        var table = new char[CjkLast - CjkFirst + 1];
        for (int i = 0; i < table.Length; i++) table[i] = (char)(CjkFirst + i);
        for (int i = 0; i < TraditionalForms.Length; i++) table[TraditionalForms[i] - CjkFirst] = SimplifiedForms[i];
        return table;
    }
}
