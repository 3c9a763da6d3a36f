using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>consumed: true</c> on a handle: the callee takes ownership. The handle is leased for the call like any other,
/// and marked consumed after it on every path (success or error), so it is never freed again and further use
/// throws ObjectDisposedException:
/// <code>
/// int __result = Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)__pStmt.Pointer);
/// if (...) { var __error = ...; MarkConsumed(); throw __error; }
/// MarkConsumed();
/// </code>
/// </summary>
internal sealed class Consumed(ParamShape.Consumed shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => HandleParam.Lease(site, shape.Handle, shape.Nullable, OwnershipFact.Consumed);
}
