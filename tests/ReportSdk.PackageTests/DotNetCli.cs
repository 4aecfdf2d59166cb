using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ReportSdk.PackageTests;

/// <summary>Runs the <c>dotnet</c> CLI in a child process, isolated from the test host's MSBuild state.</summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host that runs the tests (set by the CLI for its children), else the one on PATH.</summary>
    private static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path)
        ? path
        : "dotnet";

    public static CliResult Run(string workingDirectory, params string[] arguments) => Run(null, workingDirectory, arguments);

    /// <summary>Runs with extra environment variables (e.g. <c>DOTNET_ReadyToRun=0</c>).</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string>? environment, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // `dotnet test` leaves MSBuild variables in the test host's environment that would steer the child build.
        var inherited = new List<string>();
        foreach (var key in start.Environment.Keys)
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)) inherited.Add(key);
        }
        foreach (var key in inherited) start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en"; // the tests read "0 Warning(s)"
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {Timeout}.\n{output}");
        }
        process.WaitForExit(); // drains the redirected streams
        lock (output) return new CliResult(arguments, process.ExitCode, output.ToString(), watch.Elapsed);
    }

    /// <summary>Runs and fails with the command's output when it does not exit with 0.</summary>
    public static CliResult RunChecked(string workingDirectory, params string[] arguments)
    {
        var result = Run(workingDirectory, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}");
        }
        return result;
    }
}

public sealed record CliResult(IReadOnlyList<string> Arguments, int ExitCode, string Output, TimeSpan Elapsed);
