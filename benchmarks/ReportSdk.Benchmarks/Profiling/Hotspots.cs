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
/// where the generator allocates (GC AllocationTick events, by the first generator method on the stack and type).
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
        foreach (var ev in log.Events)
        {
            if (ev.EventName == "GC/AllocationTick")
            {
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
        Write(string.Create(CultureInfo.InvariantCulture, $"allocations ({allocationTicks} ticks of ~100 KB): first generator method on the stack [type]"), allocated, allocationTicks, top);
        return 0;
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
