// Placeholder until the generated typed API lands: the first report's metadata through the catalog.
var all = ReportSdk.ReportCatalog.All;
System.Console.WriteLine(all.Count == 0 ? "0" : all[0].Id);
