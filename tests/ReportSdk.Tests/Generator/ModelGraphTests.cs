namespace ReportSdk.Tests.Generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ReportSdk.Generator.Diagnostics;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Pipeline;
using Xunit;

/// <summary>Pipeline values must be plain equatable data: no Roslyn types, no bare ImmutableArray.</summary>
public class ModelGraphTests
{
    public static TheoryData<Type> PipelineTypes => new()
    {
        typeof(GeneratorOptions), typeof(SourceFile), typeof(ParsedFile), typeof(ReportItem), typeof(CatalogEntry),
        typeof(CatalogPlan), typeof(ReportUnit), typeof(ReportSetModel), typeof(EquatableArray<DiagnosticInfo>),
        typeof(SourceItems), typeof(EquatableArray<ConfigFile>),
    };

    [Theory]
    [MemberData(nameof(PipelineTypes))]
    public void Pipeline_models_hold_no_roslyn_types(Type root)
    {
        var problems = new List<string>();
        Walk(root, root.Name, new HashSet<Type>(), problems);
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_value_the_driver_tracked_is_plain_data()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse);
        var values = run.Result.TrackedSteps.Where(s => s.Key.StartsWith("ReportSdk.", StringComparison.Ordinal))
            .SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Value).Where(v => v is not null).ToArray();
        Assert.NotEmpty(values);
        var problems = new List<string>();
        foreach (var value in values) Walk(value.GetType(), value.GetType().Name, new HashSet<Type>(), problems);
        Assert.Empty(problems);
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
    {
        if (!seen.Add(type)) return;
        if (type.IsEnum) return; // a plain value, whoever declares it (DiagnosticSeverity)
        if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
        {
            problems.Add(path + ": " + type.FullName);
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            problems.Add(path + ": bare ImmutableArray");
            return;
        }
        if (type.IsArray)
        {
            problems.Add(path + ": array (not equatable; use EquatableArray)");
            return;
        }
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, path, seen, problems);
            return;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
            return;
        }
        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var arg in type.GetGenericArguments()) Walk(arg, path + "<>", seen, problems);
            return;
        }
        if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            problems.Add(path + ": " + type.FullName + " is not IEquatable");
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.Name == "EqualityContract") continue;
            Walk(field.FieldType, path + "." + field.Name, seen, problems);
        }
    }
}
