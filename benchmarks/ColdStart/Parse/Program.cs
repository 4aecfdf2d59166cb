using System;
using System.IO;
using System.Linq;
using ReportSdk.Generator.Model;
using ReportSdk.Generator.Parsing;
using ReportSdk.Generator.Vocabulary;

// Usage: ColdStart.Parse <folder | @file listing the report files> <report id> <standard key>
// Parses every report file at start-up (a folder: its *.txt, recursively; scripts/bench-process.sh passes the
// files the package bundles), then prints the same figure the generated API gives.
var files = args[0].StartsWith('@')
    ? File.ReadAllLines(args[0][1..]).Where(l => l.Length > 0).ToArray()
    : Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories);
Array.Sort(files, StringComparer.Ordinal);
var id = args[1];
var key = Enum.Parse<StandardIndicator>(args[2]);
ReportModel? found = null;
foreach (var file in files)
{
    var parsed = ReportParser.Parse(file, File.ReadAllText(file));
    foreach (var report in parsed.Reports)
    {
        if (report.Id == id) found = report;
    }
}
foreach (var fact in found?.Facts ?? EquatableArray<FactModel>.Empty)
{
    if (fact.Standard == key)
    {
        Console.WriteLine(fact.Value);
        return 0;
    }
}
Console.WriteLine("not found");
return 1;
