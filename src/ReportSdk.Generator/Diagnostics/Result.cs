using System;
using System.Collections.Generic;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>A value and the diagnostics found while making it (equatable, so it can flow through the pipeline).</summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : IEquatable<T>
{
    /// <summary>A value with the diagnostics collected so far.</summary>
    public static Result<T> Of(T value, List<DiagnosticInfo> diagnostics)
        => new(value, diagnostics.Count == 0 ? EquatableArray<DiagnosticInfo>.Empty : diagnostics.ToEquatableArray());
}
