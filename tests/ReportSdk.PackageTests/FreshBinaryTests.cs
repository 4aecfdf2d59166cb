using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// The package tests test the sources of this clone: the packed assemblies are the ones the compiler last wrote (same
/// MVID) and that compilation is newer than every source file it reads, so a stale build fails here instead of being
/// tested.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class FreshBinaryTests(PackedPackage package)
{
    [Theory]
    [InlineData("lib/net8.0/ReportSdk.dll", "ReportSdk", "net8.0")]
    [InlineData("analyzers/dotnet/cs/ReportSdk.Generator.dll", "ReportSdk.Generator", "netstandard2.0")]
    public void Packed_assembly_is_compiled_from_the_current_sources(string entry, string project, string framework)
    {
        string compiled = Path.Combine(RepoPaths.Root, "src", project, "obj", PackedPackage.Configuration, framework, project + ".dll");
        Assert.True(File.Exists(compiled), $"{compiled} does not exist: build before running the package tests.");

        using (var zip = ZipFile.OpenRead(package.PackagePath))
        {
            var packed = zip.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"{entry} is not in the package.");
            using var copy = new MemoryStream();
            using (var stream = packed.Open()) stream.CopyTo(copy);
            copy.Position = 0;
            using var file = File.OpenRead(compiled);
            Assert.Equal(Mvid(file), Mvid(copy));
        }

        var built = File.GetLastWriteTimeUtc(compiled);
        var newer = Sources(project).Where(f => File.GetLastWriteTimeUtc(f) > built).ToArray();
        Assert.True(newer.Length == 0, $"{compiled} is older than: {string.Join(", ", newer.Take(5))}");
    }

    private static Guid Mvid(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    // The C# files a project compiles: its own (outside bin/ and obj/) and the shared ones.
    private static string[] Sources(string project)
    {
        string src = Path.Combine(RepoPaths.Root, "src");
        return Directory.EnumerateFiles(Path.Combine(src, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(src, "Shared"), "*.cs"))
            .ToArray();
    }
}
