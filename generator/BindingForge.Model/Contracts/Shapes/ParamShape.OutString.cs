namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A <c>char**</c> out parameter with <c>string:</c>: the text handed back, copied right after the call and, when <paramref name="Kind"/> is <see cref="OutKind.Owned"/>, freed with <paramref name="Owned"/>'s <c>free</c>.</summary>
    public sealed record OutString(StringEncoding Encoding, OutKind Kind, OwnedFact? Owned, bool Nullable) : ParamShape;
}
