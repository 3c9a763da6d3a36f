using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace BindingForge.MSBuild;

/// <summary>
/// Generates the bindings of one contract by running the <c>bindingforge</c> tool shipped in this package
/// (<c>dotnet bindingforge.dll generate CONTRACT --style S --out DIR --depfile DIR.deps</c>), unless the last run's
/// stamp shows nothing changed (<see cref="GenerationStamp"/>); then no process starts at all. The tool's diagnostics
/// (<c>path(line,col): error BFnnnn: message</c>) are MSBuild's canonical format, so they become errors and warnings at
/// the YAML's or header's line. Out of process on purpose: libclang (200 MiB, never unloaded, with process-wide signal
/// handlers) stays out of long-lived MSBuild nodes, and the generator's dependencies cannot clash with other tasks'.
/// </summary>
public sealed class BindingForgeGenerate : ToolTask
{
    private string _command = "";
    private bool _upToDate;

    /// <summary>The contract YAML file.</summary>
    [Required]
    public string Contract { get; set; } = "";

    /// <summary>The folder the generated files go to (replaced as a whole by each run).</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary><c>bindingforge.dll</c>, the generator this package ships.</summary>
    [Required]
    public string ToolAssembly { get; set; } = "";

    /// <summary><c>thin</c> or <c>safe</c> (default: safe).</summary>
    public string? Style { get; set; }

    /// <summary><c>check</c>, <c>lock</c> or <c>none</c>: how safe handles enforce their threading rule (default: the contract's).</summary>
    public string? ThreadingChecks { get; set; }

    /// <summary>Further clang arguments for the parse (replace the contract's <c>clang_args</c>).</summary>
    public string[] ClangArgs { get; set; } = [];

    /// <summary>The libclang file to use; empty: the tool's own search (override variable, bundled, system).</summary>
    public string? LibClang { get; set; }

    /// <summary>The C compiler for the shim, when one is needed; empty: the tool's default.</summary>
    public string? CCompiler { get; set; }

    /// <inheritdoc/>
    protected override string ToolName => "dotnet";

    private string DependencyFile => OutputDirectory.TrimEnd('/', '\\') + ".deps";

    private GenerationStamp Stamp => new(OutputDirectory.TrimEnd('/', '\\') + ".stamp", DependencyFile);

    /// <inheritdoc/>
    protected override string GenerateFullPathToTool() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : ToolName;

    /// <inheritdoc/>
    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendFileNameIfNotNull(ToolAssembly);
        builder.AppendSwitch("generate");
        builder.AppendFileNameIfNotNull(Contract);
        builder.AppendSwitchIfNotNull("--style ", string.IsNullOrWhiteSpace(Style) ? "safe" : Style);
        if (!string.IsNullOrWhiteSpace(ThreadingChecks))
            builder.AppendSwitchIfNotNull("--threading-checks ", ThreadingChecks);
        foreach (var arg in ClangArgs)
            builder.AppendSwitchIfNotNull("--clang-arg=", arg);
        if (!string.IsNullOrWhiteSpace(CCompiler))
            builder.AppendSwitchIfNotNull("--cc ", CCompiler);
        builder.AppendSwitchIfNotNull("--out ", OutputDirectory.TrimEnd('/', '\\'));
        builder.AppendSwitchIfNotNull("--depfile ", DependencyFile);
        builder.AppendSwitch("--quiet");
        return builder.ToString();
    }

    /// <inheritdoc/>
    protected override bool SkipTaskExecution()
    {
        var tool = new FileInfo(ToolAssembly);
        _command = $"{GenerateCommandLineCommands()}\n{tool.FullName} {(tool.Exists ? tool.LastWriteTimeUtc.Ticks : 0)}\nlibclang={LibClang}\n";
        var why = Stamp.WhyStale(_command, OutputDirectory);
        if (why is null)
        {
            Log.LogMessage(MessageImportance.Normal, $"BindingForge: {Contract} is up to date; not generating.");
            _upToDate = true;
            return true;
        }
        Log.LogMessage(MessageImportance.High, $"BindingForge: generating {Path.GetFileName(Contract)} ({why}).");
        Stamp.Delete();
        return false;
    }

    /// <inheritdoc/>
    public override bool Execute()
    {
        if (!string.IsNullOrWhiteSpace(LibClang))
            EnvironmentVariables = [.. EnvironmentVariables ?? [], $"BINDINGFORGE_LIBCLANG={LibClang}"];
        var ok = base.Execute() && !Log.HasLoggedErrors;
        if (ok && !_upToDate && ExitCode == 0)
            Stamp.Write(_command);
        return ok;
    }

    /// <inheritdoc/>
    protected override bool HandleTaskExecutionErrors()
    {
        // The tool printed its diagnostics (logged as errors above); MSB6006 "exited with code 1" would only repeat them.
        if (Log.HasLoggedErrors)
            return false;
        return base.HandleTaskExecutionErrors();
    }
}
