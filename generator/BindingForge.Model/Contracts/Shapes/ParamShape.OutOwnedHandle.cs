using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>out: owned</c> on a <c>T**</c> handle: a new handle object that frees the pointer and keeps the <paramref name="Parents"/> parameters alive.</summary>
    public sealed record OutOwnedHandle(string Handle, bool Nullable, ImmutableArray<int> Parents) : ParamShape
    {
        /// <summary>The pool parameter the handle was created in (a subpool), which ends it too.</summary>
        public int? Pool { get; init; }
    }
}
