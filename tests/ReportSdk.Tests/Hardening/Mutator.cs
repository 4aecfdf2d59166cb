namespace ReportSdk.Tests.Hardening;

using System;
using System.Collections.Generic;
using System.Text;

/// <summary>
/// Seeded mutations of a seed text, confined to one window of it (plus an optional truncation after the window),
/// so the facts stated far from the window are known to be untouched.
/// </summary>
internal sealed class Mutator
{
    private static readonly char[] Punctuation = "，。；：、（）“”《》！？,.;:()\"%．％－—·".ToCharArray();

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>The mutated text, the window [Start, End) of the original that was changed, and where the original was cut (or its length).</summary>
    public (string Text, int Start, int End, int Cut, string Kinds) Mutate(string original)
    {
        int start = _random.Next(original.Length);
        int length = Math.Min(original.Length - start, 1 + _random.Next(2000));
        var window = new StringBuilder(original, start, length, length + 64);
        var kinds = new List<string>();
        int count = 1 + _random.Next(4);
        for (int m = 0; m < count; m++) kinds.Add(MutateWindow(window));

        string after = original.Substring(start + length);
        int cut = original.Length;
        if (_random.Next(4) == 0 && after.Length > 0)
        {
            int keep = _random.Next(after.Length);
            after = after.Substring(0, keep);
            cut = start + length + keep;
            kinds.Add("truncate");
        }
        return (original.Substring(0, start) + window + after, start, start + length, cut, string.Join("+", kinds));
    }

    private string MutateWindow(StringBuilder w)
    {
        switch (_random.Next(9))
        {
            case 0: // deletion
                if (w.Length > 0)
                {
                    int at = _random.Next(w.Length);
                    w.Remove(at, Math.Min(w.Length - at, 1 + _random.Next(300)));
                }
                return "delete";
            case 1: // duplicated lines
            {
                var text = w.ToString();
                int at = _random.Next(text.Length + 1);
                int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
                int lineEnd = text.IndexOf('\n', at);
                if (lineEnd < 0) lineEnd = text.Length;
                string line = text.Substring(lineStart, lineEnd - lineStart) + "\n";
                int times = 1 + _random.Next(3);
                for (int i = 0; i < times; i++) w.Insert(lineStart, line);
                return "duplicate";
            }
            case 2: // random bytes, decoded as a compiler decodes a file (invalid UTF-8 becomes U+FFFD)
            {
                var bytes = new byte[1 + _random.Next(64)];
                _random.NextBytes(bytes);
                w.Insert(_random.Next(w.Length + 1), Encoding.UTF8.GetString(bytes));
                return "bytes";
            }
            case 3: // shuffled punctuation
            {
                var positions = new List<int>();
                for (int i = 0; i < w.Length; i++) if (Array.IndexOf(Punctuation, w[i]) >= 0) positions.Add(i);
                for (int i = 0; i < positions.Count; i++)
                {
                    if (_random.Next(3) == 0) w[positions[i]] = Punctuation[_random.Next(Punctuation.Length)];
                }
                return "punctuation";
            }
            case 4: // injected hostile strings
            {
                int n = 1 + _random.Next(4);
                for (int i = 0; i < n; i++) w.Insert(_random.Next(w.Length + 1), HostileStrings.All[_random.Next(HostileStrings.All.Length)]);
                return "hostile";
            }
            case 5: // deep nesting of markers, on a line of its own
                w.Insert(_random.Next(w.Length + 1), "\n" + HostileStrings.DeepNesting(10 + _random.Next(500)) + "\n");
                return "nesting";
            case 6: // a long line without breaks
                w.Insert(_random.Next(w.Length + 1), new string('测', 1000 + _random.Next(20000)) + "增长5%。");
                return "long-line";
            case 7: // random characters from the whole BMP, surrogates included
            {
                int n = 1 + _random.Next(32);
                int at = _random.Next(w.Length + 1);
                for (int i = 0; i < n; i++) w.Insert(at, (char)_random.Next(0x10000));
                return "chars";
            }
            default: // line breaks removed or added
            {
                for (int i = 0; i < w.Length; i++)
                {
                    if (w[i] == '\n' && _random.Next(2) == 0) w.Remove(i, 1);
                    else if (_random.Next(200) == 0) w.Insert(i, _random.Next(2) == 0 ? "\n" : "\r\n");
                }
                return "breaks";
            }
        }
    }
}
