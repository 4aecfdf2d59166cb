using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Diagnostics;

/// <summary>
/// A diagnostic to report later: the id of one of <see cref="DiagnosticDescriptors.All"/>, where it points and its
/// message arguments, all plain values so the pipeline stays equatable. Made only by <see cref="Create"/>, which
/// checks the arguments against the descriptor's message, so a wrong call fails where it is made (and in tests).
/// </summary>
internal sealed record DiagnosticInfo
{
    private static readonly Dictionary<string, int> ArgumentCounts = CountArguments();

    private DiagnosticInfo(string id, LocationInfo? location, EquatableArray<string> messageArgs, DiagnosticSeverity? severity = null)
    {
        Id = id;
        Location = location;
        MessageArgs = messageArgs;
        Severity = severity;
    }

    /// <summary>The descriptor's id (RSDK…).</summary>
    public string Id { get; }

    /// <summary>Where it points; null for no location (a problem of the whole build).</summary>
    public LocationInfo? Location { get; }

    /// <summary>The message arguments, as many as the descriptor's message has placeholders.</summary>
    public EquatableArray<string> MessageArgs { get; }

    /// <summary>The severity configured for its file (<see cref="SeverityConfig"/>), or null for the descriptor's.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>The descriptor this diagnostic reports.</summary>
    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById[Id];

    /// <summary>A diagnostic of <paramref name="descriptor"/> with exactly the arguments its message uses.</summary>
    /// <exception cref="ArgumentException">The descriptor is not in <see cref="DiagnosticDescriptors.All"/>, or the arguments do not fit its message.</exception>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
    {
        if (!ArgumentCounts.TryGetValue(descriptor.Id, out int expected) || !ReferenceEquals(DiagnosticDescriptors.ById[descriptor.Id], descriptor))
        {
            throw new ArgumentException("Unknown descriptor " + descriptor.Id + "; add it to DiagnosticDescriptors.All.", nameof(descriptor));
        }
        if (args.Length != expected || Array.IndexOf(args, null) >= 0)
        {
            throw new ArgumentException(
                descriptor.Id + " takes " + expected.ToString(CultureInfo.InvariantCulture) + " non-null message arguments, not "
                + args.Length.ToString(CultureInfo.InvariantCulture), nameof(args));
        }
        return new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(args));
    }

    /// <summary>The same diagnostic with a configured severity.</summary>
    public DiagnosticInfo WithSeverity(DiagnosticSeverity severity) => new(Id, Location, MessageArgs, severity);

    /// <summary>
    /// The Roslyn diagnostic. A configured severity is reported as enabled (so a configuration turns on RSDK007),
    /// with the descriptor's id, title, description and default severity.
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var descriptor = Descriptor;
        var args = new object[MessageArgs.Count];
        for (int i = 0; i < args.Length; i++) args[i] = MessageArgs[i];
        var location = Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None;
        if (Severity is not { } severity) return Diagnostic.Create(descriptor, location, args);
        string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), args);
        return Diagnostic.Create(descriptor.Id, descriptor.Category, message, severity, descriptor.DefaultSeverity, isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1, title: descriptor.Title, description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri, location: location);
    }

    // Placeholders {0} … {n} in each message: the message takes n + 1 arguments.
    private static Dictionary<string, int> CountArguments()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            int count = 0;
            for (int i = 0; i + 1 < format.Length; i++)
            {
                if (format[i] == '{' && char.IsDigit(format[i + 1])) count = Math.Max(count, format[i + 1] - '0' + 1);
            }
            counts.Add(descriptor.Id, count);
        }
        return counts;
    }
}
