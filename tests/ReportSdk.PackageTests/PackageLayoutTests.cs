using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>What `dotnet pack src/ReportSdk` puts into ReportSdk.nupkg and its symbols package.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    private string[] Entries()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    private string ReadEntry(string path)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Pack_makes_exactly_one_package_and_its_symbols()
    {
        var files = Directory.GetFiles(package.FeedDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { $"ReportSdk.{package.Version}.nupkg", $"ReportSdk.{package.Version}.snupkg" }, files);
    }

    [Theory]
    [InlineData("lib/net8.0/ReportSdk.dll")]
    [InlineData("lib/net8.0/ReportSdk.xml")]
    [InlineData("analyzers/dotnet/cs/ReportSdk.Generator.dll")]
    [InlineData("buildTransitive/ReportSdk.props")]
    [InlineData("buildTransitive/ReportSdk.targets")]
    [InlineData("buildTransitive/ReportSdk.BundledReports.txt")]
    [InlineData("build/ReportSdk.props")]
    [InlineData("build/ReportSdk.targets")]
    [InlineData("README.md")]
    public void Package_contains(string entry) => Assert.Contains(entry, Entries());

    [Fact]
    public void Generator_is_an_analyzer_only_and_lib_holds_only_the_runtime()
    {
        var entries = Entries();
        Assert.Equal(new[] { "lib/net8.0/ReportSdk.dll", "lib/net8.0/ReportSdk.xml" }, entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)));
        Assert.Equal(new[] { "analyzers/dotnet/cs/ReportSdk.Generator.dll" }, entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
        // Roslyn is provided by the compiler that loads the generator; shipping it would break loading.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_assembly_sits_where_the_host_or_the_packages_targets_look_for_it()
    {
        var rids = ReadyToRunTests.Rids.Select(r => (string)r[0]).ToArray();
        var expected = new[] { "analyzers/dotnet/cs/ReportSdk.Generator.dll", "lib/net8.0/ReportSdk.dll" }
            .Concat(rids.Select(rid => $"readytorun/{rid}/ReportSdk.Generator.dll"))
            .Concat(rids.Select(rid => $"runtimes/{rid}/lib/net8.0/ReportSdk.dll"))
            .OrderBy(e => e, StringComparer.Ordinal);
        Assert.Equal(expected, Entries().Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Xml_docs_describe_the_runtime_api()
    {
        var docs = XDocument.Parse(ReadEntry("lib/net8.0/ReportSdk.xml"));
        Assert.Equal("ReportSdk", docs.Root?.Element("assembly")?.Element("name")?.Value);
        Assert.Contains(docs.Descendants("member"), m => (string?)m.Attribute("name") == "T:ReportSdk.ReportCatalog");
    }

    [Fact]
    public void Nuspec_has_license_readme_repository_and_no_dependency_on_the_generator()
    {
        var nuspec = XDocument.Parse(ReadEntry("ReportSdk.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("ReportSdk", metadata.Element(ns + "id")?.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")?.Value);

        var license = metadata.Element(ns + "license");
        Assert.Equal("expression", (string?)license?.Attribute("type"));
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);

        var repository = metadata.Element(ns + "repository");
        Assert.Equal("git", (string?)repository?.Attribute("type"));
        Assert.StartsWith("https://", (string?)repository?.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository?.Attribute("commit") ?? "");

        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Readme_says_how_to_add_reports_and_which_roslyn_it_needs()
    {
        var readme = ReadEntry("README.md");
        Assert.Contains("<ReportSource Include=", readme);
        Assert.Contains("ReportSdkNamespace", readme);
        Assert.Contains("Microsoft.CodeAnalysis 4.8", readme);
    }

    [Fact]
    public void Generator_is_built_against_Roslyn_4_8_as_the_readme_promises()
    {
        // The lowest Roslyn that loads the generator is the one it references: 4.8 = .NET 8 SDK, VS 17.8.
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = new MemoryStream();
        using (var entry = zip.GetEntry("analyzers/dotnet/cs/ReportSdk.Generator.dll")!.Open()) entry.CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h))
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version, StringComparer.Ordinal);
        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis"]);
        if (references.TryGetValue("Microsoft.CodeAnalysis.CSharp", out var csharp)) Assert.Equal(new Version(4, 8, 0, 0), csharp);
        Assert.Contains("netstandard", references.Keys);
    }

    [Fact]
    public void Symbols_package_holds_the_portable_pdb()
    {
        using var zip = ZipFile.OpenRead(package.SymbolsPath);
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net8.0/ReportSdk.pdb");
    }
}
