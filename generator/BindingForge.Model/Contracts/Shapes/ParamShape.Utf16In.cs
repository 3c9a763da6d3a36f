namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>string: utf16</c>: a .NET string, pinned and passed without a copy.</summary>
    public sealed record Utf16In(bool Nullable) : ParamShape;
}
