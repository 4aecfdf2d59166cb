namespace ReportSdk.Tests.Parsing;

using System.Linq;
using CsCheck;
using ReportSdk.Generator.Parsing;
using Xunit;

/// <summary>
/// <see cref="WordIndex"/> answers as the plain scan of its list does: the first word, in the list's order, written at
/// the position and ending by the bound (lists with shared first characters and words that are prefixes of others).
/// </summary>
public class WordIndexTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["全年市区省预计初步"], 1, 4];

    [Fact]
    public void Finds_the_first_listed_word_at_a_position_as_a_scan_of_the_list_does()
    {
        Gen.Select(Word.Array[0, 12], Gen.String[Gen.Char["全年市区省预计初步增长"], 0, 12], Gen.Int[-1, 13], Gen.Int[0, 13])
            .Sample((words, text, index, end) =>
            {
                end = System.Math.Min(end, text.Length);
                string? plain = index < 0 || index >= end ? null
                    : words.FirstOrDefault(w => index + w.Length <= end && string.CompareOrdinal(text, index, w, 0, w.Length) == 0);
                Assert.Equal(plain, new WordIndex(words).At(text, index, end));
            }, iter: 20_000);
    }
}
