using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ColdStart.Touch;
using ReportSdk;

// ColdStart.Touch --once             one fresh-process measurement, printed as key=value lines
// ColdStart.Touch --once-compare     the first cross-report query alone in a fresh process (compare_* lines)
// ColdStart.Touch --repeat N         N fresh processes of --once and of --once-compare; prints the median of each figure
// ColdStart.Touch --export-json PATH writes ReportCatalog.ToJson() (the input of ColdStart.Json)
var mode = args.Length > 0 ? args[0] : "--repeat";
switch (mode)
{
    case "--once":
        MeasureOnce();
        return 0;
    case "--once-compare":
        MeasureCompare();
        return 0;
    case "--export-json":
        return ExportJson(args[1]);
    default:
        return Repeat(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15);
}

static void MeasureOnce()
{
    var memStart = GC.GetTotalMemory(true);
    var allocStart = GC.GetTotalAllocatedBytes(true);

    var jit = new JitMeter();
    var sw = Stopwatch.StartNew();
    var figure = Touched.OneFigure();
    var tFigure = sw.Elapsed.TotalMicroseconds;
    var jitFigure = jit.Next();
    var memFigure = GC.GetTotalMemory(true) - memStart;

    jit.Next();
    sw.Restart();
    var report = Touched.OneReport();
    var count = Materialise(report);
    var tReport = sw.Elapsed.TotalMicroseconds;
    var jitReport = jit.Next();
    var memReport = GC.GetTotalMemory(true) - memStart;

    // The whole catalog: every report of every registered set, through ReportCatalog.
    jit.Next();
    sw.Restart();
    foreach (var r in ReportCatalog.All) count += Materialise(r);
    var tCatalog = sw.Elapsed.TotalMicroseconds;
    var jitCatalog = jit.Next();
    var memCatalog = GC.GetTotalMemory(true) - memStart;
    var alloc = GC.GetTotalAllocatedBytes(true) - allocStart;

    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"figure_us={tFigure:F0}"));
    Console.WriteLine(string.Create(inv, $"report_us={tReport:F0}"));
    Console.WriteLine(string.Create(inv, $"catalog_us={tCatalog:F0}"));
    // Of which JIT: methods compiled and time spent compiling them (System.Runtime.JitInfo, this thread).
    Console.WriteLine(string.Create(inv, $"figure_jit_methods={jitFigure.Methods}"));
    Console.WriteLine(string.Create(inv, $"figure_jit_us={jitFigure.Micros:F0}"));
    Console.WriteLine(string.Create(inv, $"report_jit_methods={jitReport.Methods}"));
    Console.WriteLine(string.Create(inv, $"report_jit_us={jitReport.Micros:F0}"));
    Console.WriteLine(string.Create(inv, $"catalog_jit_methods={jitCatalog.Methods}"));
    Console.WriteLine(string.Create(inv, $"catalog_jit_us={jitCatalog.Micros:F0}"));
    Console.WriteLine(string.Create(inv, $"held_after_figure_bytes={memFigure}"));
    Console.WriteLine(string.Create(inv, $"held_after_report_bytes={memReport}"));
    Console.WriteLine(string.Create(inv, $"held_after_catalog_bytes={memCatalog}"));
    Console.WriteLine(string.Create(inv, $"allocated_total_bytes={alloc}"));
    Console.WriteLine(string.Create(inv, $"reports={ReportCatalog.All.Count}"));
    Console.WriteLine(string.Create(inv, $"objects_touched={count}"));
    Console.WriteLine(string.Create(inv, $"figure={figure}"));
}

// The first Compare(GdpGrowth, 2023) of a fresh process: what ColdStart.Compare pays beyond a hello-world.
static void MeasureCompare()
{
    var memStart = GC.GetTotalMemory(true);
    var allocStart = GC.GetTotalAllocatedBytes(true);
    var jit = new JitMeter();
    var sw = Stopwatch.StartNew();
    var rows = Touched.FirstCompare();
    var t = sw.Elapsed.TotalMicroseconds;
    var jitCompare = jit.Next();
    var held = GC.GetTotalMemory(true) - memStart;
    var alloc = GC.GetTotalAllocatedBytes(true) - allocStart;
    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"compare_us={t:F0}"));
    Console.WriteLine(string.Create(inv, $"compare_jit_methods={jitCompare.Methods}"));
    Console.WriteLine(string.Create(inv, $"compare_jit_us={jitCompare.Micros:F0}"));
    Console.WriteLine(string.Create(inv, $"held_after_compare_bytes={held}"));
    Console.WriteLine(string.Create(inv, $"compare_allocated_bytes={alloc}"));
    Console.WriteLine(string.Create(inv, $"compare_rows={rows}"));
}

// Touches every fact, section (recursively) and glossary entry of a report.
static int Materialise(Report? report)
{
    if (report is null) return 0;
    var n = report.Indicators.Count + report.Glossary.Count;
    var stack = new Stack<Section>(report.Sections);
    while (stack.Count > 0)
    {
        var s = stack.Pop();
        n++;
        foreach (var child in s.Sections) stack.Push(child);
    }
    return n;
}

static int ExportJson(string path)
{
    using var stream = File.Create(path);
    ReportCatalog.WriteJson(stream, indented: false);
    return 0;
}

static int Repeat(int runs)
{
    var self = Environment.ProcessPath!;
    var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    var text = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < runs * 2; i++)
    {
        var psi = new ProcessStartInfo(self, i % 2 == 0 ? "--once" : "--once-compare") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException(psi.Arguments + " failed: " + output);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=');
            var key = line.Substring(0, eq);
            var value = line.Substring(eq + 1);
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                if (!samples.TryGetValue(key, out var list)) samples[key] = list = new List<double>();
                list.Add(d);
            }
            else
            {
                text[key] = value;
            }
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# median of {runs} fresh processes (min .. max)"));
    foreach (var (key, list) in samples)
    {
        list.Sort();
        var median = list.Count % 2 == 1 ? list[list.Count / 2] : (list[list.Count / 2 - 1] + list[list.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={median:F0} ({list.First():F0} .. {list.Last():F0})"));
    }
    foreach (var (key, value) in text) Console.WriteLine($"{key}={value}");
    return 0;
}
