using System.Runtime.CompilerServices;

namespace ReportSdk.Generator;

/// <summary>
/// The generator usually runs once in a compiler process started for one build, where the runtime's tiered JIT would
/// run its per-character and per-line loops as quick unoptimized (and, with tiered PGO, instrumented) code for most of
/// the run. The methods that scan every line or character are marked <see cref="Optimized"/>: compiled once, fully
/// optimized, on first call. (Measured in docs/performance.md: the first run over 100 reports.)
/// </summary>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c> (netstandard2.0 has not the name; .NET honours the value).</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
