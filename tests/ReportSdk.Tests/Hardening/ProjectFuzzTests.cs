namespace ReportSdk.Tests.Hardening;

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Emitting.MemberNames;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Tests.Generator;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Property test over random projects rather than random texts (<see cref="FuzzTests"/> mutates the texts): file names
/// (case-only twins, quotes, brackets, # ; %, Chinese, emoji, bidi and combining marks, the same path twice), item
/// metadata (ReportSdkSource spelled or missing, ReportSdkSourceItems with every state and garbage) and
/// <c>.editorconfig</c> severities (any id, case and value, sections that match or not). Each project must generate
/// without a generator failure, compile warning-free, account for every report text it was given (generated, or named
/// by RSDK005) and report exactly the severities its <c>[*.txt]</c> section sets. CI runs <see cref="DefaultCases"/>
/// cases; <c>REPORTSDK_PROJECT_FUZZ_CASES</c> and <c>REPORTSDK_PROJECT_FUZZ_SEED</c> run more.
/// </summary>
public class ProjectFuzzTests
{
    public const int DefaultCases = 30;
    public const int DefaultSeed = 20261130;

    private static readonly string[] Stems =
    {
        "report", "Report", "REPORT", "quo\"te", "it's", "brackets[1]", "{a,b}", "star*", "hash#1", "semi;colon", "per%25cent",
        "报告", "政府工作报告 2024", "emoji😀", "e\u0301", "rtl\u202Eevil", "space name", "dot.dot", "a|b",
    };

    private static readonly string[] Severities = { "none", "silent", "suggestion", "warning", "error", "default", "loud", "" };

    private readonly ITestOutputHelper _output;

    public ProjectFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Random_projects_generate_compile_and_follow_their_editorconfig()
    {
        int cases = Env("REPORTSDK_PROJECT_FUZZ_CASES", DefaultCases);
        int seed = Env("REPORTSDK_PROJECT_FUZZ_SEED", DefaultSeed);
        var seeds = TestData.SeedFiles.Select(System.IO.File.ReadAllText).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<string>();
        var trees = new List<SyntaxTree>();
        int diagnostics = 0;
        for (int k = 0; k < cases && failures.Count < 10; k++)
        {
            var random = new Random(unchecked(seed * 31 + k));
            var project = Project.Random(random, seeds, "Fuzz.P" + k);
            string where = "case " + k + " (seed " + seed + "): " + project;
            try
            {
                var driver = GeneratorHarness.Driver(GeneratorHarness.Generator(), project.Texts, project.Options);
                var compilation = GeneratorHarness.Compilation();
                compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
                var run = DriverRun.Next(driver, compilation);
                diagnostics += run.GeneratorDiagnostics.Count;
                Check(project, run, where, failures);
                trees.AddRange(run.Output.SyntaxTrees.Where(t => t.FilePath != "Program.cs"));
                if (k % 10 == 9 || k == cases - 1)
                {
                    var errors = GeneratorHarness.Failures(GeneratorHarness.Emit(GeneratorHarness.Compilation().AddSyntaxTrees(trees)));
                    if (errors.Length > 0) failures.Add("cases up to " + k + " do not compile: " + string.Join("\n", errors.Take(5)));
                    trees.Clear();
                }
            }
            catch (Exception ex)
            {
                failures.Add(where + ": " + ex);
            }
        }
        string summary = "project fuzz: " + cases + " cases, " + diagnostics + " diagnostics, seed " + seed + ", " + clock.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
        _output.WriteLine(summary);
        Assert.True(failures.Count == 0, failures.Count + " failure(s):\n" + string.Join("\n", failures));
    }

    private static void Check(Project project, DriverRun run, string where, List<string> failures)
    {
        if (run.Result.Exception is not null) failures.Add(where + ": generator threw " + run.Result.Exception);
        foreach (var d in run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "CS8784" or "AD0001" or "RSDK009")) failures.Add(where + ": " + d);

