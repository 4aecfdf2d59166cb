using System;

Console.WriteLine("ReportSdk sample");
