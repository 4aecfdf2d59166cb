// One bundled figure through the generated typed API: 石景山区 2023 report, 地区生产总值 (980 亿元).
System.Console.WriteLine(ReportSdk.Reports.Beijing.Shijingshan.Y2023.Gdp.Value);
