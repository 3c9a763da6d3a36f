using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Model;

namespace BindingForge.Review.Coverage;

/// <summary>
/// A contract's <c>select:</c> globs over C symbol names: <c>*</c> matches any run of characters, <c>?</c> one,
/// everything else itself, case-sensitively. A name is selected when no include glob is given or one matches, and
/// no exclude glob matches: the same rule the generator applies.
/// </summary>
public sealed class SymbolSelection(ImmutableArray<string> include, ImmutableArray<string> exclude)
{
    /// <summary>Selects everything.</summary>
    public static SymbolSelection All { get; } = new([], []);

    /// <summary>The selection a contract's library options state.</summary>
    public static SymbolSelection Of(LibraryOptions options) => new(options.Include, options.Exclude);

    /// <summary>True when <paramref name="name"/> is bound.</summary>
    public bool Includes(string name) =>
        (include.IsDefaultOrEmpty || include.Any(g => Matches(g, name))) && (exclude.IsDefaultOrEmpty || !exclude.Any(g => Matches(g, name)));

    /// <summary>True when the whole of <paramref name="name"/> matches <paramref name="glob"/>.</summary>
    public static bool Matches(string glob, string name) => new SymbolGlob(glob).IsMatch(name);
}
