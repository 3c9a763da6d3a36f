using System.Collections.Immutable;
using System.ComponentModel;
using System.Runtime.InteropServices;
using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Generator.Thin;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Probe;

/// <summary>
/// <c>bindingforge probe</c>: session ─► the contract's ownership facts ─► tracer and driver built ─► the program run under
/// the tracer (a command, or the driver's own plan) ─► trace read ─► a verdict per fact. Refuted facts are BF2606 at
/// the contract line that states them.
/// </summary>
public static class ContractProbe
{
    public static ProbeResult Run(BindingSession session, ProbeRequest request)
    {
        var mode = request.Command.IsEmpty ? "self" : "trace";
        var diagnostics = new List<Diagnostic>(session.Diagnostics.Where(d => d.IsError));
        if (session.Contract is not { } contract || session.Header is not { } header || session.Document is not { } document || session.HasErrors)
            return new ProbeResult(mode, [], [], 0, [.. diagnostics]);
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            diagnostics.Add(ProbeToolchain.Error(ContractDiagnosticIds.ProbeUnsupportedPlatform, $"the allocation tracer runs on x86-64 Linux only, not {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}"));
            return new ProbeResult(mode, [], [], 0, [.. diagnostics]);
        }

        var facts = ProbeFacts.Of(contract);
        var planned = ImmutableArray<string>.Empty;
        if (ProbeToolchain.Build(request.Compiler, diagnostics) is not { } toolchain)
            return new ProbeResult(mode, [], [], 0, [.. diagnostics]);

        var folder = request.KeepTrace ?? Directory.CreateTempSubdirectory("bindingforge-trace-").FullName;
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var old in Directory.EnumerateFiles(folder, "trace.*"))
                File.Delete(old);
            var config = TraceConfig.For(header, contract);
            var configPath = Path.Combine(folder, "config.txt");
            File.WriteAllText(configPath, config.Text);
            var command = request.Command;
            if (command.IsEmpty)
            {
                var plan = SelfDrivePlan.Build(contract, header, document, Libraries(session, request), facts, diagnostics);
                planned = plan.Planned;
                var planPath = Path.Combine(folder, "plan.txt");
                File.WriteAllText(planPath, plan.Text);
                command = [toolchain.Driver, planPath];
            }

            if (diagnostics.Any(d => d.IsError))
                return new ProbeResult(mode, [], planned, 0, [.. diagnostics]);
            var run = Execute(command, toolchain, configPath, folder, request.Timeout);
            Report(run, mode, diagnostics);
            if (mode == "self")
                planned = Made(run?.Output ?? string.Empty);
            var trace = ProbeTrace.Read(folder, config.Functions);
            diagnostics.AddRange(trace.Problems.Select(p => new Diagnostic(ContractDiagnosticIds.ProbeTraceIncomplete, DiagnosticSeverity.Warning, $"the trace is incomplete: {p}", SourceLocation.None)));
            var verdicts = new FactJudge(trace, facts).Judge();
            diagnostics.AddRange(verdicts.Where(v => v.Outcome == ProbeOutcome.Refuted)
                .Select(v => new Diagnostic(ContractDiagnosticIds.ProbeRefuted, DiagnosticSeverity.Error, $"refuted: {v.Fact.Statement}: {v.Evidence}", v.Fact.Location)));
            return new ProbeResult(mode, verdicts, planned, trace.Calls.Length, [.. diagnostics]);
        }
        finally
        {
            if (request.KeepTrace is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    private static TracedProcess? Execute(ImmutableArray<string> command, ProbeToolchain toolchain, string config, string folder, TimeSpan timeout)
    {
        try
        {
            return TracedProcess.Run(command, toolchain.Tracer, config, folder, timeout);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static void Report(TracedProcess? run, string mode, List<Diagnostic> diagnostics)
    {
        var what = mode == "self" ? "the probe's driver" : "the traced command";
        string? problem = run switch
        {
            null => $"{what} could not be started",
            { TimedOut: true } => $"{what} did not finish in time and was stopped",
            { ExitCode: not 0 } when mode == "self" => $"{what} stopped with exit code {run.ExitCode} after: {LastCall(run.Output)}; {run.Tail()}",
            { ExitCode: not 0 } => $"{what} exited with code {run.ExitCode}: {run.Tail()}",
            _ => null,
        };
        if (problem is not null)
        {
            var id = mode == "self" && run is { TimedOut: false } ? ContractDiagnosticIds.ProbeDriverStopped : ContractDiagnosticIds.ProbeCommandFailed;
            diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Warning, problem + " (facts are judged on the calls that completed)", SourceLocation.None));
        }
    }

    /// <summary>The calls the driver made, from what it printed: <c>called f</c>, or <c>skipped f</c> for a free it left out
    /// because its argument was not a heap block.</summary>
    private static ImmutableArray<string> Made(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.StartsWith("skipped ", StringComparison.Ordinal) ? line["skipped ".Length..] + " (skipped: not a heap block)" : line.Replace("called ", string.Empty, StringComparison.Ordinal))];

    private static string LastCall(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } line ? line.Replace("called ", string.Empty, StringComparison.Ordinal) : "no call";

    /// <summary>The files the driver tries to load: <c>--lib</c> files, then the library's own names.</summary>
    private static IEnumerable<string> Libraries(BindingSession session, ProbeRequest request)
    {
        var name = session.Library!.Library;
        var own = name.Contains('/') ? [name] : new[] { $"lib{name}.so" }.Concat(NativeLibraryProbe.Default.FindVersionedNames(name));
        return request.Libraries.Select(Path.GetFullPath).Concat(own);
    }
}
