using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>updates:</c> the result is the handle argument's object at its possibly new address (an append returning the
/// list's new head). The method returns nothing: before the call it refuses a handle another handle stores
/// (<c>EnsureMovable</c>); a NULL result throws and leaves the handle as it was; a success re-points the handle in
/// place, ending what was borrowed from the old address:
/// <code>
/// EnsureMovable();
/// bfl_list* __result = BflNative.bfl_list_append((bfl_list*)__list.Pointer, __text);
/// if (__result == null) { var __error = ...NullReturn("bfl_list_append"); throw __error; }
/// UpdatePointer((nint)__result);
/// </code>
/// </summary>
internal sealed class UpdatedHandleReturn(ReturnShape.UpdatedHandle shape) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        if (plan.Handles.FirstOrDefault(h => h.Index == shape.Parameter && !h.IsOut) is not { } updated)
            return StrategyFailure.Uncovered($"the handle '{site.Function.Function.Decl.Parameters[shape.Parameter].Name}' it updates is not passed as a handle");
        if (updated.IsConsumed)
            return StrategyFailure.Ownership("the handle it updates is also consumed");
        var returned = new ReturnMarshalling
        {
            Setup = [Leases.Call(updated.Object, updated.IsNullable, RuntimeNames.NativeHandle.EnsureMovable)],
            ResultType = site.Thin.Name,
            Take = [],
            Remarks = ["Updates the handle in place when the call moves it (contract: updates); after a failure it is unchanged and still valid."],
        };
        return returned.FailsOnNull(ErrorExpressions.NullResult(site.Context, plan, site.Function.CNameLiteral)) with
        {
            After = [Leases.Call(updated.Object, updated.IsNullable, RuntimeNames.NativeHandle.UpdatePointer, "(nint)__result")],
        };
    }
}
