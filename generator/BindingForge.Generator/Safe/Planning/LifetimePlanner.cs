using BindingForge.Generator.Safe.Marshalling;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The lifetime relations between a call's handles, after a successful call: an argument the call stored
/// (<c>kept_by</c>) is kept by its keeper in the setter's slot, replacing what the last call stored; a reset
/// (<c>resets</c>) releases what the handle kept; a duplicate (<c>duplicate_of</c>) holds what the original kept:
/// <code>
/// BflNative.bfl_holder_set_list((bfl_holder*)__holder.Pointer, (bfl_list*)__list.Pointer);
/// KeepArgument("bfl_holder_set_list.list", list);   // after: this keeps list alive until the next set
/// ...
/// ReleaseRegistrations();                            // after bfl_holder_reset(this)
/// ...
/// __handle.ShareRegistrationsOf(this);              // after bfl_holder_duplicate(this) returned __handle
/// </code>
/// </summary>
internal static class LifetimePlanner
{
    public static void Apply(FunctionSite site, CallPlanBuilder plan)
    {
        var function = site.Function;
        foreach (var param in function.Parameters)
        {
            if (param.KeptByParameter is not { } keeperIndex)
                continue;
            var kept = In(plan, param.Index);
            var keeper = In(plan, keeperIndex);
            if (kept is not null && keeper is not null)
                plan.ExtraAfter.Add(Leases.Call(keeper.Object, keeper.IsNullable, RuntimeNames.NativeHandle.KeepArgument,
                    $"{LifetimeSlots.Of(function.CName, param.Decl.Name)}, {kept.Object}"));
        }

        if (function.ResetsParameter is { } reset && In(plan, reset) is { } handle)
            plan.ExtraAfter.Add(Leases.Call(handle.Object, handle.IsNullable, RuntimeNames.NativeHandle.ReleaseRegistrations));
        if (function.Return.DuplicateOfParameter is { } original && In(plan, original) is { } source)
            plan.ExtraAfter.Add($"__handle.{RuntimeNames.NativeHandle.ShareRegistrationsOf}({source.Object});");
    }

    private static HandleArgument? In(CallPlanBuilder plan, int index) => plan.Handles.FirstOrDefault(h => h.Index == index && !h.IsOut);
}
