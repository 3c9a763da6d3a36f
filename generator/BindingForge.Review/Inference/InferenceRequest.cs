using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Review.Inference;

/// <summary>
/// What <see cref="ContractInferrer"/> drafts a contract for: the parsed header and the <c>library:</c> section the
/// draft will carry. Inference only looks at functions the <see cref="Include"/>/<see cref="Exclude"/> globs select.
/// </summary>
/// <param name="Header">The declarations of the library's headers.</param>
/// <param name="Library">The native library name (<c>library: name:</c>).</param>
/// <param name="Headers">The headers, as the draft should name them.</param>
/// <param name="IncludeDirs">Include directories, as the draft should name them (relative to the draft's folder, or absolute).</param>
/// <param name="Defines">Macro definitions for the parse.</param>
public sealed record InferenceRequest(
    HeaderModel Header,
    string Library,
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableArray<string> Defines)
{
    /// <summary>Globs of C symbols to bind; empty means everything.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs of C symbols to leave out.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Further clang arguments the parse used (<c>clang_args:</c>).</summary>
    public ImmutableArray<string> ClangArgs { get; init; } = [];

    /// <summary>C# namespace for the draft's library section, when known.</summary>
    public string? Namespace { get; init; }

    /// <summary>C# class for free functions, when known.</summary>
    public string? ClassName { get; init; }

    /// <summary>Files and folders of the library's sources whose gtk-doc comments carry annotations (<c>init --sources DIR</c>): <c>.c</c> and <c>.h</c> files, folders searched recursively.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>An introspection file to read (<c>init --gir FILE</c>); when null, <see cref="FindGir"/> decides.</summary>
    public string? Gir { get; init; }

    /// <summary>Look for the library's .gir by GI's search rules when <see cref="Gir"/> is null (<c>init</c> does unless <c>--no-gir</c>).</summary>
    public bool FindGir { get; init; }

    /// <summary>A line for the draft's header comment saying where it came from (<c>init --header sqlite3.h</c>).</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// Manual folders (<c>/usr/share/man</c>) whose section-3 pages of the drafted functions are read as documentation
    /// and cited as <c>man NAME(3)</c>; empty reads none. <c>init</c> passes the system's unless <c>--no-man-pages</c>.
    /// </summary>
    public ImmutableArray<string> ManualFolders { get; init; } = [];
}
