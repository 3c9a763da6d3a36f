namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A value with no fact of its own and not a pointer: a scalar, enum or struct returned by value; with
    /// <paramref name="AsBool"/> (<c>bool: true</c>) an integer that answers yes (non-zero) or no.</summary>
    public sealed record Scalar(bool AsBool = false) : ReturnShape;
}
