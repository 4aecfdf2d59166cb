using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// The package's ReadyToRun images of ReportSdk.dll (runtimes/&lt;rid&gt;/lib/net8.0/) and of the generator
/// (readytorun/&lt;rid&gt;/): one per common RID, each precompiled for its OS and architecture around the very IL and
/// metadata of the portable assembly. The host of a consumer picks the runtime image of its machine, and the app prints
/// the same as when the runtime ignores the precompiled code; the package's targets hand the compiler the generator
/// image of the SDK's machine, and it generates byte for byte what the portable analyzer does.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadyToRunTests(PackedPackage package)
{
    private const string Lib = "lib/net8.0/ReportSdk.dll";
    private const string Analyzer = "analyzers/dotnet/cs/ReportSdk.Generator.dll";

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
    public void Each_rid_has_a_precompiled_image_of_the_same_assembly(string rid, int machine) =>
        AssertImageOf(Lib, $"runtimes/{rid}/lib/net8.0/ReportSdk.dll", rid, machine);

    [Theory]
    [MemberData(nameof(Rids))]
    public void Each_rid_has_a_precompiled_image_of_the_generator(string rid, int machine) =>
        AssertImageOf(Analyzer, $"readytorun/{rid}/ReportSdk.Generator.dll", rid, machine);

    private void AssertImageOf(string ilPath, string imagePath, string rid, int machine)
    {
        using var image = Open(imagePath);
        using var il = Open(ilPath);
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
    public void The_compiler_gets_the_generator_image_of_the_sdks_machine_and_it_generates_what_the_portable_generator_does()
    {
        var own = package.Consumers.Own;
        string rid = SdkRid(own.Directory);
        Assert.Contains(rid, Rids.Select(r => (string)r[0])); // the machine these tests run on is one of the shipped RIDs
        var generators = Analyzers(own.Directory).Where(p => Path.GetFileName(p) == "ReportSdk.Generator.dll").ToArray();
        Assert.EndsWith($"/readytorun/{rid}/ReportSdk.Generator.dll", Assert.Single(generators).Replace('\\', '/'));
        Assert.NotEmpty(own.GeneratedByReportSdk);

        // The same project built with the portable analyzer (ReportSdkReadyToRunGenerator=false), in a folder beside it.
        string portable = Path.Combine(Path.GetDirectoryName(own.Directory)!, "OwnPortable");
        CopyProject(own.Directory, portable);
        Assert.EndsWith("/analyzers/dotnet/cs/ReportSdk.Generator.dll",
            Assert.Single(Analyzers(portable, "-p:ReportSdkReadyToRunGenerator=false"), p => Path.GetFileName(p) == "ReportSdk.Generator.dll").Replace('\\', '/'));
        DotNetCli.RunChecked(portable, "build", "Own.csproj", "-c", "Release", "-nodeReuse:false", "-p:ReportSdkReadyToRunGenerator=false");
        var generated = Path.Combine(own.IntermediateDirectory, "generated");
        var portableGenerated = Path.Combine(portable, "obj", "Release", Path.GetFileName(own.IntermediateDirectory), "generated");
        var files = Relative(generated, own.GeneratedByReportSdk);
        Assert.Equal(files, Relative(portableGenerated, Directory.GetFiles(Path.Combine(portableGenerated, "ReportSdk.Generator"), "*", SearchOption.AllDirectories)));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(generated, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(portableGenerated, file))), file);
        }
    }

    private static string[] Relative(string root, IEnumerable<string> paths) =>
        paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static void CopyProject(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue; // the build's output, not the project
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative), overwrite: true);
        }
    }

    /// <summary>The Analyzer items the compiler gets, after the package's targets have run (msbuild -getItem).</summary>
    private static IEnumerable<string> Analyzers(string project, params string[] properties)
    {
        var result = DotNetCli.RunChecked(project, new[] { "msbuild", "-restore", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-p:Configuration=Release", "-nodeReuse:false" }.Concat(properties).ToArray());
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        return json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!).ToArray();
    }

    private static string SdkRid(string project) =>
        DotNetCli.RunChecked(project, "msbuild", "-getProperty:NETCoreSdkRuntimeIdentifier", "-nodeReuse:false").Output.Trim();

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
