using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>out: owned</c> on a <c>T**</c> handle: the handle object is allocated before the call, so a failure cannot
/// leak, and takes the pointer right after it, keeping its parents alive. On failure it is disposed (releasing what
/// the callee may have handed out anyway, as <c>sqlite3_open</c> does):
/// <code>
/// var __ppDb = new Database();
/// sqlite3* __ppDbPtr = null;
/// int __result = Sqlite3Native.sqlite3_open_v2(__filenamePtr, &amp;__ppDbPtr, flags, __zVfsPtr);
/// __ppDb.AttachOwned((nint)__ppDbPtr);
/// if (...) { var __error = ...; __ppDb.Dispose(); throw __error; }
/// </code>
/// </summary>
internal sealed class OutOwnedHandle(ParamShape.OutOwnedHandle shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => OutHandles.Plan(site, plan, shape.Handle, shape.Nullable, OwnershipFact.Owned, OutHandles.Parents(shape.Parents, plan), OutHandles.Pool(shape.Pool, plan));
}
