namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>out: borrowed</c> on a <c>T**</c> handle: a handle object that never frees the pointer and keeps its owner (<paramref name="Borrowed"/>'s <c>of</c>, else the call's first handle) alive.</summary>
    public sealed record OutBorrowedHandle(string Handle, bool Nullable, BorrowedFact? Borrowed) : ParamShape;
}
