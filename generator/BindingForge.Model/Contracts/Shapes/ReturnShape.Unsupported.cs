namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A pointer no fact describes (<c>owned</c>, <c>borrowed</c>, <c>string</c>, <c>length</c>): nobody said who owns it, so the function stays thin-only.</summary>
    public sealed record Unsupported() : ReturnShape;
}
