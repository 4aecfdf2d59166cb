using Microsoft.CodeAnalysis;

namespace ReportSdk.Generator;

/// <summary>Compiles government work report texts (AdditionalFiles) into typed C#.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Wired up by the pipeline work (see Pipeline/).
    }
}
