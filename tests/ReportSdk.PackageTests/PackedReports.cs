using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace ReportSdk.PackageTests;

/// <summary>
/// The bundled reports of the packed ReportSdk.dll, read by reflection from the package's lib folder (loaded in a
/// context of its own, so the test process never binds to a build output): each year class with its typed fact
/// members.
/// </summary>
internal sealed class PackedReports
{
    private PackedReports(IReadOnlyList<YearClass> years) => Years = years;

    public IReadOnlyList<YearClass> Years { get; }

    public static PackedReports Load(string libraryDirectory)
    {
        var context = new AssemblyLoadContext("packed-reportsdk-" + Guid.NewGuid().ToString("N"));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(libraryDirectory, "ReportSdk.dll"));
        var years = assembly.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .Where(t => (t.Namespace ?? string.Empty).StartsWith("ReportSdk.Reports", StringComparison.Ordinal) && Regex.IsMatch(t.Name, @"^Y\d{4}$"))
            .Select(t => new YearClass(t))
            .OrderBy(y => y.Type.FullName, StringComparer.Ordinal)
            .ToArray();
        return new PackedReports(years);
    }

    /// <summary>A generated year class (Beijing.Shijingshan.Y2023).</summary>
    internal sealed class YearClass(Type type)
    {
        public Type Type { get; } = type;

        public string Region => (string)Type.GetField("Region")!.GetRawConstantValue()!;

        public int DeliveredYear => (int)Type.GetField("DeliveredYear")!.GetRawConstantValue()!;

        /// <summary>The public static properties that return one fact (typed Indicator members).</summary>
        public IEnumerable<PropertyInfo> FactMembers =>
            Type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType.FullName == "ReportSdk.Indicator");

        /// <summary>Every fact of the report (its Indicators list).</summary>
        public IEnumerable<object> Indicators => ((System.Collections.IEnumerable)Type.GetProperty("Indicators")!.GetValue(null)!).Cast<object>();
    }

    /// <summary>A property of an Indicator read by reflection.</summary>
    public static T Get<T>(object indicator, string property) => (T)indicator.GetType().GetProperty(property)!.GetValue(indicator)!;
}
