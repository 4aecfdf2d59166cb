using System;
using System.IO;
using ColdStart.Json;

// Usage: ColdStart.Json <catalog.json> <report id> <standard key>
// Loads the whole exported catalog at start-up, then prints the same figure the generated API gives.
using var stream = File.OpenRead(args[0]);
var catalog = System.Text.Json.JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.CatalogDto);
foreach (var report in catalog?.Reports ?? Array.Empty<ReportDto>())
{
    if (report.Id != args[1]) continue;
    foreach (var indicator in report.Indicators)
    {
        if (indicator.Standard == args[2])
        {
            Console.WriteLine(indicator.Value);
            return 0;
        }
    }
}
Console.WriteLine("not found");
return 1;
