using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Generator.Session;
using BindingForge.Review.Coverage;
using BindingForge.Review.Reporting;

namespace BindingForge.Cli.Commands;

/// <summary>
/// <c>bindingforge check CONTRACT [--strict] [--format text|json|sarif] [--output FILE]</c>: loads, parses the headers,
/// binds and validates; then reports drift (entries the header no longer matches) and coverage (pointer-bearing
/// functions with no ownership fact, facts still <c>inferred</c>). Writes no code.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var contract = new Argument<FileInfo>("contract") { Description = "The contract YAML file to check." };
        var strict = new Option<bool>("--strict") { Description = "Fail on drift, uncovered pointer-bearing functions and facts still marked inferred." };
        var format = new Option<string>("--format") { Description = "text (default), json, or sarif (SARIF 2.1.0, for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var updateApi = new Option<bool>("--update-api") { Description = "Write the contract's API record (<contract>.api.txt, the bound C surface) from its headers instead of comparing it." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the json or sarif report to this file instead of standard output." };
        var command = new Command("check", "Validate a contract against its headers, with drift and coverage, without writing code.");
        command.Arguments.Add(contract);
        command.Options.Add(strict);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(updateApi);
        command.Options.Add(new Option<bool>("--verbose", "-v") { Description = "Also print informational diagnostics (uncovered functions, inferred facts; notes about the headers)." });
        command.SetAction((parse, _) => Task.FromResult(Run(parse, parse.GetValue(contract)!, parse.GetValue(strict), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(updateApi))));
        return command;
    }

    private static int Run(ParseResult parse, FileInfo contract, bool strict, string format, FileInfo? output, bool updateApi)
    {
        // Locations use the path as the user typed it, so editors and CI can open it.
        var audit = ContractAudit.Run(BindingSession.Open(contract.ToString()), strict, updateApi);
        if (format == "text")
            return Text(parse, contract, audit);

        // Notes about the header itself (macros that are not constants) are noise in a report about the contract.
        var verbose = parse.GetValue<bool>("--verbose");
        var report = verbose ? audit : audit with { Diagnostics = [.. audit.Diagnostics.Where(d => d.Severity != Model.Diagnostics.DiagnosticSeverity.Info || d.Id.StartsWith("BF2", StringComparison.Ordinal))] };
        var writer = output is null ? parse.InvocationConfiguration.Output : new StreamWriter(output.FullName);
        try
        {
            if (format == "json")
                JsonCheckReport.Write(writer, contract.ToString(), report);
            else
                SarifWriter.Write(writer, report.Diagnostics, contract.ToString());
        }
        finally
        {
            if (output is not null)
                writer.Dispose();
        }

        return audit.ExitCode;
    }

    private static int Text(ParseResult parse, FileInfo contract, AuditResult audit)
    {
        var console = ConsoleReporter.For(parse);
        console.Diagnostics(audit.Diagnostics);
        foreach (var written in audit.Diagnostics.Where(d => d.Id == Contracts.ContractDiagnosticIds.ApiRecordWritten))
            console.Progress($"{written.Location.File}: {written.Message}");
        var coverage = audit.Coverage;
        console.Progress($"{contract}: {audit.Errors} error(s), {audit.Warnings} warning(s)");
        if (coverage.PointerFunctions > 0 || !coverage.Inferred.IsEmpty)
        {
            console.Progress($"coverage: {coverage.Covered} of {coverage.PointerFunctions} pointer-bearing function(s) covered; "
                + $"{coverage.Uncovered.Length} uncovered, {coverage.Inferred.Length} fact(s) still inferred, {audit.Drift.Length} drift finding(s)"
                + (audit.Strict ? string.Empty : " (-v lists them; --strict fails on them)"));
        }

        return audit.ExitCode;
    }
}
