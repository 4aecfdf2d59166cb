using System;
using System.Globalization;
using System.IO.Compression;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// Packs src/ReportSdk once per test run into a temporary feed, with a version no package cache can hold, and builds
/// the consumers lazily. It packs the build output of the configuration these tests were built in: the test
/// project's reference to src/ReportSdk has MSBuild bring that output up to date first. Everything the tests
/// create lives under one temporary directory that is deleted at the end.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TempDirectory _root = new("reportsdk-pack");
    private readonly Lazy<Consumers> _consumers;
    private readonly Lazy<EdgeConsumer> _edge;
    private readonly Lazy<string> _library;

    public PackedPackage()
    {
        Version = string.Create(CultureInfo.InvariantCulture, $"0.0.1-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid().ToString("N")[..12]}");
        FeedDirectory = _root.Combine("feed");
        PackResult = DotNetCli.RunChecked(RepoPaths.Root,
            "pack", RepoPaths.RuntimeProject,
            "-c", Configuration,
            "--no-build",
            "-o", FeedDirectory,
            "-p:Version=" + Version,
            "-p:NuspecOutputPath=" + _root.Combine("nuspec") + Path.DirectorySeparatorChar,
            "-nodeReuse:false");
        PackagePath = Path.Combine(FeedDirectory, $"ReportSdk.{Version}.nupkg");
        SymbolsPath = Path.Combine(FeedDirectory, $"ReportSdk.{Version}.snupkg");
        _consumers = new Lazy<Consumers>(() => Consumers.BuildAndRun(_root.Combine("consumers"), FeedDirectory, Version));
        _edge = new Lazy<EdgeConsumer>(() => EdgeConsumer.BuildIn(_root.Combine("edge"), FeedDirectory, Version));
        _library = new Lazy<string>(() =>
        {
            string dir = _root.Combine("lib");
            using var zip = ZipFile.OpenRead(PackagePath);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("lib/net8.0/", StringComparison.Ordinal)))
            {
                Directory.CreateDirectory(dir);
                entry.ExtractToFile(Path.Combine(dir, entry.Name));
            }
            return dir;
        });
    }

    /// <summary>The package's lib/net8.0 folder (ReportSdk.dll and its XML docs), extracted on first use.</summary>
    public string LibraryDirectory => _library.Value;

    public string Version { get; }

    /// <summary>Configuration the tests (and so src/ReportSdk, through the project reference) were built in.</summary>
    public static string Configuration { get; } =
        typeof(PackedPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string SymbolsPath { get; }

    public CliResult PackResult { get; }

    /// <summary>The consumer projects, built and run against the packed package on first use.</summary>
    public Consumers Consumers => _consumers.Value;

    /// <summary>The consumer with bad report sources and severity settings, built on first use.</summary>
    public EdgeConsumer Edge => _edge.Value;

    public void Dispose() => _root.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed ReportSdk";
}
