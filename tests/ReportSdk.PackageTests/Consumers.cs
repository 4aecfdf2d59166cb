using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSdk.PackageTests;

/// <summary>
/// Two fresh consumer apps of the packed package, built in one `dotnet build` and then run:
/// <c>Own</c> lists a report file of its own through <c>&lt;ReportSource Include="reports/**/*.txt" /&gt;</c> and sets
/// a RootNamespace of its own and <c>ReportSdkEmitConstants</c>; <c>Plain</c> only references the package.
/// </summary>
public sealed class Consumers
{
    public const string OwnRootNamespace = "Qinghe.App";
    public const string OwnReportPath = "reports/2025/qinghe.txt";

    /// <summary>The consumer's corrected copy of a bundled report: same id, one figure changed.</summary>
    public const string CorrectedPath = "corrected/shijingshan-2023.txt";

    public const string CorrectedId = "shijingshan-2023";

    /// <summary>The bundled text says 地区生产总值完成 980 亿元; the copy says this.</summary>
    public const decimal CorrectedGdp = 985m;

    /// <summary>Where Own's compiler writes every diagnostic it reports, info included (SARIF 2.1).</summary>
    public const string OwnErrorLog = "obj/compiler.sarif";

    private Consumers(string root, CliResult build, ConsumerApp own, ConsumerApp plain)
    {
        Root = root;
        Build = build;
        Own = own;
        Plain = plain;
    }

    public string Root { get; }

    public CliResult Build { get; }

    public ConsumerApp Own { get; }

    public ConsumerApp Plain { get; }

    internal static Consumers BuildAndRun(string root, string feed, string version)
    {
        WriteIsolatedFolder(root, feed);
        Write(root, "Consumers.slnx", """
            <Solution>
              <Project Path="Own/Own.csproj" />
              <Project Path="Plain/Plain.csproj" />
            </Solution>
            """);

        var framework = $"net{Environment.Version.Major}.0";
        Write(root, "Own/Own.csproj", Project(framework, version, $"""
                <RootNamespace>{OwnRootNamespace}</RootNamespace>
                <ReportSdkEmitConstants>true</ReportSdkEmitConstants>
                <ErrorLog>$(MSBuildProjectDirectory)/{OwnErrorLog},version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <ReportSource Include="reports/**/*.txt" Speaker="林远" />
                <ReportSource Include="{CorrectedPath}" />
            """));
        Write(root, "Own/" + OwnReportPath, CountyReport.Text);
        Write(root, "Own/" + CorrectedPath, CorrectedCopy());
        Write(root, "Own/Program.cs", Program(OwnTypedAccess));
        Write(root, "Plain/Plain.csproj", Project(framework, version, """
              </PropertyGroup>
              <ItemGroup>
            """));
        Write(root, "Plain/Program.cs", Program(BundledTypedAccess));

        var build = DotNetCli.RunChecked(root, "build", "Consumers.slnx", "-c", "Release", "-nodeReuse:false");
        return new Consumers(root, build,
            ConsumerApp.Start(Path.Combine(root, "Own"), "Own", framework),
            ConsumerApp.Start(Path.Combine(root, "Plain"), "Plain", framework));
    }

