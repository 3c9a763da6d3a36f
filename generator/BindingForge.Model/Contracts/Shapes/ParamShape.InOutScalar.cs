namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>inout: true</c> on a pointer to a scalar: a C# <c>ref</c> parameter.</summary>
    public sealed record InOutScalar() : ParamShape;
}
