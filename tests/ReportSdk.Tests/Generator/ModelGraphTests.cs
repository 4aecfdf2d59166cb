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

    /// <summary>
    /// Every node of the incremental pipeline carries a reference type (or a tuple of them, as Combine makes): Roslyn's
    /// node and table code over reference types is shared and precompiled in the compiler, where a struct value (as
    /// EquatableArray once was) makes a fresh compiler JIT-compile every node type anew for it, about 1,200 methods
    /// in the 100-report build (docs/performance.md).
    /// </summary>
    [Fact]
    public void Every_value_the_driver_tracked_is_a_reference_type()
    {
        var run = DriverRun.Start(new[] { GeneratorHarness.Text("/r/a.txt", "石景山区|Shijingshan|2023\n") }, Fixture.Parse);
        var steps = run.Result.TrackedSteps.Where(s => s.Key.StartsWith("ReportSdk.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(steps);
        var valueTypes = steps.SelectMany(s => s.Value.SelectMany(step => step.Outputs)
                .Where(o => o.Value is not null && HoldsAValueType(o.Value.GetType()))
                .Select(o => s.Key + ": " + o.Value.GetType().Name))
            .Distinct().ToArray();
        Assert.Empty(valueTypes);
    }

    private static bool HoldsAValueType(Type type) =>
        type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)
            ? type.GetGenericArguments().Any(HoldsAValueType)
            : type.IsValueType;

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
