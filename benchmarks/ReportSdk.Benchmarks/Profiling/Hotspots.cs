using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace ReportSdk.Benchmarks.Profiling;

/// <summary>
/// Reads an EventPipe trace (CPU samples of Microsoft-DotNETCore-SampleProfiler) with TraceEvent and prints the
/// methods with the most samples: exclusive (the method itself) and inclusive (the method and what it calls); and
/// where the generator allocates (GC AllocationTick events, by the first generator method on the stack and type);
/// and the garbage collections and runtime suspensions in the time the counted samples span.
/// </summary>
internal static class Hotspots
{
    /// <param name="nettrace">The trace.</param>
    /// <param name="top">How many methods each list shows.</param>
    /// <param name="callersOf">Also list the callers of the first frame containing this text.</param>
    /// <param name="under">Count only samples whose stack has a frame containing this text (e.g. RunGeneratorsCore:
    /// the generator thread of a compiler process).</param>
    public static int Print(string nettrace, int top, string? callersOf = null, string? under = null)
    {
        var callers = new Dictionary<string, int>(StringComparer.Ordinal);
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettrace);
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var allocated = new Dictionary<string, int>(StringComparer.Ordinal);
        var allocationTicks = 0;
        var largeTicks = 0;
        double firstSample = double.MaxValue, lastSample = 0;
        var gcs = new List<(double At, int Generation, string Reason)>();
        var pauses = new List<(double Start, double End)>();
        double suspendStart = -1;
        foreach (var ev in log.Events)
        {
            // Garbage collections: when each started, its generation and reason, and how long the runtime stopped
            // every managed thread for it (SuspendEE start to RestartEE stop).
            if (ev.EventName == "GC/Start")
            {
                gcs.Add((ev.TimeStampRelativeMSec, Convert.ToInt32(ev.PayloadByName("Depth"), CultureInfo.InvariantCulture), ev.PayloadByName("Reason")?.ToString() ?? "?"));
                continue;
            }
            if (ev.EventName == "GC/SuspendEEStart") { suspendStart = ev.TimeStampRelativeMSec; continue; }
            if (ev.EventName == "GC/RestartEEStop" && suspendStart >= 0)
            {
                pauses.Add((suspendStart, ev.TimeStampRelativeMSec));
                suspendStart = -1;
                continue;
            }
            if (ev.EventName == "GC/AllocationTick")
            {
                if (ev.PayloadByName("AllocationKind")?.ToString() == "Large") largeTicks++;
                // One event per ~100 KB allocated: charged to the first method of ours on the stack, with the type.
                var owner = "?";
                for (var s = ev.CallStack(); s is not null; s = s.Caller)
                {
                    var name = Name(s.CodeAddress);
                    if (name.StartsWith("ReportSdk.Generator", StringComparison.Ordinal)) { owner = name; break; }
                }
                Add(allocated, owner + "  [" + ev.PayloadByName("TypeName") + "]");
                allocationTicks++;
                continue;
            }
            if (ev.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || ev.EventName != "Thread/Sample") continue;
            var stack = ev.CallStack();
            if (stack is null) continue;
            // Only samples of threads running managed code that is ours or Roslyn's driver (skip idle threads).
            var frames = new List<string>();
            for (var s = stack; s is not null; s = s.Caller) frames.Add(Name(s.CodeAddress));
            if (!frames.Any(f => f.Contains("ReportSdk", StringComparison.Ordinal) || f.Contains("CodeAnalysis", StringComparison.Ordinal))) continue;
            if (under is not null && !frames.Any(f => f.Contains(under, StringComparison.Ordinal))) continue;
            total++;
            firstSample = Math.Min(firstSample, ev.TimeStampRelativeMSec);
            lastSample = Math.Max(lastSample, ev.TimeStampRelativeMSec);
            Add(exclusive, frames[0]);
            if (callersOf is not null)
            {
                var at = frames.FindIndex(f => f.Contains(callersOf, StringComparison.Ordinal));
                if (at >= 0 && at + 1 < frames.Count) Add(callers, frames[at + 1]);
            }
            foreach (var f in frames.Distinct(StringComparer.Ordinal)) Add(inclusive, f);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} samples of the workload's threads"));
        Write("exclusive (self)", exclusive, total, top);
        Write("inclusive (self + callees)", inclusive, total, top);
        if (callersOf is not null) Write("callers of " + callersOf, callers, total, top);
        Write(string.Create(CultureInfo.InvariantCulture, $"allocations ({allocationTicks} ticks of ~100 KB, {largeTicks} of them on the large object heap): first generator method on the stack [type]"), allocated, allocationTicks, top);
        WriteCollections(gcs, pauses, firstSample, lastSample);
        return 0;
    }

    /// <summary>The collections between the first and the last counted sample, by generation and reason, and the time
    /// the runtime held every managed thread for them.</summary>
    private static void WriteCollections(List<(double At, int Generation, string Reason)> gcs, List<(double Start, double End)> pauses, double from, double to)
    {
        if (from > to) return;
        var inWindow = gcs.Where(g => g.At >= from && g.At <= to).ToList();
        var paused = pauses.Where(p => p.Start >= from && p.Start <= to).Sum(p => p.End - p.Start);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== garbage collections in the counted samples' {to - from:F0} ms: {inWindow.Count}, threads held {paused:F0} ms"));
        foreach (var gc in inWindow)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {gc.At - from,6:F0} ms  gen {gc.Generation} ({gc.Reason})"));
        foreach (var p in pauses.Where(p => p.Start >= from && p.Start <= to).Where(p => p.End - p.Start >= 1))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {p.Start - from,6:F0} ms  threads held {p.End - p.Start:F1} ms"));
    }

    private static string Name(TraceCodeAddress address)
    {
        var method = address.FullMethodName;
        if (!string.IsNullOrEmpty(method)) return method;
        return "[" + (address.ModuleName ?? "?") + "]";
    }

    private static void Add(Dictionary<string, int> counts, string key)
        => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    private static void Write(string title, Dictionary<string, int> counts, int total, int top)
    {
        Console.WriteLine();
        Console.WriteLine("== " + title);
        foreach (var (name, n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            var shortName = name.Length > 150 ? name.Substring(0, 150) + "…" : name;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / Math.Max(1, total),6:F1}%  {shortName}"));
        }
    }
}
