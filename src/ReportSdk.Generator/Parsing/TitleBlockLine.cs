using System;

namespace ReportSdk.Generator.Parsing;

/// <summary>A speaker line as read: what precedes the title (issuer), the title (区长, 代区长 …) and the name.</summary>
internal readonly record struct SpeakerLine(string Issuer, string Title, string Name);

/// <summary>
/// One line of a title block (dateline, session, speaker), read once: the segmenter decides from it where the block
/// ends, and the metadata parser takes the date, session and speaker from the same reading.
/// </summary>
internal sealed class TitleBlockLine
{
    private TitleBlockLine(int index, string text)
    {
        Index = index;
        Text = text;
        Folded = TraditionalChinese.Fold(text);
        if (SpeakerParser.TryParse(Folded, out string issuer, out string title, out string name)) Speaker = new SpeakerLine(issuer, title, name);
        LooksLikeSpeaker = SpeakerParser.LooksLikeSpeakerLine(Folded);
        TitleOnly = SpeakerParser.IsTitleOnly(Folded);
        BareName = SpeakerParser.IsBareName(Folded);
        IsBlockLine = ReadsAsBlockLine();
    }

    /// <summary>Reads a line (as cleaned: see <see cref="SourceLine.Clean"/>); <paramref name="index"/> says where it was read from.</summary>
    public static TitleBlockLine Read(int index, string clean) => new(index, Normalizer.RemoveSpaces(clean));

    /// <summary>The index of the line it was read from (0-based line of the file, or the position in a list of lines).</summary>
    public int Index { get; }

    /// <summary>The line without any spaces, as written (第四次会議).</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> with traditional characters folded (会议): what the rules match on.</summary>
    public string Folded { get; }

    /// <summary>The speaker the line names on its own (区长 张三, …会议上 陕西省省长 赵刚), or null.</summary>
    public SpeakerLine? Speaker { get; }

    /// <summary>A short line with a title and a few characters after it, whether or not they read as a name.</summary>
    public bool LooksLikeSpeaker { get; }

    /// <summary>An issuer and a title only (国务院总理): the name follows on the next line.</summary>
    public bool TitleOnly { get; }

    /// <summary>A name alone (周恩来).</summary>
    public bool BareName { get; }

    // The line PairsWith last read this one with.
    private TitleBlockLine? _pairedWith;

    /// <summary>The speaker of this title-only line and the name on the line <see cref="PairsWith"/> read it with, or null.</summary>
    public SpeakerLine? SpeakerWithNext { get; private set; }

    /// <summary>True for a line of the title block on its own: a dateline, a session line, a speaker line, (草案).</summary>
    public bool IsBlockLine { get; }

    /// <summary>Reads this title-only line with the name on <paramref name="next"/>; true (and remembered) when they name a speaker.</summary>
    public bool PairsWith(TitleBlockLine next)
    {
        if (!TitleOnly) return false;
        if (!ReferenceEquals(_pairedWith, next))
        {
            _pairedWith = next;
            SpeakerWithNext = SpeakerParser.TryParse(Folded + next.Folded, out string issuer, out string title, out string name)
                ? new SpeakerLine(issuer, title, name)
                : null;
        }
        return SpeakerWithNext is not null;
    }

    /// <summary>
    /// True when <paramref name="tail"/> is the short rest of a dateline wrapped inside a word, after
    /// <paramref name="before"/> (both folded): ——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会 / 议上,
    /// （2026年1月27日在贵州省第十四届人民代表 / 大会第四次会议上）.
    /// </summary>
    public static bool EndsDateline(string before, string tail)
    {
        tail = tail.TrimEnd('）', ')');
        return tail.Length > 0 && tail.Length <= MaxDatelineTail && tail.IndexOf('。') < 0 &&
               before.IndexOf("人民代表", StringComparison.Ordinal) >= 0 && EndsWithAcross(before, tail, "会议上");
    }

    // 大会第四次会议上: the longest tail a dateline wrapped after 人民代表 leaves.
    private const int MaxDatelineTail = 12;

    // before + tail ends with the word, without joining the strings.
    private static bool EndsWithAcross(string before, string tail, string word)
    {
        int fromTail = Math.Min(tail.Length, word.Length);
        if (string.CompareOrdinal(tail, tail.Length - fromTail, word, word.Length - fromTail, fromTail) != 0) return false;
        int fromBefore = word.Length - fromTail;
        return fromBefore == 0 || (before.Length >= fromBefore && string.CompareOrdinal(before, before.Length - fromBefore, word, 0, fromBefore) == 0);
    }

    private bool ReadsAsBlockLine()
    {
        string t = Folded;
        if (t.Length == 0) return true;
        if (t.Length > 60 || t.IndexOf('。') >= 0) return false;
        if (HeadingMarkers.IsDash(t[0]) || t[0] == '-') return true;
        if (t.IndexOf("人民代表大会", StringComparison.Ordinal) >= 0 || t.EndsWith("会议上", StringComparison.Ordinal)) return true;
        if (DateParser.TryFind(t, out _, out _)) return true;
        if (t == "（草案）" || t == "(草案)" || t == "（摘要）" || t == "(摘要)") return true;
        return Speaker is not null || LooksLikeSpeaker;
    }
}
