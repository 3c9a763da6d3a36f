namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>value:</c>: an argument the contract fixes; the safe style hides the parameter and always passes <paramref name="Value"/>.</summary>
    public sealed record Fixed(FixedValue Value) : ParamShape;
}
