using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Clang;

/// <summary>What to read: the headers whose declarations make the model, and how to preprocess them.</summary>
/// <param name="Headers">
/// Header files, by path or by name. A relative name is looked for in <paramref name="IncludeDirs"/>, then the
/// current directory, then /usr/local/include and /usr/include. Only declarations located in these files go
/// into the model, not those of the headers they include.
/// </param>
/// <param name="IncludeDirs">Directories passed to clang as <c>-I</c>, also used to find <paramref name="Headers"/>.</param>
/// <param name="Defines">Macro definitions passed as <c>-D</c>: <c>NAME</c> or <c>NAME=VALUE</c>.</param>
public sealed record HeaderReadRequest(
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableArray<string> Defines)
{
    /// <summary>Further clang arguments, appended last (e.g. <c>-std=c17</c>, <c>-target ...</c>).</summary>
    public ImmutableArray<string> ExtraArgs { get; init; } = [];

    /// <summary>Whether object-like macros are evaluated into constants (a second, in-memory parse). Default true.</summary>
    public bool EvaluateMacros { get; init; } = true;

    /// <summary>Where each header was named (a contract's <c>headers:</c> entry), by the name as given: a header that
    /// is not found is reported there. A header named nowhere (a command-line flag) is reported at its own path.</summary>
    public ImmutableDictionary<string, SourceLocation> NamedAt { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>Prototypes for functions the headers declare without one (a contract's <c>signature:</c>).</summary>
    public ImmutableArray<SignatureOverride> Signatures { get; init; } = [];

    /// <summary>
    /// Whether the macro parse waits for the declaration walk instead of running beside it on another core. The
    /// result is the same either way (model and diagnostics, in the same order); default false.
    /// </summary>
    public bool Sequential { get; init; }

    /// <summary>A request for headers alone, without include directories or defines.</summary>
    public static HeaderReadRequest ForHeaders(params string[] headers) => new([.. headers], [], []);
}
