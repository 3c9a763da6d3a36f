using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Symbols;

/// <summary>
/// A handle class the safe layer emits, with everything generated code needs to use it: its C# name, the thin
/// pointer type its values have, and the guard entry its threading rule and the run's threading checks select.
/// </summary>
/// <param name="PointerType">The thin type of a handle value (<c>sqlite3_stmt*</c>).</param>
/// <param name="Enter">The lease entry for this class: <c>EnterExclusive</c>, <c>EnterLocked</c>, <c>EnterThreadAffine</c>, <c>EnterWriter</c> or <c>EnterCounted</c>.</param>
internal sealed record HandleInfo(BoundHandle Bound, string ClassName, string PointerType, string Enter)
{
    public string CTypeName => Bound.CTypeName;

    /// <summary>True when the handle has a <c>retain</c> function: it derives from <c>RefCountedHandle</c>.</summary>
    public bool IsRefCounted => Bound.Retain is not null;

    /// <summary>True when the handle can own its pointer (it has a <c>release</c>).</summary>
    public bool CanOwn => Bound.Release is not null;
}
