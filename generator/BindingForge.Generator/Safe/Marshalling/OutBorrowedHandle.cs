using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>out: borrowed</c> on a <c>T**</c> handle: a handle object that never frees the pointer and keeps its owner
/// (the <c>of</c> argument, else the call's first handle) alive, so the owner cannot be released under it.
/// </summary>
internal sealed class OutBorrowedHandle(ParamShape.OutBorrowedHandle shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => OutHandles.Plan(site, plan, shape.Handle, shape.Nullable, OwnershipFact.Borrowed, ", " + OutHandles.Owner(shape.Borrowed, plan));
}
