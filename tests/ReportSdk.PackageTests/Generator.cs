namespace ReportSdk.PackageTests;

/// <summary>
/// Switch for the tests that need the real report generator in the package. The package, its layout and the
/// consumer builds are tested from the start; the figures only once the generator pipeline is on main.
/// </summary>
internal static class Generator
{
    public const bool OnMain = false;

    /// <summary>Skip reason while <see cref="OnMain"/> is false.</summary>
    public const string? Pending = OnMain ? null : "Enable (Generator.OnMain = true) when the report generator lands on main.";
}
