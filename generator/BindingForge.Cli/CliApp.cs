using System.CommandLine;
using BindingForge.Cli.Commands;
using BindingForge.Cli.Reporting;

namespace BindingForge.Cli;

/// <summary>The <c>bindingforge</c> command: wires the subcommands and turns an internal failure into BF0000.</summary>
public static class CliApp
{
    /// <summary>Exit code for a run whose input had errors.</summary>
    public const int ExitErrors = 1;

    /// <summary>Exit code for a bug in BindingForge itself.</summary>
    public const int ExitInternal = 70;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("BindingForge: thin and safe C# bindings for C libraries, from headers and YAML contracts.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(ProbeCommand.Create());
        root.Subcommands.Add(DoctorCommand.Create());
        return root;
    }

    /// <summary>Runs the command line; never lets an exception escape as a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var config = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        try
        {
            return await BuildRoot().Parse(args).InvokeAsync(config);
        }
        catch (Exception ex)
        {
            InternalError.Report(ex, config.Error);
            return ExitInternal;
        }
    }
}
