using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>Turns pipeline <see cref="DiagnosticInfo"/> records into Roslyn diagnostics (the only place a Location is made).</summary>
internal static class DiagnosticFactory
{
    /// <summary>A <see cref="DiagnosticInfo"/> for a whole-line location (parse-free callers: the catalog, error handlers).</summary>
    public static DiagnosticInfo Info(string id, string filePath, int line0, params string[] args)
        => new(id, filePath, 0, 0, Math.Max(0, line0), 0, Math.Max(0, line0), 0, new EquatableArray<string>(args));

    /// <summary>Creates the diagnostic; unknown ids become RSDK009 and message arguments are padded to what the message needs.</summary>
    public static Diagnostic Create(DiagnosticInfo info)
    {
        if (!DiagnosticDescriptors.ById.TryGetValue(info.Id, out var descriptor))
        {
            descriptor = DiagnosticDescriptors.InternalError;
        }

        var args = new object[8];
        for (int i = 0; i < args.Length; i++) args[i] = i < info.MessageArgs.Count ? info.MessageArgs[i] ?? string.Empty : string.Empty;

        Location location = Location.None;
        if (!string.IsNullOrEmpty(info.FilePath))
        {
            int start = Math.Max(0, info.Start);
            int length = Math.Max(0, info.Length);
            var startPos = new LinePosition(Math.Max(0, info.StartLine), Math.Max(0, info.StartColumn));
            var endPos = new LinePosition(Math.Max(info.StartLine, info.EndLine), Math.Max(0, info.EndColumn));
            if (endPos < startPos) endPos = startPos;
            location = Location.Create(info.FilePath, new TextSpan(start, length), new LinePositionSpan(startPos, endPos));
        }
        return Diagnostic.Create(descriptor, location, args);
    }
}
