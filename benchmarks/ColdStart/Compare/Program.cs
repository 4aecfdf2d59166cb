// GDP growth in 2023 across every bundled region: prints the number of regions and the first row's value.
var rows = ReportSdk.ReportCatalog.Compare(ReportSdk.StandardIndicator.GdpGrowth, 2023);
System.Console.WriteLine(rows.Count == 0 ? "none" : rows.Count + " " + rows[0].Value);
