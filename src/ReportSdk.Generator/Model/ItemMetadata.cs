namespace ReportSdk.Generator.Model;

/// <summary>
/// What a <c>ReportSource</c> item states about its reports (<c>Region="…" Year="…" Date="…" Speaker="…"</c>): it
/// supplies what a text lacks and corrects what the parser would infer. Plain strings, as written in the project.
/// </summary>
internal sealed record ItemMetadata(string? Region, string? Year, string? Date, string? Speaker)
{
    /// <summary>No metadata.</summary>
    public static readonly ItemMetadata None = new(null, null, null, null);
}
