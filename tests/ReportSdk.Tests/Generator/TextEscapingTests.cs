namespace ReportSdk.Tests.Generator;

using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Parsing;
using Xunit;

/// <summary>
/// The text helpers the generator runs over every character of a report (literals, doc comments, the file's hash, the
/// Unicode normalisation of names) write runs of plain text at once and skip work for CJK text. Each is held to the
/// plain definition it replaces, character by character, over text drawn from CJK, ASCII and every kind of character
/// that needs care: quotes, backslashes, line ends, controls, bidi marks, non-characters, surrogate pairs and halves.
/// </summary>
public class TextEscapingTests
{
    private static readonly Gen<string> Text = Gen.String[
        Gen.Frequency(
            (6, Gen.Char['\u4E00', '\u9FFF']),
            (3, Gen.Char[" abcXYZ019.,%()-_"]),
            (3, Gen.Char["\"\\\r\n\t\0\u0085\u2028\u2029\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\uFFFE\uFFFF&<>\u001B\u007F\u009F、。（）“”％"]),
            (1, Gen.Char['\uD800', '\uDFFF'])), 0, 60];

    [Fact]
    public void String_literals_escape_exactly_the_characters_the_plain_definition_escapes()
    {
        Text.Sample(text =>
        {
            var sb = new StringBuilder();
            CSharpLiteral.AppendString(sb, text);
            Assert.Equal(PlainLiteral(text), sb.ToString());
        }, iter: 20_000);
    }

    [Fact]
    public void Doc_comment_lines_match_the_plain_definition_line_by_line()
    {
        Text.Sample(text =>
        {
            int next = 0, plainNext = 0;
            do
            {
                var sb = new StringBuilder("/// ");
                var plain = new StringBuilder("/// ");
                next = XmlDoc.AppendLine(sb, text, next);
                plainNext = PlainDocLine(plain, text, plainNext);
                Assert.Equal(plain.ToString(), sb.ToString());
                Assert.Equal(plainNext, next);
            }
            while (next >= 0);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(40_000)]
    public void The_file_hash_is_the_sha256_of_the_whole_utf8_text_at_any_length(int length)
    {
        // Surrogate pairs that straddle the hash's chunks, a lone half, CJK and ASCII.
        var sb = new StringBuilder();
        for (int i = 0; sb.Length < length; i++)
        {
            sb.Append(i % 7 == 0 ? "𠀀" : i % 11 == 0 ? "\uD800" : i % 3 == 0 ? "a" : "政");
        }
        Assert.Equal(Plain(sb.ToString(0, length)), ReportParser.Sha256(sb.ToString(0, length)));
        // A pair whose halves fall in two chunks (8,192 characters each).
        string straddling = new string('a', 8191) + "𠀀" + new string('b', length);
        Assert.Equal(Plain(straddling), ReportParser.Sha256(straddling));

        static string Plain(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    [Fact]
    public void Marks_that_names_skip_normalising_for_are_left_unchanged_by_nfkc_and_combine_with_nothing()
    {
        foreach (char c in IdentifierRules.StableMarks)
        {
            Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKC));
            Assert.Equal(c.ToString(), ("一" + c + "二").Normalize(NormalizationForm.FormKC).Substring(1, 1));
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            Assert.NotEqual(UnicodeCategory.NonSpacingMark, category);
            Assert.NotEqual(UnicodeCategory.SpacingCombiningMark, category);
            Assert.NotEqual(UnicodeCategory.EnclosingMark, category);
        }
    }

    // The definitions as first written: one character at a time.
    private static string PlainLiteral(string value)
    {
        var sb = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (CSharpLiteral.NeedsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static int PlainDocLine(StringBuilder sb, string text, int start)
    {
        int lineStart = sb.Length;
        int next = -1;
        for (int i = start; i < text.Length && next < 0; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r': next = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1; break;
                case '\n': case '\u0085': case '\u2028': case '\u2029': next = i + 1; break;
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') sb.Append('\uFFFD');
                    else if (CSharpLiteral.NeedsEscape(c)) sb.Append(' ');
                    else sb.Append(c);
                    break;
            }
        }
        while (sb.Length > lineStart && char.IsWhiteSpace(sb[sb.Length - 1])) sb.Length--;
        return next;
    }
}
