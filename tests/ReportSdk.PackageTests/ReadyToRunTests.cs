using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// The package's ReadyToRun images of ReportSdk.dll (runtimes/&lt;rid&gt;/lib/net8.0/): one per common RID, each
/// precompiled for its OS and architecture around the very IL and metadata of lib/net8.0; the host of a consumer
/// picks the image of its machine, and the app prints the same as when the runtime ignores the precompiled code.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadyToRunTests(PackedPackage package)
{
    private const string Lib = "lib/net8.0/ReportSdk.dll";

    // crossgen2 marks an image for another OS by XOR-ing the PE machine with an OS constant (none for Windows).
    public static TheoryData<string, int> Rids => new()
    {
        { "linux-x64", 0x8664 ^ 0x7B79 },
        { "linux-arm64", 0xAA64 ^ 0x7B79 },
        { "win-x64", 0x8664 },
        { "osx-arm64", 0xAA64 ^ 0x4644 },
    };

    [Theory]
    [MemberData(nameof(Rids))]
    public void Each_rid_has_a_precompiled_image_of_the_same_assembly(string rid, int machine)
    {
        using var image = Open($"runtimes/{rid}/lib/net8.0/ReportSdk.dll");
        using var il = Open(Lib);
        Assert.True(image.Pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, rid + ": no ReadyToRun header");
        Assert.Equal(machine, (int)image.Pe.PEHeaders.CoffHeader.Machine);
        Assert.Equal(0, il.Pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size); // the fallback stays portable IL

        var (a, b) = (image.Pe.GetMetadataReader(), il.Pe.GetMetadataReader());
        Assert.Equal(b.GetGuid(b.GetModuleDefinition().Mvid), a.GetGuid(a.GetModuleDefinition().Mvid));
        Assert.Equal(b.GetAssemblyDefinition().Version, a.GetAssemblyDefinition().Version);
        Assert.Equal(b.TypeDefinitions.Count, a.TypeDefinitions.Count);
        Assert.Equal(b.MethodDefinitions.Count, a.MethodDefinitions.Count);
    }

    [Fact]
    public void A_consumer_loads_the_image_of_its_machine_and_prints_the_same_as_with_the_precompiled_code_ignored()
    {
        var app = package.Consumers.Plain;
        string rid = RuntimeInformation.RuntimeIdentifier;
        Assert.Contains(rid, Rids.Select(r => (string)r[0])); // the machine these tests run on is one of the shipped RIDs
        Assert.Equal($"runtimes/{rid}/lib/net8.0/ReportSdk.dll", Assert.Single(app.Records("runtime"))[1]);

        // DOTNET_ReadyToRun=0: the runtime JIT-compiles the IL inside the same file instead of using its native code.
        var jitOnly = app.RunAgain(new Dictionary<string, string> { ["DOTNET_ReadyToRun"] = "0" });
        Assert.Equal(app.Lines, jitOnly);
        Assert.True(app.Records("gdp").Count > 0);
    }

    private Entry Open(string path)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package.");
        var bytes = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(bytes);
        bytes.Position = 0;
        return new Entry(new PEReader(bytes));
    }

    private sealed record Entry(PEReader Pe) : IDisposable
    {
        public void Dispose() => Pe.Dispose();
    }
}
