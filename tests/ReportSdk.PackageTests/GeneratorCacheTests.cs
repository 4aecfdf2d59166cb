using System.Linq;
using Xunit;

namespace ReportSdk.PackageTests;

/// <summary>
/// ReportSdkGeneratorCache=true turns on the compiler server's generator cache for the consumer's compile (the
/// compiler feature enable-generator-cache), and only then. That a kept driver re-parses only edited reports and
/// generates what a fresh one does is proven in process (CachingTests in ReportSdk.Tests).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class GeneratorCacheTests(PackedPackage package)
{
    [Fact]
    public void The_generator_cache_is_the_consumers_choice_and_off_by_default()
    {
        var own = package.Consumers.Own.Directory;
        Assert.DoesNotContain("enable-generator-cache", Features(own).Split(';'));
        Assert.Contains("enable-generator-cache", Features(own, "-p:ReportSdkGeneratorCache=true").Split(';'));
        Assert.DoesNotContain("enable-generator-cache", Features(own, "-p:ReportSdkGeneratorCache=false").Split(';'));
    }

    private static string Features(string project, params string[] properties) =>
        DotNetCli.RunChecked(project, new[] { "msbuild", "-getProperty:Features", "-p:Configuration=Release", "-nodeReuse:false" }.Concat(properties).ToArray())
            .Output.Trim();
}