        // Every report text given as a source is generated, or RSDK005 names it as the loser of a duplicate.
        var hints = run.Sources.Keys.ToArray();
        foreach (var file in project.Files.Where(f => f.IsSource && f.IsReport).Select(f => f.Path).Distinct(StringComparer.Ordinal))
        {
            string stem = IdentifierRules.ToHintFragment(System.IO.Path.GetFileNameWithoutExtension(file)) + ".";
            bool generated = hints.Any(h => h.StartsWith(stem, StringComparison.Ordinal));
            bool loser = run.GeneratorDiagnostics.Any(d => d.Id == "RSDK005" && d.Location.GetLineSpan().Path == file)
                || (project.Configured.TryGetValue(DiagnosticDescriptors.DuplicateReportId, out var duplicate) && duplicate is null);
            if (!generated && !loser) failures.Add(where + ": the report in " + file + " vanished");
        }

        // The [*.txt] section's severities, applied independently of the generator's code.
        foreach (var d in run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("RSDK", StringComparison.Ordinal)))
        {
            string path = d.Location.GetLineSpan().Path;
            if (!path.StartsWith("/p/", StringComparison.Ordinal) || !path.EndsWith(".txt", StringComparison.Ordinal)) continue;
            if (!project.Configured.TryGetValue(d.Id, out var expected)) continue;
            if (expected is null) failures.Add(where + ": " + d.Id + " is configured none but reported: " + d);
            else if (d.Severity != expected) failures.Add(where + ": " + d.Id + " is configured " + expected + " but reported " + d.Severity);
        }
    }

    private static int Env(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;

    private sealed record FileSpec(string Path, string Text, string? Metadata, bool Listed, bool IsReport)
    {
        /// <summary>Whether the generator must read it: metadata spelled true, or listed as a readable item.</summary>
        public bool IsSource => string.Equals(Metadata?.Trim(), "true", StringComparison.OrdinalIgnoreCase) || Listed;
    }

    private sealed class Project
    {
        public List<FileSpec> Files { get; } = new();

        public List<AdditionalText> Texts { get; } = new();

        public string EditorConfig { get; private set; } = "";

        public string Items { get; private set; } = "";

        /// <summary>Severity the [*.txt] section sets for each id it names validly (null: none).</summary>
        public Dictionary<string, DiagnosticSeverity?> Configured { get; } = new(StringComparer.Ordinal);

        public AnalyzerConfigOptionsProvider Options { get; private set; } = null!;

        public static Project Random(Random random, string[] seeds, string ns)
        {
            var p = new Project();
            int count = random.Next(1, 4);
            var items = new List<string>();
            for (int i = 0; i < count; i++)
            {
                // Paths are distinct, as the compiler makes them (it reads a file listed twice once; RSDK014 says so).
                string path = "/p/" + (random.Next(3) == 0 ? "sub/" : "") + Stems[random.Next(Stems.Length)] + (random.Next(8) == 0 ? ".TXT" : ".txt");
                if (p.Files.Any(f => f.Path == path)) path = path.Insert(path.Length - 4, "_" + i);
                var (text, isReport) = random.Next(5) switch
                {
                    0 => ("", false),
                    1 => ("首页 > 政务公开\n阅读全文\n", false),
                    _ => (seeds[random.Next(seeds.Length)], true),
                };
                string? metadata = random.Next(6) switch { 0 => null, 1 => "True", 2 => " true ", 3 => "false", 4 => "", _ => "true" };
                bool listed = random.Next(4) == 0;
                if (listed) items.Add("file:" + Encode(path));
                isReport &= text.Length > 100;
                p.Files.Add(new FileSpec(path, text, metadata, listed, isReport));
            }
            foreach (var state in new[] { "missing", "folder", "quote", "nul", "bogus", "" })
            {
                if (random.Next(4) == 0) items.Add(state + ":/p/" + Stems[random.Next(Stems.Length)] + ".txt");
            }
            if (random.Next(5) == 0) items.Add("garbage|||::|%");
            p.Items = string.Join("|", items.OrderBy(_ => random.Next()));

            var config = new StringBuilder();
            if (random.Next(2) == 0) config.Append("root = true\n");
            if (random.Next(4) == 0) config.Append("[*.md]\ndotnet_diagnostic.RSDK002.severity = none\n[sub/nothing-*.txt]\ndotnet_diagnostic.RSDK001.severity = error\n");
            config.Append(random.Next(8) == 0 ? "[*.{txt,TXT}]\n" : "[*.txt]\n");
            int settings = random.Next(0, 5);
            for (int i = 0; i < settings; i++)
            {
                var descriptor = DiagnosticDescriptors.All[random.Next(DiagnosticDescriptors.All.Count)];
                string id = random.Next(3) == 0 ? descriptor.Id.ToLowerInvariant() : descriptor.Id;
                string severity = Severities[random.Next(Severities.Length)];
                config.Append("dotnet_diagnostic.").Append(id).Append(".severity = ").Append(severity).Append('\n');
                p.Configured.Remove(descriptor.Id);
                switch (severity)
                {
                    case "none": p.Configured[descriptor.Id] = null; break;
                    case "silent": p.Configured[descriptor.Id] = DiagnosticSeverity.Hidden; break;
                    case "suggestion": p.Configured[descriptor.Id] = DiagnosticSeverity.Info; break;
                    case "warning": p.Configured[descriptor.Id] = DiagnosticSeverity.Warning; break;
                    case "error": p.Configured[descriptor.Id] = DiagnosticSeverity.Error; break;
                    default: break; // default, or an invalid value: the descriptor's own severity, as if unset
                }
            }
            if (random.Next(6) == 0) config.Append("this line is not a setting\n[[broken\n");
            p.EditorConfig = config.ToString();

            var perFile = new Dictionary<AdditionalText, AnalyzerConfigOptions>();
            foreach (var f in p.Files)
            {
                var text = GeneratorHarness.Text(f.Path, f.Text, reportSource: false); // metadata comes from the provider below
                var values = new Dictionary<string, string>();
                if (f.Metadata is not null) values[ReportSdk.Generator.ReportGenerator.SourceMetadata] = f.Metadata;
                p.Texts.Add(text);
                perFile[text] = new GeneratorHarness.Options(values);
            }
            var editorConfig = GeneratorHarness.Text("/p/.editorconfig", p.EditorConfig, reportSource: false);
            p.Texts.Add(editorConfig);
            perFile[editorConfig] = new GeneratorHarness.Options(new Dictionary<string, string> { [SeverityConfig.EditorConfigMetadata] = "true" });
            var global = new Dictionary<string, string> { ["build_property.ReportSdkNamespace"] = ns };
            if (p.Items.Length > 0 || random.Next(2) == 0) global[SourceItems.Property] = p.Items;
            p.Options = new Provider(global, perFile);
            return p;
        }

        private static string Encode(string path) => path.Replace("%", "%25").Replace("#", "%23").Replace("|", "%7C");

        public override string ToString()
            => string.Join(", ", Files.Select(f => "'" + f.Path + "' meta=" + (f.Metadata ?? "-") + (f.Listed ? " listed" : "") + (f.IsReport ? " report" : "")))
               + "; items=" + Items + "; editorconfig=" + EditorConfig.Replace("\n", "\\n");
    }

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new GeneratorHarness.Options(new Dictionary<string, string>());
        private readonly Dictionary<AdditionalText, AnalyzerConfigOptions> _perFile;

        public Provider(Dictionary<string, string> global, Dictionary<AdditionalText, AnalyzerConfigOptions> perFile)
        {
            GlobalOptions = new GeneratorHarness.Options(global);
            _perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perFile.TryGetValue(textFile, out var o) ? o : Empty;
    }
}
