using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// Packs src/ReportSdk once per test run into a temporary feed, with a version no cache can hold and an artifacts
/// path of its own (the working tree's bin/obj are neither read nor touched), and builds the consumers lazily.
/// Everything lives under one temporary directory that is deleted at the end.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TempDirectory _root = new("reportsdk-pack");
    private readonly Lazy<Consumers> _consumers;

    public PackedPackage()
    {
        Version = string.Create(CultureInfo.InvariantCulture, $"0.0.1-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid().ToString("N")[..12]}");
        FeedDirectory = _root.Combine("feed");
        PackResult = DotNetCli.RunChecked(RepoPaths.Root,
            "pack", RepoPaths.RuntimeProject,
            "-c", "Release",
            "-o", FeedDirectory,
            "--artifacts-path", _root.Combine("artifacts"),
            "-p:Version=" + Version,
            "-p:NuGetAudit=false",
            "-nodeReuse:false");
        PackagePath = Path.Combine(FeedDirectory, $"ReportSdk.{Version}.nupkg");
        SymbolsPath = Path.Combine(FeedDirectory, $"ReportSdk.{Version}.snupkg");
        _consumers = new Lazy<Consumers>(() => Consumers.BuildAndRun(_root.Combine("consumers"), FeedDirectory, Version));
    }

    public string Version { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string SymbolsPath { get; }

    public CliResult PackResult { get; }

    /// <summary>The consumer projects, built and run against the packed package on first use.</summary>
    public Consumers Consumers => _consumers.Value;

    public void Dispose() => _root.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed ReportSdk";
}
