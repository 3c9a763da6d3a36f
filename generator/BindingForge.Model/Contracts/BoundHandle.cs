using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// An opaque type that gets a SafeHandle class in the safe style (<c>handles:</c>).
/// </summary>
/// <param name="CTypeName">The contract's key: the pointee (<c>sqlite3</c> for <c>sqlite3*</c>), or a pointer typedef.</param>
/// <param name="ClassName">The C# class: <c>class:</c> (or <c>name:</c>), else the C name in PascalCase.</param>
/// <param name="Release">Frees the handle; takes it as its only argument. Null for a handle that is only ever borrowed.</param>
/// <param name="Retain">Makes a new owning reference (reference-counted handles).</param>
/// <param name="Parent">The C type key of the parent handle that must outlive this one.</param>
/// <param name="IsPointerTypedef">True when <see cref="CTypeName"/> names a pointer typedef (<c>typedef struct x *x_t</c>), so
/// values of the handle have that type itself rather than a pointer to it.</param>
public sealed record BoundHandle(
    string CTypeName,
    string ClassName,
    FunctionDecl? Release,
    FunctionDecl? Retain,
    string? Parent,
    HandleThreading Threading,
    ReleaseThread ReleaseOn,
    bool IsPointerTypedef,
    Provenance Provenance)
{
    /// <summary>True when the contract stated <c>threading:</c>; false when <see cref="Threading"/> is the default.</summary>
    public bool IsThreadingStated { get; init; }

    /// <summary>The record the handle points to, when the header declares one (opaque records have no layout).</summary>
    public string? RecordName { get; init; }

    public SkipFact? Skip { get; init; }

    /// <summary>A pool (<c>pool: true</c>): what is allocated from it ends when it is cleared or released.</summary>
    public bool IsPool { get; init; }

    /// <summary>The base handle in the library's object system (<c>base:</c>), or null.</summary>
    public string? Base { get; init; }

    /// <summary>The function that turns a floating reference into a full one (<c>sink:</c>, or the base's), or null.</summary>
    public FunctionDecl? Sink { get; init; }
}
