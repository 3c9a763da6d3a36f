namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>string: bytes</c>: raw text bytes in, as a <c>ReadOnlySpan&lt;byte&gt;</c>; without a <see cref="ParameterLength"/> a NUL terminator is added.</summary>
    public sealed record BytesIn(LengthFact? Length) : ParamShape;
}
