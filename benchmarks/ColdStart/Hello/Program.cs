System.Console.WriteLine("980");
