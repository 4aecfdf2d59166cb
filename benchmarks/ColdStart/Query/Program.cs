// The GDP series of 石景山区 through ReportCatalog: prints the first point's value (980).
var series = ReportSdk.ReportCatalog.Series(ReportSdk.StandardIndicator.Gdp, "石景山区");
System.Console.WriteLine(series.Count == 0 ? "none" : series[0].Value.ToString());
