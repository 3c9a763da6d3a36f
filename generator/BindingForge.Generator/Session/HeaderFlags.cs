using System.Collections.Immutable;
using BindingForge.Clang;
using BindingForge.Contracts;

namespace BindingForge.Generator.Session;

/// <summary>
/// What a caller says about the header read, over a contract's <c>library:</c> section: each list that is not empty
/// replaces the section's (the command line's <c>--header</c>, <c>-I</c>, <c>-D</c>), each empty one keeps it.
/// Values are passed on as given: relative include dirs are relative to the current folder, as clang takes them.
/// </summary>
public sealed record HeaderFlags(ImmutableArray<string> Headers, ImmutableArray<string> IncludeDirs, ImmutableArray<string> Defines)
{
    /// <summary>No flag: the library section alone says what to read.</summary>
    public static HeaderFlags None { get; } = new([], [], []);

    /// <summary>The read request these flags make over <paramref name="library"/> (null: no contract).</summary>
    public HeaderReadRequest Over(LibraryOptions? library) => new(
        Pick(Headers, library?.Headers),
        Pick(IncludeDirs, library?.IncludeDirs),
        Pick(Defines, library?.Defines))
    {
        ExtraArgs = Pick(ClangArgs, library?.ClangArgs),
    };

    /// <summary>Extra clang arguments (<c>--clang-arg</c>); given, they replace the section's <c>clang_args:</c>.</summary>
    public ImmutableArray<string> ClangArgs { get; init; } = [];

    private static ImmutableArray<string> Pick(ImmutableArray<string> flags, ImmutableArray<string>? section) =>
        !flags.IsDefaultOrEmpty ? flags : section ?? [];
}
