using System.Collections.Immutable;

namespace BindingForge.Generator;

/// <summary>Which layers <c>generate</c> emits.</summary>
public enum BindingStyle
{
    /// <summary>Only the <c>-sys</c>-style P/Invoke layer.</summary>
    Thin,
    /// <summary>The thin layer plus SafeHandle wrappers built on it.</summary>
    Safe,
    /// <summary>Same as <see cref="Safe"/>, named for clarity.</summary>
    Both,
}

/// <summary>How the safe layer enforces a handle's <c>threading</c> rule.</summary>
public enum ThreadingChecks
{
    Check,
    Lock,
    None,
}

/// <summary>
/// Every setting of a generation run, shared by the CLI flags and a contract's <c>library:</c> section.
/// One record so that both routes mean the same thing.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Headers to bind, as given (resolved against <see cref="IncludeDirs"/>, then the system paths). Only
    /// declarations from these files are bound, not from what they include.</summary>
    public ImmutableArray<string> Headers { get; init; } = [];

    /// <summary>Native library name as LibraryImport sees it (<c>sqlite3</c>, <c>z</c>).</summary>
    public string Library { get; init; } = string.Empty;

    /// <summary>C# namespace of the generated code.</summary>
    public string Namespace { get; init; } = "Bindings";

    /// <summary>Safe static class name; the thin class is <c>{ClassName}Native</c>.</summary>
    public string ClassName { get; init; } = "Native";

    /// <summary><c>-I</c> directories for the parse.</summary>
    public ImmutableArray<string> IncludeDirs { get; init; } = [];

    /// <summary><c>-D</c> definitions for the parse (<c>NAME</c> or <c>NAME=VALUE</c>).</summary>
    public ImmutableArray<string> Defines { get; init; } = [];

    /// <summary>Further clang arguments for the parse, passed last (<c>--clang-arg</c>, a contract's <c>clang_args:</c>):
    /// <c>-std=c17</c>, <c>-fms-extensions</c>, <c>--target=…</c>.</summary>
    public ImmutableArray<string> ClangArgs { get; init; } = [];

    /// <summary>Globs over C symbol names; empty means everything from the named headers.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs over C symbol names removed after <see cref="Include"/>.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    public BindingStyle Style { get; init; } = BindingStyle.Thin;

    public ThreadingChecks ThreadingChecks { get; init; } = ThreadingChecks.Check;

    /// <summary>Where generated files go. The folder is replaced as a whole only when generation succeeds.</summary>
    public string OutputDirectory { get; init; } = "generated";

    /// <summary>
    /// The C compiler that builds the shim for functions the library does not export (<c>static inline</c>): a
    /// command name or path; null finds <c>$CC</c>, then <c>cc</c>, <c>gcc</c>, <c>clang</c> on the PATH.
    /// </summary>
    public string? CCompiler { get; init; }

    /// <summary>Arguments added to the shim's compile after BindingForge's own (<c>-O3</c>, <c>-march=native</c>).</summary>
    public ImmutableArray<string> CCompilerArgs { get; init; } = [];

    /// <summary>The contract file these options came from, when they did.</summary>
    public string? ContractPath { get; init; }
}
