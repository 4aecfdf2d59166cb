using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk.Sample;

/// <summary>Prints rows as aligned columns; CJK characters count as two columns, as terminals draw them.</summary>
internal static class TextTable
{
    public static void Print(string[] headers, IEnumerable<string[]> rows)
    {
        var all = new[] { headers }.Concat(rows).ToList();
        var widths = headers.Select((_, i) => all.Max(row => Width(row[i]))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder("  ");
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(row[i]).Append(' ', widths[i] - Width(row[i]) + 2);
            }
            Console.WriteLine(line.ToString().TrimEnd());
        }
    }

    // CJK ideographs, punctuation and full-width forms (U+2E80 and above) take two columns.
    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);
}
