using System.Collections.Generic;
using System.Threading;
using ReportSdk.Generator.Model;

namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>Finds every numeric fact in a report's paragraphs.</summary>
internal static class FactExtractor
{
    /// <summary>Extracts the facts of one report, in text order.</summary>
    public static EquatableArray<FactModel> Extract(IReadOnlyList<FactInput> paragraphs, FactContext context, CancellationToken cancellationToken)
    {
        // Placeholder until the extraction work lands.
        return EquatableArray<FactModel>.Empty;
    }
}
