using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Clang;
using BindingForge.Contracts;

namespace BindingForge.Cli.Commands;

/// <summary><c>bindingforge check CONTRACT</c>: loads, parses the headers, binds and validates; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var contract = new Argument<FileInfo>("contract") { Description = "The contract YAML file to check." };
        var command = new Command("check", "Validate a contract against its headers without writing code.");
        command.Arguments.Add(contract);
        command.Options.Add(new Option<bool>("--verbose", "-v") { Description = "Also print informational diagnostics." });
        command.SetAction((parse, _) => Task.FromResult(Run(parse, parse.GetValue(contract)!)));
        return command;
    }

    private static int Run(ParseResult parse, FileInfo contract)
    {
        var console = ConsoleReporter.For(parse);
        var checker = new ContractChecker(ReadHeaders);
        // Locations use the path as the user typed it, so editors and CI can open it.
        var result = checker.Check(contract.ToString());
        console.Diagnostics(result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count(d => d.Severity == Model.Diagnostics.DiagnosticSeverity.Warning);
        console.Progress($"{contract}: {errors} error(s), {warnings} warning(s)");
        return result.ExitCode;
    }

    /// <summary>The header reader, as the contract checker asks for it.</summary>
    internal static ParsedHeaders ReadHeaders(LibraryOptions options)
    {
        var read = new HeaderReader().Read(new HeaderReadRequest(options.Headers, options.IncludeDirs, options.Defines));
        return new ParsedHeaders(read.Model, read.Diagnostics);
    }
}
