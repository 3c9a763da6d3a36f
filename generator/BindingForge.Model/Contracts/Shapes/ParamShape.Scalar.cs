namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A value with no fact of its own and not a pointer: a scalar, enum or struct passed by value.</summary>
    public sealed record Scalar() : ParamShape;
}
