namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A value with no fact of its own and not a pointer: a scalar, enum or struct returned by value.</summary>
    public sealed record Scalar() : ReturnShape;
}
