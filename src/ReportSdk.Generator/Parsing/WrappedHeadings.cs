using System;
using System.Collections.Generic;
using ReportSdk.Generator.Vocabulary;

namespace ReportSdk.Generator.Parsing;

/// <summary>
/// Where a numbered heading's title ends in a file hard-wrapped at a fixed width, when its first line is full and
/// holds no 。. A heading that stands alone goes on over full lines to a short tail (（一）久久为功推动粤港澳大湾区建设，打造 /
/// 富有活力和国际竞争力的一流湾区和世界级 / 城市群); one that runs on into its body text goes on to the 。 that ends its
/// title (（一）坚持科技打头阵，…策源地实现 / 新突破。过去五年，…). Either way the title stays within
/// <see cref="SectionParser.MaxTitleLength"/>. Which of the two a list's headings do, the list tells: where more of its
/// headings end on a short line of their own than run on into body text, a full heading line followed by a sentence is
/// a heading that fills the line and a body that opens on a short lead sentence (（四）坚持重点攻坚，着力提升城市环境品质 /
/// 持之以恒抓好污染防治工作。紧抓…, among （三）…核心区 / 治理能力和治理水平 and （五）…魅力和 / 影响力).
/// </summary>
internal sealed class WrappedHeadings
{
    private enum Ending { Unknown, Alone, RunsOn }

    private readonly SourceLine[] _lines;
    private readonly int _to;
    private readonly Layout _layout;
    private readonly List<int> _headings = new();         // line indices of 一、 and （一） lines, in order
    private readonly List<HeadingMarker> _markers = new();
    private Ending[] _list = new Ending[0];                 // how most titles of the heading's list end (Unknown: none tells)

    private WrappedHeadings(SourceLine[] lines, int to, Layout layout)
    {
        _lines = lines;
        _to = to;
        _layout = layout;
    }

    /// <summary>Notes the numbered headings of lines [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static WrappedHeadings Read(SourceLine[] lines, int from, int to, Layout layout)
    {
        var headings = new WrappedHeadings(lines, to, layout);
        if (!layout.IsWrapped) return headings;
        for (int i = from; i < to; i++)
        {
            string clean = lines[i].Clean;
            if (clean.Length == 0 || lines[i].Furniture != Furniture.None || !IsNumbered(clean, out var marker)) continue;
            headings._headings.Add(i);
            headings._markers.Add(marker);
        }
        headings.ReadLists();
        return headings;
    }

    /// <summary>
    /// True when the heading on line <paramref name="line"/> (full, without 。) goes on on the next content line. Where
    /// no title could end within a title's length, a list that runs on holds no heading there but a numbered sentence
    /// (（一）在普遍增产粮食的基础上抓好两头，一头是抓好…, national 1978): its paragraph goes on too; in a list of headings
    /// that stand alone, the heading fills its line and the body follows.
    /// </summary>
    public bool TitleGoesOn(int line)
    {
        int index = _headings.BinarySearch(line);
        if (index < 0) return false;
        string text = _lines[line].Clean;
        int length = text.Length - _markers[index].Length;
        for (int j = Next(line), n = 0; j < _to; j = Next(j), n++)
        {
            text = _lines[j].Clean;
            if (IsNumbered(text, out _)) return false;
            int period = TitleStop(text);
            if (period >= 0)
            {
                if (length + period > SectionParser.MaxTitleLength) return NoTitleGoesOn(index);
                // A **bold** lead sentence glued on ends a title whatever the list does.
                return period == text.Length - 1 || text[period] == '*' || _list[index] != Ending.Alone;
            }
            // A short tail ends the title; the first line after the heading goes on with it as it always has.
            if (!_layout.IsFull(text)) return n == 0 || length + text.Length <= SectionParser.MaxTitleLength || NoTitleGoesOn(index);
            length += text.Length;
            if (length > SectionParser.MaxTitleLength) return NoTitleGoesOn(index);
        }
        return false;
    }

    // No title ends within a title's length: a numbered sentence, whose paragraph goes on, where blank lines separate
    // paragraphs (a heading standing alone would have had one after it) or its list runs on; else a heading that fills
    // its line, and a body whose first sentence is long ((二)发展质效提档升级,创造“敢拼搏”的幸福 / 坚持把稳增长放在…).
    private bool NoTitleGoesOn(int index) => _layout.BlankLinesSeparateParagraphs || _list[index] == Ending.RunsOn;

    // Groups the headings into lists (one style, numbers counting on from 一) and notes for each whether it runs on.
    private void ReadLists()
    {
        var endings = new Ending[_headings.Count];
        for (int k = 0; k < endings.Length; k++) endings[k] = EndingOf(k);
        _list = new Ending[_headings.Count];
        foreach (var style in new[] { SectionStyle.Dun, SectionStyle.Paren })
        {
            var list = new List<int>();
            int last = 0;
            for (int k = 0; k <= _headings.Count; k++)
            {
                bool end = k == _headings.Count;
                if (!end && _markers[k].Style != style) continue;
                if (end || _markers[k].Ordinal != last + 1)
                {
                    int alone = 0, runsOn = 0;
                    foreach (int m in list)
                    {
                        if (endings[m] == Ending.Alone) alone++;
                        else if (endings[m] == Ending.RunsOn) runsOn++;
                    }
                    var ending = alone > runsOn ? Ending.Alone : runsOn > 0 ? Ending.RunsOn : Ending.Unknown;
                    foreach (int m in list) _list[m] = ending;
                    list.Clear();
                }
                if (end) break;
                list.Add(k);
                last = _markers[k].Ordinal;
            }
        }
    }

    // How the heading's title ends: on a short line with nothing after it (Alone: the heading's own line, or a short
    // tail after full lines, （三）坚持制度先行，着力提升首都功能核心区 / 治理能力和治理水平), at a 。 with body text after it
    // on the same line (RunsOn), or neither within a title's length.
    private Ending EndingOf(int index)
    {
        string text = _lines[_headings[index]].Clean;
        int length = text.Length - _markers[index].Length;
        for (int j = Next(_headings[index]); ; j = Next(j))
        {
            int period = TitleStop(text);
            if (period >= 0 && period < text.Length - 1) return length - (text.Length - period) <= SectionParser.MaxTitleLength ? Ending.RunsOn : Ending.Unknown;
            if (!_layout.IsFull(text)) return length <= SectionParser.MaxTitleLength ? Ending.Alone : Ending.Unknown;
            if (period >= 0 || length > SectionParser.MaxTitleLength || j >= _to) return Ending.Unknown;
            text = _lines[j].Clean;
            if (IsNumbered(text, out _)) return Ending.Unknown;
            length += text.Length;
        }
    }

    // Where a title stops in a line: at its 。 or at a glued-on **bold** lead sentence (as SectionParser.Title reads it).
    private static int TitleStop(string text)
    {
        int period = text.IndexOf('。');
        int bold = text.IndexOf("**", StringComparison.Ordinal);
        return bold >= 0 && (period < 0 || bold < period) ? bold : period;
    }

    // The next content line after line i (or _to).
    private int Next(int i)
    {
        int j = i + 1;
        while (j < _to && (_lines[j].IsBlank || _lines[j].Furniture != Furniture.None)) j++;
        return j;
    }

    private static bool IsNumbered(string text, out HeadingMarker marker) =>
        HeadingMarkers.TryRead(text, out marker) && marker.Style is SectionStyle.Dun or SectionStyle.Paren;
}
