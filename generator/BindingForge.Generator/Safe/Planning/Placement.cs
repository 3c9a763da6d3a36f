using BindingForge.Generator.Safe.Symbols;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>Where a safe method goes.</summary>
internal enum MethodKind
{
    /// <summary>An instance method of a handle or struct class; its first C parameter is <c>this</c>.</summary>
    Instance,

    /// <summary>A static factory of a handle class: the function hands out a new owned handle of it.</summary>
    Factory,

    /// <summary>A method of the library's static class.</summary>
    Static,
}

/// <summary>The class and kind of a safe method.</summary>
/// <param name="ClassName">The C# class the method is emitted in.</param>
/// <param name="SelfIndex">For an instance method, the index of the C parameter that is <c>this</c>.</param>
/// <param name="OwnerCType">The C type key of the owning class, for stripping its prefix from the method name.</param>
internal sealed record Placement(string ClassName, MethodKind Kind, int? SelfIndex, HandleInfo? Handle, StructInfo? Struct, string? OwnerCType);
