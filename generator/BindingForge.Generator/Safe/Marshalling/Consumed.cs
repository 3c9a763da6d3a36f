using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>consumed: true</c> on a handle: the callee takes ownership. The handle is leased for the call like any other,
/// and marked consumed after it on every path (success or error), so it is never freed again and further use
/// throws ObjectDisposedException; with <c>consumed: on_success</c> only after a successful call, so after a failure
/// the caller still owns it (and the exception leaves it usable):
/// <code>
/// int __result = Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)__pStmt.Pointer);
/// if (...) { var __error = ...; MarkConsumed(); throw __error; }
/// MarkConsumed();
/// </code>
/// </summary>
internal sealed class Consumed(ParamShape.Consumed shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var leased = HandleParam.Lease(site, shape.Handle, shape.Nullable, OwnershipFact.Consumed);
        return shape.OnSuccess && leased.Refusal is null ? leased with { Always = [], After = [.. leased.After, .. leased.Always] } : leased;
    }
}
