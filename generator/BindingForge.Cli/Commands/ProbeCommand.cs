using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Probe;

namespace BindingForge.Cli.Commands;

/// <summary>
/// <c>bindingforge probe CONTRACT [-- COMMAND...] [--format text|json] [--record] [--cc CC] [--lib FILE] [--keep-trace DIR]</c>:
/// checks the contract's ownership facts by running the library under an allocation tracer, either calling what it
/// can by itself or, after <c>--</c>, during any program that uses the library (an example, a test run).
/// </summary>
internal static class ProbeCommand
{
    public static Command Create()
    {
        var contract = new Argument<FileInfo>("contract") { Description = "The contract whose ownership facts to check." };
        var program = new Argument<string[]>("command") { Description = "After --: a program to run under the tracer (trace mode); none: the probe calls what it can itself.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var record = new Option<bool>("--record") { Description = "Write `status: verified` into the contract for each confirmed fact." };
        var cc = new Option<string?>("--cc") { Description = "The C compiler that builds the tracer (default: $CC, cc, gcc or clang)." };
        var lib = new Option<string[]>("--lib") { Description = "A library file the probe's own calls load first (self-driven mode).", AllowMultipleArgumentsPerToken = false };
        var keep = new Option<string?>("--keep-trace") { Description = "Keep the raw trace, the config and the plan in this folder." };
        var command = new Command("probe", "Confirm or refute a contract's ownership facts by running the library under an allocation tracer.");
        command.Arguments.Add(contract);
        command.Arguments.Add(program);
        foreach (var option in new Option[] { format, record, cc, lib, keep })
            command.Options.Add(option);
        command.SetAction((parse, _) => Task.FromResult(Run(parse, parse.GetValue(contract)!, new ProbeRequest(
            [.. parse.GetValue(program) ?? []], parse.GetValue(cc), [.. parse.GetValue(lib) ?? []], parse.GetValue(keep)), parse.GetValue(format)!, parse.GetValue(record))));
        return command;
    }

    private static int Run(ParseResult parse, FileInfo contract, ProbeRequest request, string format, bool record)
    {
        var result = ContractProbe.Run(BindingSession.Open(contract.ToString()), request);
        if (record && result.Verdicts.Any(v => v.Outcome == ProbeOutcome.Confirmed))
        {
            var notes = new List<Diagnostic>();
            File.WriteAllText(contract.FullName, StatusRecorder.Record(File.ReadAllText(contract.FullName), result.Verdicts, notes));
            result = result with { Diagnostics = [.. result.Diagnostics, .. notes] };
        }

        var output = parse.InvocationConfiguration.Output;
        if (format == "json")
        {
            JsonProbeReport.Write(output, contract.ToString(), result);
            return result.ExitCode;
        }

        ConsoleReporter.For(parse).Diagnostics(result.Diagnostics);
        foreach (var line in ProbeTextReport.Lines(contract.ToString(), result))
            output.WriteLine(line);
        if (record)
            output.WriteLine($"{contract}: status: verified recorded for {result.Count(ProbeOutcome.Confirmed)} confirmed fact(s)");
        return result.ExitCode;
    }
}
