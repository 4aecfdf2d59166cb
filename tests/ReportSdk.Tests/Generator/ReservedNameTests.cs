namespace ReportSdk.Tests.Generator;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Vocabulary;
using Xunit;

/// <summary>
/// Facts named like a member the generated classes declare or inherit never break the build (CS0102, CS0108,
/// CS0542 …): the names are read from the generated code itself and from <see cref="object"/>, not from the
/// generator's reserved list.
/// </summary>
public class ReservedNameTests
{
    private static readonly Dictionary<string, string> WithConstants = new() { ["build_property.RootNamespace"] = "App", ["build_property.ReportSdkEmitConstants"] = "true" };
    private static readonly Dictionary<string, string> Lazy = new(WithConstants) { ["build_property.ReportSdkLazyFacts"] = "true" };

    /// <summary>Every name the generated year class and its nested classes declare, and every name a class inherits.</summary>
    private static readonly Lazy<string[]> TakenNames = new(() =>
    {
        // Both shapes of the fact members: fields set by one initializer (default) and lazy properties.
        var declared = new[] { WithConstants, Lazy }.SelectMany(options =>
        {
            var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/fixture.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse, options);
            return CSharpSyntaxTree.ParseText(run.Sources.Single(s => s.Key.Contains("shijingshan", StringComparison.Ordinal)).Value).GetRoot().DescendantNodes();
        }).Select(n => n switch
        {
            BaseTypeDeclarationSyntax t => t.Identifier.Text,
            MethodDeclarationSyntax m => m.Identifier.Text,
            PropertyDeclarationSyntax p => p.Identifier.Text,
            VariableDeclaratorSyntax v => v.Identifier.Text,
            TypeParameterSyntax t => t.Identifier.Text,
            _ => null,
        }).OfType<string>();
        var inherited = typeof(object).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(m => m.Name);
        return declared.Concat(inherited).Where(n => n != ".ctor").Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    });

    [Fact]
    public void The_taken_names_include_the_generated_plumbing_and_what_object_gives()
    {
        Assert.Superset(new HashSet<string> { "__report", "__fact", "__members", "__Cache", "Values", "Titles", "Sections", "__data", "Id", "Report", "Y2023", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" },
            TakenNames.Value.ToHashSet());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_report_whose_facts_take_every_taken_name_compiles_with_warnings_as_errors(bool lazyFacts)
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/taken.txt", "x") }, (path, _, _) => ReportWith(path, TakenNames.Value), lazyFacts ? Lazy : WithConstants);
        GeneratorHarness.AssertCompiles(run.Output);
    }

    [Fact]
    public void Random_fact_names_among_the_taken_ones_compile_with_warnings_as_errors()
    {
        var cjk = Gen.Char['\u4E00', '\u4FFF'];
        var ascii = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"];
        var taken = Gen.OneOf(TakenNames.Value);
        var name = Gen.Frequency(new (int, IGen<string>)[]
        {
            (4, taken),
            (2, Gen.String[ascii, 1, 12]),
            (2, Gen.String[cjk, 1, 24]),
            (1, Gen.String[ascii, 1, 8].Select(s => "__" + s)),
            (1, taken.SelectMany(t => Gen.String[cjk, 0, 3].Select(s => t + s))),
        });
        Gen.Select(name.Array[1, 40], Gen.Int[0, int.MaxValue]).Sample((names, seed) =>
        {
            var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/random.txt", "x") }, (path, _, _) => ReportWith(path, names, seed), seed % 2 == 0 ? WithConstants : Lazy);
            GeneratorHarness.AssertCompiles(run.Output);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void A_report_text_stating_facts_under_taken_names_compiles()
    {
        string text = "石景山区政府工作报告\n\n一、2022年工作回顾\n\n"
            + string.Concat(new[] { "__report", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Values", "Y2023", "__fact" }
                .Select((n, i) => n + "达到 " + (100 + i) + " 个。"))
            + "\n\n二、2023年主要任务\n\n地区生产总值增长5%。\n";
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/src/reports/测试区.txt", text) }, options: WithConstants);
        Assert.NotEmpty(run.Result.GeneratedSources);
        GeneratorHarness.AssertCompiles(run.Output);
    }

    /// <summary>The fixture report with one fact per name, of varied kinds, periods and qualifiers.</summary>
    private static ParsedFile ReportWith(string path, IReadOnlyList<string> names, int seed = 0)
    {
        var kinds = (IndicatorKind[])Enum.GetValues(typeof(IndicatorKind));
        var facts = names.Select((n, i) => Fixture.Fact(n, (i + seed) % 7 == 0 ? StandardIndicator.Gdp : null, i + 1, "个", kinds[(i + seed) % kinds.Length],
            2022 + ((i + seed) % 3), "引文", 10 + i, (Qualifiers)((i * 7 + seed) % 64))).ToEquatableArray();
        var model = Fixture.Shijingshan2023(path) with { Facts = facts };
        return new ParsedFile(path, "taken.txt", new[] { model }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }
}
