using System.Collections.Generic;
using System.Text;

namespace ReportSdk.Generator.Parsing;

/// <summary>Builds a <see cref="SourceParagraph"/> character by character, remembering each character's source line.</summary>
internal sealed class ParagraphBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();
    private readonly List<int> _lines = new();

    public int Length => _text.Length;

    public void Append(char c, int line)
    {
        if (_lines.Count == 0 || _lines[_lines.Count - 1] != line)
        {
            _offsets.Add(_text.Length);
            _lines.Add(line);
        }
        _text.Append(c);
    }

    public void Append(string text, int start, int line)
    {
        for (int i = start; i < text.Length; i++) Append(text[i], line);
    }

    /// <summary>True when the text ends with <paramref name="value"/>.</summary>
    public bool EndsWith(string value, int start, int length)
    {
        if (length > _text.Length) return false;
        int offset = _text.Length - length;
        for (int i = 0; i < length; i++)
        {
            if (_text[offset + i] != value[start + i]) return false;
        }
        return true;
    }

    public SourceParagraph? Build() =>
        _text.Length == 0 ? null : new SourceParagraph(_text.ToString(), _offsets.ToArray(), _lines.ToArray());

    /// <summary>A new paragraph holding part of <paramref name="paragraph"/>, with its line mapping, trimmed of spaces.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public static SourceParagraph? Slice(SourceParagraph paragraph, int start, int length)
    {
        string text = paragraph.Text;
        int end = start + length;
        while (start < end && Normalizer.IsSpace(text[start])) start++;
        while (end > start && Normalizer.IsSpace(text[end - 1])) end--;
        var builder = new ParagraphBuilder();
        for (int i = start; i < end; i++) builder.Append(text[i], paragraph.LineAt(i));
        return builder.Build();
    }

    /// <summary>A copy of <paramref name="paragraph"/> without markdown bold markers (**), line mapping kept.</summary>
    public static SourceParagraph StripMarkup(SourceParagraph paragraph)
    {
        string text = paragraph.Text;
        if (text.IndexOf("**", System.StringComparison.Ordinal) < 0) return paragraph;
        var builder = new ParagraphBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i++;
                continue;
            }
            builder.Append(text[i], paragraph.LineAt(i));
        }
        return builder.Build() ?? paragraph;
    }
}
