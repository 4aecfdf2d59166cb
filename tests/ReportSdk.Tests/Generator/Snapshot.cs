using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace ReportSdk.Tests.Generator;

/// <summary>
/// In-house snapshot assertions (Verify is not available): the text is compared with <c>{name}.verified.cs</c>
/// beside the calling test file, newlines normalised, ordinal comparison. On a mismatch <c>{name}.received.cs</c>
/// is written and the first differing lines are shown. <c>UPDATE_SNAPSHOTS=1</c> accepts the new text (the run
/// still fails, so an accepted snapshot is always looked at).
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        string dir = Path.GetDirectoryName(callerFile) ?? throw new InvalidOperationException("no caller path");
        string verified = Path.Combine(dir, name + ".verified.cs");
        string received = Path.Combine(dir, name + ".received.cs");
        string normalized = Normalize(actual);

        string? expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected is not null && string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            if (File.Exists(received)) File.Delete(received);
            throw new XunitException($"Snapshot {name} updated at {verified}; review it and run again.");
        }

        File.WriteAllText(received, normalized);
        throw new XunitException(expected is null
            ? $"No snapshot {verified}. Wrote {received}; rename it to .verified.cs (or run with UPDATE_SNAPSHOTS=1) after review."
            : $"Snapshot {name} differs; wrote {received}.\n{FirstDifference(expected, normalized)}");
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace("\r", "\n");

    /// <summary>A small diff: the first differing line with two lines of context on each side.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && string.Equals(e[i], a[i], StringComparison.Ordinal)) i++;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"First difference at line {i + 1} (expected {e.Length} lines, received {a.Length}):");
        for (int k = Math.Max(0, i - 2); k < i; k++) sb.AppendLine("  " + e[k]);
        for (int k = i; k < Math.Min(e.Length, i + 3); k++) sb.AppendLine("- " + e[k]);
        for (int k = i; k < Math.Min(a.Length, i + 3); k++) sb.AppendLine("+ " + a[k]);
        return sb.ToString();
    }
}
