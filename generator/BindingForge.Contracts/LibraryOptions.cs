using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts;

/// <summary>
/// A contract's <c>library:</c> section as the options of a generation run: plain values, null or empty where the
/// contract is silent (the caller applies its own defaults). Relative <c>include_dirs</c> are resolved against the
/// contract's folder; headers stay as written (the header reader resolves them against the include dirs).
/// </summary>
public sealed record LibraryOptions(
    string Library,
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableArray<string> Defines,
    string? Namespace,
    string? ClassName,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    string ContractPath)
{
    /// <summary>The options a document's library section states.</summary>
    public static LibraryOptions FromDocument(ContractDocument document)
    {
        var library = document.Library;
        var folder = Path.GetDirectoryName(Path.GetFullPath(document.Path)) ?? ".";
        return new LibraryOptions(
            library?.Name?.Value ?? string.Empty,
            Values(library?.Headers),
            [.. Values(library?.IncludeDirs).Select(d => Path.IsPathRooted(d) ? d : Path.GetFullPath(Path.Combine(folder, d)))],
            Values(library?.Defines),
            library?.Namespace?.Value,
            library?.Class?.Value,
            Values(library?.Select?.Include),
            Values(library?.Select?.Exclude),
            document.Path)
        {
            ClangArgs = Values(library?.ClangArgs),
        };
    }

    /// <summary>Extra clang arguments for the parse (<c>clang_args:</c>), checked by capture.</summary>
    public ImmutableArray<string> ClangArgs { get; init; } = [];

    /// <summary>The same values as the bound model's library record.</summary>
    public BoundLibrary ToBound(ContractDocument document) => new(
        Library, Headers, IncludeDirs, Defines, Namespace, ClassName, Include, Exclude,
        document.Library?.Location ?? SourceLocation.None);

    private static ImmutableArray<string> Values(ImmutableArray<Located<string>>? items) =>
        items is { } list ? [.. list.Select(i => i.Value)] : [];
}
