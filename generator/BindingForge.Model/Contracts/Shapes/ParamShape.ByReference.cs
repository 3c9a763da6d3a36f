namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A data pointer with no fact of its own in a listed function: a <c>ref</c> parameter (<c>in</c> when the pointee is const), when it points to a struct or a scalar.</summary>
    public sealed record ByReference() : ParamShape;
}
