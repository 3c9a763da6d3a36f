using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A returned buffer of <paramref name="Length"/> elements (<c>length:</c>) of the pointee type, or of <paramref name="Element"/> where the header says <c>void*</c>: a view when <paramref name="Borrowed"/>, a copy that is then freed when <paramref name="Owned"/>.</summary>
    public sealed record Buffer(LengthFact Length, CType? Element, OwnedFact? Owned, BorrowedFact? Borrowed) : ReturnShape;
}
