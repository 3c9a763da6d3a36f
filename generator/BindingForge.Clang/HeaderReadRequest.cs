using System.Collections.Immutable;

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

    /// <summary>A request for headers alone, without include directories or defines.</summary>
    public static HeaderReadRequest ForHeaders(params string[] headers) => new([.. headers], [], []);
}
