namespace ReportSdk.Generator.Parsing.Facts;

/// <summary>
/// What a value is called: the name as written, the label when the name alone is vague, the basis of an adjusted rate;
/// <see cref="Each"/> when the value holds for each name listed (社区干部生活补贴、环卫工人工资再次提高，年人均增加2400元).
/// </summary>
internal sealed record IndicatorName(string Name, string? Label, bool Adjusted, bool Share = false, bool After = false, bool Each = false);

/// <summary>A value and what names it, while its clause is read.</summary>
internal sealed record NamedValue(IndicatorName Indicator, NumberToken Token, bool Rate);
