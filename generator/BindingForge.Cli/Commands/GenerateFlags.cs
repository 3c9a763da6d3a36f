using System.CommandLine;
using BindingForge.Generator;

namespace BindingForge.Cli.Commands;

/// <summary>The flags of <c>generate</c>; each maps onto one <see cref="GeneratorOptions"/> property.</summary>
internal sealed class GenerateFlags
{
    public Argument<FileInfo?> Contract { get; } = new("contract")
    {
        Description = "A contract YAML file; its library: section supplies defaults for every flag below.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Headers { get; } = Many("--header", "A header to bind (repeatable).");
    public Option<string?> Library { get; } = new("--library") { Description = "Native library name, as LibraryImport names it (sqlite3, z)." };
    public Option<string?> Namespace { get; } = new("--namespace") { Description = "Namespace of the generated code." };
    public Option<string?> Class { get; } = new("--class") { Description = "Class name; the thin class is {Class}Native." };
    public Option<string[]> IncludeDirs { get; } = Many("-I", "An include directory for the parse (repeatable).");
    public Option<string[]> Defines { get; } = Many("-D", "A preprocessor definition NAME or NAME=VALUE (repeatable).");
    public Option<string[]> ClangArgs { get; } = Many("--clang-arg", "A further clang argument for the parse, such as -std=c17 or -fms-extensions (repeatable; replaces the contract's clang_args).");
    public Option<string?> CCompiler { get; } = new("--cc") { Description = "The C compiler that builds the shim for what the library does not export (static inline functions, macros, forms of variadic functions); default: $CC, else cc, gcc or clang." };
    public Option<string[]> CCompilerArgs { get; } = Many("--cc-arg", "A further argument for the C compiler that builds the shim, such as -O3 or -march=native (repeatable).");
    public Option<string[]> Include { get; } = Many("--include", "Glob over C symbol names to bind (repeatable).");
    public Option<string[]> Exclude { get; } = Many("--exclude", "Glob over C symbol names to leave out (repeatable).");
    public Option<BindingStyle?> Style { get; } = new("--style") { Description = "thin, safe, or both (safe implies thin)." };
    public Option<ThreadingChecks?> ThreadingChecks { get; } = new("--threading-checks") { Description = "check, lock or none: how safe handles enforce their threading rule." };
    public Option<string?> Out { get; } = new("--out") { Description = "Output folder; replaced as a whole only when generation succeeds." };
    public Option<FileInfo?> EmitModel { get; } = new("--emit-model") { Description = "Also write the bound model (header declarations and contract facts) as JSON to this file, for bug reports." };
    public Option<bool> VerifyOutput { get; } = new("--verify-output") { Description = "Parse the generated files with Roslyn and refuse to write them unless they declare exactly the planned types and members (BF4004); see docs/security.md." };
    public Option<FileInfo?> DependencyFile { get; } = new("--depfile") { Description = "Also write the files this run read (the contract and every header the parse opened), one full path a line, for a build's up-to-date check." };
    public Option<bool> UpdateApi { get; } = new("--update-api") { Description = "Write the contract's API record (<contract>.api.txt, the bound C surface) instead of comparing the output with it." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only diagnostics." };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print informational diagnostics." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Contract);
        foreach (var option in new Option[] { Headers, Library, Namespace, Class, IncludeDirs, Defines, ClangArgs, CCompiler, CCompilerArgs, Include, Exclude, Style, ThreadingChecks, Out, EmitModel, DependencyFile, VerifyOutput, UpdateApi, Quiet, Verbose })
            command.Options.Add(option);
    }

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };
}
