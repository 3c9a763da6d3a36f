namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A parameter no fact describes and whose type says nothing the safe style can marshal (a function pointer without <c>callback:</c>): the function stays thin-only.</summary>
    public sealed record Unsupported() : ParamShape;
}
