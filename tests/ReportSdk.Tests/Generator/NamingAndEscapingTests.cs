namespace ReportSdk.Tests.Generator;

using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportSdk.Generator.Emitting;
using ReportSdk.Generator.Emitting.MemberNames;
using Xunit;

public class NamingAndEscapingTests
{
    [Theory]
    [InlineData("地区生产总值", "地区生产总值")]
    [InlineData("PM2.5年均浓度", "PM25年均浓度")]
    [InlineData("5G基站", "_5G基站")]
    [InlineData("class", "class_")]
    [InlineData("“1+3+1”（项目）", "_131项目")]
    [InlineData("区级一般公共预算收入（同口径）", "区级一般公共预算收入同口径")]
    [InlineData("某\u202E县", "某县")]
    [InlineData("ＧＤＰ", "GDP")]
    [InlineData("！？", "Fact")]
    public void Identifiers_are_valid_and_readable(string text, string expected)
    {
        string id = IdentifierRules.ToIdentifier(text, "Fact");
        Assert.Equal(expected, id);
        Assert.True(SyntaxFacts.IsValidIdentifier(id));
    }

    [Fact]
    public void Collisions_get_deterministic_suffixes()
    {
        var scope = new NameScope("Id");
        Assert.Equal("Id_2", scope.Claim("Id"));
        Assert.Equal("地区生产总值", scope.Claim("地区生产总值"));
        Assert.Equal("地区生产总值_2", scope.Claim("地区生产总值"));
        Assert.Equal("地区生产总值_3", scope.Claim("地区生产总值"));
    }

    [Fact]
    public void Namespace_option_is_made_valid()
    {
        Assert.Equal("MyApp.Reports", IdentifierRules.ToNamespace("My-App.Reports", "X"));
        Assert.Equal("X", IdentifierRules.ToNamespace(" . ", "X"));
        Assert.Equal("_1st.class_", IdentifierRules.ToNamespace("1st.class", "X"));
    }

    [Fact]
    public void Every_utf16_code_unit_round_trips_through_a_string_literal()
    {
        // 256 chunks of 256 code units cover every char, lone surrogates included.
        for (int start = 0; start < 0x10000; start += 256)
        {
            var sb = new StringBuilder();
            for (int c = start; c < start + 256; c++) sb.Append((char)c);
            AssertRoundTrip(sb.ToString());
        }
        AssertRoundTrip(Fixture.Hostile);
        AssertRoundTrip("𠀀 CJK extension B (a surrogate pair) stays as it is");
    }

    private static void AssertRoundTrip(string value)
    {
        string literal = CSharpLiteral.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(value, token.ValueText);
        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\0');
    }

    [Fact]
    public void Xml_doc_text_is_escaped_and_never_ends_the_comment_line()
    {
        string doc = new IndentedWriter().Summary("a & b < c > d\u2028System.Exit(1);\u2029e\u0085f\r\ng\0\u202E</summary>").ToString();
        Assert.Equal("/// <summary>a &amp; b &lt; c &gt; d\n/// System.Exit(1);\n/// e\n/// f\n/// g  &lt;/summary&gt;</summary>\n", doc);
        Assert.All(doc.Split('\n'), l => Assert.DoesNotContain(l, c => c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' or '\u202E'));
    }

    [Fact]
    public void A_summary_puts_further_paragraphs_in_para_trims_line_ends_and_skips_empty_paragraphs()
    {
        var w = new IndentedWriter().Open();
        w.Summary("", "地区生产总值：980 亿元  \n\n第二行 ", null!, "“初步预计”\r", "");
        Assert.Equal(
            "{\n    /// <summary>地区生产总值：980 亿元\n    ///\n    /// 第二行\n    /// <para>“初步预计”\n    /// </para></summary>\n",
            w.ToString());
        Assert.Equal("/// <summary></summary>\n", new IndentedWriter().Summary("", null!).ToString());
        Assert.Equal("", new IndentedWriter(docs: false).Summary("地区生产总值").ToString());
    }

    [Fact]
    public void The_written_file_becomes_the_same_utf8_text_read_in_pieces()
    {
        // Long enough to span many of the builder's chunks and the compiler's text chunks, with CJK and surrogate pairs.
        var w = new IndentedWriter().Open();
        for (int i = 0; i < 20_000; i++) w.Line("public const string S" + i + " = \"地区生产总值 980 亿元 𠀋\";");
        w.Close();
        string expected = w.ToString();
        var text = w.ToSourceText();
        Assert.Equal(expected, text.ToString());
        Assert.Equal(expected.Length, text.Length);
        Assert.Same(Encoding.UTF8, text.Encoding);
        // The same checksum as the text made from one string (what the PDB records for the file).
        Assert.Equal(System.Convert.ToHexString(Microsoft.CodeAnalysis.Text.SourceText.From(expected, Encoding.UTF8).GetChecksum().ToArray()), System.Convert.ToHexString(text.GetChecksum().ToArray()));
        Assert.Equal("{\n}\n", new IndentedWriter().Open().Close().ToSourceText().ToString());
    }
}
