using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ReportSdk.PackageTests;

/// <summary>
/// A consumer library whose <c>ReportSource</c> items are everything a user can get wrong (a missing file, a folder, a
/// double quote or brackets in a name, a file listed twice, UTF-16 without a byte order mark, two names that differ only
/// by case) and whose <c>.editorconfig</c>, <c>.globalconfig</c> and <c>WarningsAsErrors</c> set RSDK severities. Built
/// once; the build fails on purpose (a section makes RSDK002 an error), so the diagnostics are read from its SARIF log.
/// </summary>
public sealed class EdgeConsumer
{
    public const string Project = "Edge";

    /// <summary>File names may hold a double quote and differ only by case (Linux; not Windows or macOS by default).</summary>
    public static bool PosixNames { get; } = !OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS();

    private EdgeConsumer(string directory, CliResult build, IReadOnlyList<SarifResult> results, IReadOnlyList<string> generated)
    {
        Directory = directory;
        Build = build;
        Results = results;
        Generated = generated;
    }

    public string Directory { get; }

    public CliResult Build { get; }

    /// <summary>Every diagnostic of the compilation (SARIF 2.1 error log), including info-level ones.</summary>
    public IReadOnlyList<SarifResult> Results { get; }

    /// <summary>File names the generator added (EmitCompilerGeneratedFiles).</summary>
    public IReadOnlyList<string> Generated { get; }

    /// <summary>The full path of a file of the project, as diagnostics name it.</summary>
    public string PathOf(string relative) => Path.Combine(Directory, relative);

    internal static EdgeConsumer BuildIn(string root, string feed, string version)
    {
        Consumers.WriteIsolatedFolder(root, feed);
        var framework = $"net{Environment.Version.Major}.0";
        Consumers.Write(root, $"{Project}/{Project}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ErrorLog>diagnostics.sarif,version=2.1</ErrorLog>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <WarningsAsErrors>RSDK014</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ReportSource Include="reports/**/*.txt" />
                <ReportSource Include="reports/county.txt" />
                <ReportSource Include="missing.txt" />
                <ReportSource Include="folder" />
                <PackageReference Include="ReportSdk" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        Consumers.Write(root, $"{Project}/Library.cs", "namespace Edge;\n\n/// <summary>The library.</summary>\npublic static class Library\n{\n}\n");
        Consumers.Write(root, $"{Project}/.editorconfig", """
            root = true

            [reports/empty.txt]
            dotnet_diagnostic.RSDK001.severity = none

            [reports/strict/*.txt]
            dotnet_diagnostic.RSDK002.severity = error

            [*.txt]
            dotnet_diagnostic.RSDK007.severity = suggestion
            """);
        Consumers.Write(root, $"{Project}/.globalconfig", "is_global = true\ndotnet_diagnostic.RSDK004.severity = none\n");

        string dir = Path.Combine(root, Project);
        const string Furniture = "首页 > 政务公开\n阅读全文\n";
        Consumers.Write(dir, "reports/county.txt", CountyReport.Text);
        Consumers.Write(dir, "reports/brackets[1].txt", CountyReport.Text.Replace(CountyReport.Region, "青山县", StringComparison.Ordinal));
        if (PosixNames)
        {
            Consumers.Write(dir, "reports/Report.txt", CountyReport.Text.Replace(CountyReport.Region, "青木县", StringComparison.Ordinal));
            Consumers.Write(dir, "reports/report.txt", CountyReport.Text.Replace(CountyReport.Region, "青石县", StringComparison.Ordinal));
            Consumers.Write(dir, "reports/quo\"te.txt", CountyReport.Text.Replace(CountyReport.Region, "青水县", StringComparison.Ordinal));
        }
        Consumers.Write(dir, "reports/mentougou.txt", File.ReadAllText(RepoPaths.Seed("mentougou-2023.txt")));
        Consumers.Write(dir, "reports/cut-off.txt", File.ReadAllText(RepoPaths.Seed("shijingshan-2025.txt")));
        Consumers.Write(dir, "reports/empty.txt", "");
        Consumers.Write(dir, "reports/strict/furniture.txt", Furniture);
        Consumers.Write(dir, "reports/loose/furniture.txt", Furniture);
        File.WriteAllBytes(Path.Combine(dir, "reports/utf16.txt"), Encoding.Unicode.GetBytes(CountyReport.Text)); // no BOM
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "folder"));

        var build = DotNetCli.Run(dir, "build", "-c", "Release", "-nodeReuse:false");
        var generatedDir = Path.Combine(dir, "obj", "Release", framework, "generated", "ReportSdk.Generator");
        var generated = System.IO.Directory.Exists(generatedDir)
            ? System.IO.Directory.GetFiles(generatedDir, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        string sarif = Path.Combine(dir, "diagnostics.sarif");
        var results = File.Exists(sarif) ? SarifResult.Read(sarif) : Array.Empty<SarifResult>();
        return new EdgeConsumer(dir, build, results, generated!);
    }
}

/// <summary>One result of a SARIF 2.1 log: id, level (error, warning, note, none), message and file.</summary>
public sealed record SarifResult(string Id, string Level, string Message, string? Path)
{
    internal static SarifResult[] Read(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var results = new List<SarifResult>();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var r in run.GetProperty("results").EnumerateArray())
            {
                string? path = null;
                if (r.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation").TryGetProperty("uri", out var uri))
                {
                    path = new Uri(uri.GetString()!).LocalPath;
                }
                string level = r.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
                results.Add(new SarifResult(r.GetProperty("ruleId").GetString()!, level, r.GetProperty("message").GetProperty("text").GetString()!, path));
            }
        }
        return results.ToArray();
    }
}
