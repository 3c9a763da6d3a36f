using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>Where a statement of GObject-Introspection facts comes from.</summary>
internal enum GiOrigin
{
    /// <summary>An annotation comment in a header or a source file.</summary>
    Comment,

    /// <summary>An introspection (<c>.gir</c>) file.</summary>
    Gir,
}

/// <summary>
/// What GObject-Introspection states about one C function: its return and its parameters. From a .gir, also how
/// many C parameters it has (with the implicit <c>GError **</c> of a function that <c>throws</c>), to tell drift.
/// </summary>
/// <param name="Symbol">The C function (<c>c:identifier</c>, or the symbol a gtk-doc comment documents).</param>
internal sealed record GiFunction(string Symbol, SourceLocation Location, GiOrigin Origin, ImmutableArray<GiTarget> Targets)
{
    /// <summary>The number of C parameters the .gir describes; null from comments (they need not document every one).</summary>
    public int? Arity { get; init; }

    /// <summary><c>throws="1"</c>: the last C parameter is a <c>GError **</c> the .gir does not list.</summary>
    public bool Throws { get; init; }

    /// <summary><c>introspectable="0"</c> or <c>(skip)</c>.</summary>
    public bool Skipped { get; init; }

    /// <summary>The statement about the return value, or null.</summary>
    public GiTarget? Return => Targets.FirstOrDefault(t => t.IsReturn);

    /// <summary>The statement about the parameter at <paramref name="index"/>, or null.</summary>
    public GiTarget? Param(int index) => Targets.FirstOrDefault(t => t.Index == index);
}
