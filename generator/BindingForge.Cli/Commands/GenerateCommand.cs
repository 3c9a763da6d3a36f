using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Generator;
using BindingForge.Contracts;
using BindingForge.Generator.Output;
using BindingForge.Generator.Surface;
using BindingForge.Review.Surface;
using BindingForge.Verification;

namespace BindingForge.Cli.Commands;

/// <summary><c>bindingforge generate [CONTRACT] [--header H ...] --out DIR</c>: header (+ contract) to C# bindings.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var flags = new GenerateFlags();
        var command = new Command("generate", "Generate C# bindings from C headers, or from a contract's library section.");
        flags.AddTo(command);
        command.SetAction((parse, _) => Task.FromResult(Run(parse, flags)));
        return command;
    }

    private static int Run(ParseResult parse, GenerateFlags flags)
    {
        var console = ConsoleReporter.For(parse);
        var (options, session) = OptionsFactory.Create(parse, flags, console);
        if (options is null)
            return CliApp.ExitErrors;

        console.Progress($"Generating {options.Style.ToString().ToLowerInvariant()} bindings for '{options.Library}' into {options.OutputDirectory}");
        var result = new Pipeline().Run(options, session);
        if (parse.GetValue(flags.VerifyOutput))
            result = OutputVerifier.Verify(result);
        console.Diagnostics(result.Diagnostics);
        if (result.Diagnostics.Any(d => d.IsError))
        {
            console.Failed("nothing was written");
            return CliApp.ExitErrors;
        }

        if (parse.GetValue(flags.EmitModel) is { } modelFile && result.Model is not null)
            ModelJson.Write(modelFile.FullName, result.Model, result.Contract);

        var written = OutputWriter.Write(options.OutputDirectory, result.Files);
        console.Diagnostics(written);
        if (written.Any(d => d.IsError))
            return CliApp.ExitErrors;

        if (parse.GetValue(flags.DependencyFile) is { } dependencyFile)
            DependencyFile.Write(dependencyFile.FullName, options.ContractPath, result.IncludedFiles);

        console.Summary(result.Summary, result.Files.Length, options.OutputDirectory);
        return ApiRecord(parse, flags, options, result, console);
    }

    /// <summary>With a contract, compares the run's bound C surface with the contract's API record (or writes it: <c>--update-api</c>).</summary>
    private static int ApiRecord(ParseResult parse, GenerateFlags flags, GeneratorOptions options, GenerationResult result, ConsoleReporter console)
    {
        if (options.ContractPath is not { } contract || result.Model is not { } model)
            return 0;
        var record = ApiRecordBuilder.Build(ThinSurfaceBuilder.Build(model, options, result.Contract));
        var diagnostics = ApiRecordCheck.Compare(Path.GetRelativePath(Directory.GetCurrentDirectory(), contract), record, parse.GetValue(flags.UpdateApi));
        console.Diagnostics(diagnostics);
        foreach (var written in diagnostics.Where(d => d.Id == ContractDiagnosticIds.ApiRecordWritten))
            console.Progress($"{written.Location.File}: {written.Message}");
        return diagnostics.Any(d => d.IsError) ? CliApp.ExitErrors : 0;
    }
}
