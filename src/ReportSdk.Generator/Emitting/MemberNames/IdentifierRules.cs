using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportSdk.Generator.Emitting.MemberNames;

/// <summary>
/// Turns any text (a Chinese region or indicator name, a namespace option) into a valid C# identifier.
/// C# accepts CJK letters, so 区级一般公共预算收入 stays as it is; punctuation goes, a leading digit gets '_',
/// a keyword gets a trailing '_'. Formatting characters (bidi controls, joiners) are removed because the
/// compiler ignores them when comparing names, which would hide collisions.
/// </summary>
internal static class IdentifierRules
{
    /// <summary>Longest identifier we make (in UTF-16 units); longer names are cut.</summary>
    public const int MaxLength = 64;

    /// <summary>Makes a valid identifier from <paramref name="text"/>, or returns <paramref name="fallback"/> if nothing usable remains.</summary>
    public static string ToIdentifier(string? text, string fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        string normalized = text!;
        if (!IsNormalizedAsItIs(normalized))
        {
            try
            {
                normalized = normalized.Normalize(NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                // lone surrogates: Normalize refuses them; they are dropped below
            }
        }

        var sb = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (sb.Length >= MaxLength) break;
            if (char.IsSurrogate(c)) continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            if (sb.Length == 0 ? SyntaxFacts.IsIdentifierStartCharacter(c) : SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                sb.Append(c);
            }
            else if (sb.Length == 0 && SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                sb.Append('_').Append(c); // leading digit
            }
        }

        if (sb.Length == 0 || (sb.Length == 1 && sb[0] == '_')) return fallback;
        string result = sb.ToString();
        return IsKeyword(result) ? result + "_" : result;
    }

    /// <summary>
    /// True when every character is ASCII, a CJK unified ideograph (U+4E00–U+9FFF) or one of the marks of Chinese text
    /// that have no decomposition and combine with nothing (、。·×—○), all of which NFKC leaves as they are: nearly every
    /// name, and normalizing them would call the platform's Unicode library for nothing.
    /// </summary>
    private static bool IsNormalizedAsItIs(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF) && StableMarks.IndexOf(c) < 0) return false;
        }
        return true;
    }

    /// <summary>The marks <see cref="IsNormalizedAsItIs"/> lets through (TextEscapingTests holds each NFKC-stable).</summary>
    internal const string StableMarks = "、。·×—○";

    /// <summary>True for reserved and contextual keywords that would change meaning as a member name.</summary>
    public static bool IsKeyword(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
           || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

    /// <summary>Makes a valid dotted namespace; empty or unusable input gives <paramref name="fallback"/>.</summary>
    public static string ToNamespace(string? text, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var parts = text!.Split('.');
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            var id = ToIdentifier(part.Trim(), string.Empty);
            if (id.Length == 0) continue;
            if (sb.Length > 0) sb.Append('.');
            sb.Append(id);
        }
        return sb.Length == 0 ? fallback : sb.ToString();
    }

    /// <summary>An ASCII-only, file-name-safe fragment for hint names.</summary>
    public static string ToHintFragment(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (sb.Length >= MaxLength) break;
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            sb.Append(ok ? c : '_');
        }
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
