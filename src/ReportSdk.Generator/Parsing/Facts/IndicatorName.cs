namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>What a value is called: the name as written, the label when the name alone is vague, the basis of an adjusted rate.</summary>
internal sealed record IndicatorName(string Name, string? Label, bool Adjusted, bool Share = false, bool After = false);

/// <summary>A value and what names it, while its clause is read.</summary>
internal sealed record NamedValue(IndicatorName Indicator, NumberToken Token, bool Rate);
