using System.Collections.Immutable;
using System.Diagnostics;

namespace BindingForge.Review.Probe;

/// <summary>Runs one program under the tracer: <c>LD_PRELOAD</c> (ahead of any the environment has), the config and the
/// trace folder in the environment, its output captured so the probe's own report stays clean.</summary>
public sealed record TracedProcess(int ExitCode, string Output, string Error, bool TimedOut)
{
    public static TracedProcess Run(ImmutableArray<string> command, string tracer, string config, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        var preload = Environment.GetEnvironmentVariable("LD_PRELOAD");
        start.Environment["LD_PRELOAD"] = string.IsNullOrEmpty(preload) ? tracer : tracer + ":" + preload;
        start.Environment["BF_PROBE_CONFIG"] = config;
        start.Environment["BF_PROBE_OUT"] = folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new TracedProcess(-1, output.Result, error.Result, TimedOut: true);
        }

        return new TracedProcess(process.ExitCode, output.Result, error.Result, TimedOut: false);
    }

    /// <summary>The last lines of the program's error output, for a diagnostic.</summary>
    public string Tail(int lines = 5) => string.Join(" | ", Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));
}
