namespace ReportSdk.Tests.Generator;

using System.Collections.Generic;
using System.Linq;
using Xunit;

public class OptionsTests
{
    private static string[] Namespaces(Dictionary<string, string> options)
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse, options);
        return run.Sources.Values
            .SelectMany(s => s.Split('\n'))
            .Where(l => l.StartsWith("namespace ", System.StringComparison.Ordinal))
            .Distinct()
            .ToArray();
    }

    [Fact]
    public void Namespace_comes_from_ReportSdkNamespace_then_RootNamespace()
    {
        Assert.Equal(new[] { "namespace Custom.Ns;" }, Namespaces(new() { ["build_property.ReportSdkNamespace"] = "Custom.Ns", ["build_property.RootNamespace"] = "App" }));
        Assert.Equal(new[] { "namespace My_App.Reports;" }, Namespaces(new() { ["build_property.RootNamespace"] = "My_App" }));
        Assert.Equal(new[] { "namespace Reports;" }, Namespaces(new()));
        Assert.Equal(new[] { "namespace _1st.class_;" }, Namespaces(new() { ["build_property.ReportSdkNamespace"] = "1st.class" }));
    }

    [Fact]
    public void Figures_are_constants_unless_switched_off_then_no_values_class()
    {
        var consumer = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse).Sources.Values;
        Assert.Contains(consumer, s => s.Contains("public const decimal Gdp = 980m;", System.StringComparison.Ordinal));

        var bundled = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse,
            new() { ["build_property.ReportSdkEmitConstants"] = "False" }).Sources.Values;
        // Off (a library others compile against): no Values copy at all; the figure is reached through the typed member.
        Assert.Contains(bundled, s => s.Contains("public static global::ReportSdk.Indicator Gdp => ", System.StringComparison.Ordinal));
        Assert.DoesNotContain(bundled, s => s.Contains("class Values", System.StringComparison.Ordinal));
        Assert.DoesNotContain(bundled, s => s.Contains("const decimal", System.StringComparison.Ordinal));
    }
}
