namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>
    /// Returned text (<c>string:</c>), copied right after the call and, when <paramref name="Owned"/>, freed with its
    /// <c>free</c>; a <paramref name="Length"/> is the length of the text (the copy does not scan for the terminator),
    /// and borrowed UTF-8 with a length also gets a zero-copy view.
    /// </summary>
    public sealed record Text(StringEncoding Encoding, bool Nullable, bool NullIsError, OwnedFact? Owned, BorrowedFact? Borrowed, LengthFact? Length) : ReturnShape;
}
