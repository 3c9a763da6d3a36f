using System.CommandLine;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BindingForge.Clang;

namespace BindingForge.Cli.Commands;

/// <summary>
/// <c>bindingforge doctor</c>: what a parse would use, for "libclang not found" and bug reports: the tool's version and
/// runtime, which libclang was loaded (and why that one: override, bundled NuGet copy, system), its version, and where
/// the builtin headers come from. Exit 1 when libclang cannot be loaded or has no builtin headers.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create()
    {
        var command = new Command("doctor", "Show which libclang, version and builtin-header folder a parse uses.");
        command.SetAction((parse, _) => Task.FromResult(Run(parse.InvocationConfiguration.Output)));
        return command;
    }

    /// <summary>The tool's version as <c>--version</c> prints it (the informational version, with the commit when built from git).</summary>
    public static string ToolVersion =>
        typeof(DoctorCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static int Run(TextWriter output)
    {
        output.WriteLine($"bindingforge {ToolVersion}");
        output.WriteLine($"runtime:         {RuntimeInformation.FrameworkDescription} {RuntimeInformation.RuntimeIdentifier} ({(RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "NativeAOT")})");
        if (!LibClangProbe.TryLoad(out var clang, out var failure))
        {
            output.WriteLine($"libclang:        not found: {failure!.Message}");
            return CliApp.ExitErrors;
        }
        output.WriteLine($"libclang:        {clang.LibraryPath} ({clang.Source})");
        output.WriteLine($"version:         {clang.Version}");
        output.WriteLine($"resource dir:    {clang.ResourceDir ?? "(none)"}");
        if (clang.ResourceDir is null)
        {
            output.WriteLine(clang.CompilerIncludeDir is { } dir
                ? $"builtin headers: {dir} (from `{clang.Compiler} -print-file-name=include`)"
                : "builtin headers: not found: install a C compiler (gcc), or set " + LibClangProbe.OverrideVariable + " to a libclang with its resource directory");
        }
        return clang.HasBuiltinHeaders ? 0 : CliApp.ExitErrors;
    }
}
