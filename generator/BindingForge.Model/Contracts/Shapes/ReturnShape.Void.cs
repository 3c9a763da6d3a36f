namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A <c>void</c> function: nothing to return (an out value may become the method's result).</summary>
    public sealed record Void() : ReturnShape;
}
