using System.Collections.Immutable;
using BindingForge.Review.Inference.Annotations;

namespace BindingForge.Review.Inference.Gir;

/// <summary>
/// What BindingForge reads from one introspection file: its namespace, the shared libraries it describes, every C
/// function it describes (functions, methods, constructors of every type) and the object types with their parents.
/// </summary>
/// <param name="Path">The file, as found.</param>
/// <param name="Namespace">The GI namespace (<c>Json</c>) and version (<c>1.0</c>).</param>
/// <param name="SharedLibraries">The <c>shared-library</c> names (<c>libjson-glib-1.0.so.0</c>).</param>
internal sealed record GirFile(string Path, string Namespace, string Version, ImmutableArray<string> SharedLibraries, ImmutableArray<GiFunction> Functions)
{
    /// <summary>Classes and interfaces and records with a C type: their C type, GI parent and free/unref functions.</summary>
    public ImmutableArray<GirType> Types { get; init; } = [];
}

/// <summary>An object or record type of a .gir.</summary>
/// <param name="CType">The C type name (<c>JsonParser</c>).</param>
/// <param name="Parent">The GI parent (<c>GObject.Object</c>), or null.</param>
/// <param name="Unref">The function that drops a reference or frees it (<c>glib:unref-func</c>, <c>free-function</c>), or null.</param>
/// <param name="Ref">The function that adds a reference (<c>glib:ref-func</c>, <c>copy-function</c>), or null.</param>
internal sealed record GirType(string CType, string Kind, string? Parent, string? Unref, string? Ref, int Line);
