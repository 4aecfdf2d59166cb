System.Console.WriteLine(980m);