    // seeds/beijing/shijingshan-2023.txt with its GDP figure corrected: a user's copy that replaces the bundled report.
    private static string CorrectedCopy()
    {
        const string figure = "地区生产总值完成 980 亿元";
        string text = File.ReadAllText(RepoPaths.Seed("shijingshan-2023.txt"));
        if (!text.Contains(figure, StringComparison.Ordinal)) throw new InvalidOperationException("the seed no longer says " + figure);
        return text.Replace(figure, "地区生产总值完成 " + CorrectedGdp.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 亿元", StringComparison.Ordinal);
    }

    /// <summary>
    /// A folder for consumer projects that sees only the packed feed for ReportSdk (nuget.org for the rest), keeps its
    /// packages to itself and stops MSBuild's search for Directory.Build.* files there.
    /// </summary>
    internal static void WriteIsolatedFolder(string root, string feed)
    {
        Directory.CreateDirectory(root);
        // Stop MSBuild's upward search for Directory.Build.* files and global settings at this folder.
        // No vulnerability audit: it would ask nuget.org for its advisory data on every restore.
        Write(root, "Directory.Build.props", "<Project><PropertyGroup><NuGetAudit>false</NuGetAudit></PropertyGroup></Project>\n");
        Write(root, "Directory.Build.targets", "<Project />\n");
        // The packed feed only for ReportSdk; nuget.org for anything else. Packages go to a folder of their own,
        // so the machine's package cache neither serves a stale ReportSdk nor keeps this one.
        Write(root, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
              <packageSources>
                <clear />
                <add key="reportsdk-e2e" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="reportsdk-e2e">
                  <package pattern="ReportSdk" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    private static string Project(string framework, string version, string middle) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{framework}</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
        {middle}
            <PackageReference Include="ReportSdk" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// Typed access as a user writes it (README): a bundled figure through the generated API of ReportSdk.dll
    /// (a static property), printed as <c>typed|report id|value</c>.
    /// </summary>
    private const string BundledTypedAccess = """
        var bundled = ReportSdk.Reports.Beijing.Shijingshan.Y2023.Gdp;
        Console.WriteLine(string.Join("|", "typed", bundled.ReportId, bundled.Value.ToString(CultureInfo.InvariantCulture)));
        """;

    /// <summary>
    /// The same, plus a figure of the consumer's own report as a <c>const</c>: this compiles only when the generator
    /// received the project's <c>ReportSdkEmitConstants=true</c> and the consumer's namespace from the package's targets.
    /// </summary>
    private const string OwnTypedAccess = BundledTypedAccess + "\n" + $$"""
        const decimal ownGdp = {{OwnRootNamespace}}.Reports.青禾县.Y2025.Values.Gdp;
        Console.WriteLine(string.Join("|", "typed", {{OwnRootNamespace}}.Reports.青禾县.Y2025.Id, ownGdp.ToString(CultureInfo.InvariantCulture)));
        var found = ReportCatalog.Find("{{CorrectedId}}")!;
        foreach (var fact in found.Indicators)
        {
            if (fact.Standard == StandardIndicator.Gdp) Console.WriteLine(string.Join("|", "find", found.Id, fact.Value.ToString(CultureInfo.InvariantCulture)));
        }
        """;

    /// <summary>
    /// Prints every registered report set and every GDP figure in the catalog, then the typed accesses, one
    /// `|`-separated record a line.
    /// </summary>
    private static string Program(string typedAccess) => $$"""
        using System;
        using System.Globalization;
        using ReportSdk;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var set in ReportCatalog.Sets)
        {
            Console.WriteLine(string.Join("|", "set", set.Name, set.GetType().Namespace, set.Reports.Count.ToString(CultureInfo.InvariantCulture)));
        }
        foreach (var report in ReportCatalog.All)
        {
            foreach (var fact in report.Indicators)
            {
                if (fact.Standard != StandardIndicator.Gdp) continue;
                Console.WriteLine(string.Join("|", "gdp", report.Id, report.Region, fact.Value.ToString(CultureInfo.InvariantCulture),
                    fact.Unit, fact.Period.ToString(CultureInfo.InvariantCulture)));
            }
        }
        {{typedAccess}}
        string runtime = System.IO.Path.GetRelativePath(AppContext.BaseDirectory, typeof(ReportCatalog).Assembly.Location).Replace('\\', '/');
        Console.WriteLine(string.Join("|", "runtime", runtime));
        Console.WriteLine("done");
        """;

    internal static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

/// <summary>One consumer project after its build: its output lines and the files the build left in obj/.</summary>
public sealed class ConsumerApp
{
    private ConsumerApp(string directory, string name, string framework, CliResult run)
    {
        Directory = directory;
        Name = name;
        Result = run;
        IntermediateDirectory = Path.Combine(directory, "obj", "Release", framework);
        Lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public string Directory { get; }

    public string Name { get; }

    public CliResult Result { get; }

    public IReadOnlyList<string> Lines { get; }

    public string IntermediateDirectory { get; }

    /// <summary>The analyzer config file the SDK writes for the compiler (CompilerVisibleProperty/ItemMetadata).</summary>
    public string EditorConfig => File.ReadAllText(Path.Combine(IntermediateDirectory, Name + ".GeneratedMSBuildEditorConfig.editorconfig"));

    /// <summary>Sources the ReportSdk generator added to this project's compilation (EmitCompilerGeneratedFiles).</summary>
    public IReadOnlyList<string> GeneratedByReportSdk
    {
        get
        {
            var dir = Path.Combine(IntermediateDirectory, "generated", "ReportSdk.Generator");
            return System.IO.Directory.Exists(dir)
                ? System.IO.Directory.GetFiles(dir, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();
        }
    }

    /// <summary>Records of one kind (the first field), split on `|`.</summary>
    public IReadOnlyList<string[]> Records(string kind) =>
        Lines.Select(l => l.Split('|')).Where(f => f.Length > 1 && f[0] == kind).ToArray();

    internal static ConsumerApp Start(string directory, string name, string framework)
    {
        var dll = Path.Combine(directory, "bin", "Release", framework, name + ".dll");
        return new ConsumerApp(directory, name, framework, DotNetCli.RunChecked(directory, dll));
    }

    /// <summary>Runs the built app again with extra environment variables; returns its output lines.</summary>
    public IReadOnlyList<string> RunAgain(IReadOnlyDictionary<string, string> environment)
    {
        var framework = Path.GetFileName(IntermediateDirectory);
        var dll = Path.Combine(Directory, "bin", "Release", framework, Name + ".dll");
        var run = DotNetCli.Run(environment, Directory, dll);
        if (run.ExitCode != 0) throw new InvalidOperationException($"{dll} exited with {run.ExitCode}:\n{run.Output}");
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
