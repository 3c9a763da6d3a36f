namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>UTF-8 or ASCII text in (<c>string: utf8</c>): a <c>string</c>, and a <c>ReadOnlySpan&lt;byte&gt;</c> in the span overload; a <see cref="ParameterLength"/> lets the span be pinned as it is.</summary>
    public sealed record StringIn(StringEncoding Encoding, bool Nullable, LengthFact? Length) : ParamShape;
}
