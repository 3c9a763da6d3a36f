using BindingForge.Model;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// What GObject-Introspection states about one return value or parameter, the same whether it was read from
/// annotation comments or from a <c>.gir</c> file. Unstated facts are null (or false): only what the source says.
/// </summary>
/// <param name="Parameter">The parameter's name as the source spells it; null for the return value.</param>
/// <param name="Index">The parameter's position among the C function's parameters; -1 for the return value.</param>
/// <param name="Location">Where the source states it (the comment line, or the element's line in the .gir).</param>
/// <param name="Spelling">The statement as a reviewer reads it: <c>(transfer full) (nullable)</c> or <c>transfer-ownership="full" nullable="1"</c>.</param>
internal sealed record GiTarget(string? Parameter, int Index, SourceLocation Location, string Spelling)
{
    public bool IsReturn => Index < 0;

    /// <summary><c>full</c>, <c>none</c>, <c>container</c> or <c>floating</c>.</summary>
    public string? Transfer { get; init; }

    /// <summary>True for <c>(nullable)</c>/<c>(allow-none)</c> on an in value, false for <c>(not nullable)</c>.</summary>
    public bool? Nullable { get; init; }

    /// <summary><c>(optional)</c>: an out parameter the caller may pass as NULL.</summary>
    public bool Optional { get; init; }

    /// <summary><c>in</c>, <c>out</c> or <c>inout</c>; null when the source does not say (GI's default is <c>in</c>).</summary>
    public string? Direction { get; init; }

    /// <summary><c>(out caller-allocates)</c>.</summary>
    public bool CallerAllocates { get; init; }

    /// <summary><c>(array ...)</c> or a .gir <c>&lt;array&gt;</c>.</summary>
    public bool IsArray { get; init; }

    /// <summary>The parameter holding the array's length (<c>length=n</c>), by name.</summary>
    public string? Length { get; init; }

    public bool ZeroTerminated { get; init; }

    public int? FixedSize { get; init; }

    /// <summary><c>call</c>, <c>async</c>, <c>notified</c> or <c>forever</c>.</summary>
    public string? Scope { get; init; }

    /// <summary>On a callback: the parameter carrying its user data.</summary>
    public string? Closure { get; init; }

    /// <summary>On a callback: the parameter taking the function that releases its user data.</summary>
    public string? Destroy { get; init; }

    /// <summary><c>(element-type T)</c>: what a container or array holds, as GI names it.</summary>
    public string? ElementType { get; init; }

    /// <summary>The C type of the elements, when a .gir gives it.</summary>
    public string? ElementCType { get; init; }

    /// <summary>The GI type name (<c>utf8</c>, <c>filename</c>, <c>Json.Node</c>), when a .gir gives it.</summary>
    public string? TypeName { get; init; }
}
