using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>array: in|out|inout</c>: a span of <paramref name="Element"/> (or the pointee) pinned for the call, its length given by <paramref name="Length"/>.</summary>
    public sealed record BufferWithLength(ArrayDirection Direction, LengthFact? Length, CType? Element, bool Nullable) : ParamShape;
}
