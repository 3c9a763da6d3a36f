using BindingForge.Generator.Safe.Marshalling;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The function-level pool facts: a call that <c>clears</c> a pool ends the pool's objects and subpools before the
/// native call (so nothing can use them while the clear runs, even if it fails) and frees the registrations of the
/// cleanups it ran after it; a handle argument with <c>moves_to</c> belongs to the other pool after a successful call:
/// <code>
/// var __arg0 = EnterExclusive();
/// BeginClear();                                  // setup: every object of the pool is invalid from here on
/// FixtureNative.bfp_pool_clear((bfp_pool*)__arg0.Pointer);
/// EndClear();                                    // after the call: the cleanups ran, their delegates can go
/// ...
/// node.MoveTo(to);                               // after a successful bfp_node_steal(to, node)
/// </code>
/// </summary>
internal static class PoolPlanner
{
    public static void Apply(FunctionSite site, CallPlanBuilder plan)
    {
        var function = site.Function;
        if (function.ClearsParameter is { } cleared && plan.Handles.FirstOrDefault(h => h.Index == cleared && !h.IsOut) is { } pool)
        {
            plan.ExtraSetup.Add(Leases.Call(pool.Object, pool.IsNullable, RuntimeNames.NativeHandle.BeginClear));
            plan.Invalidations.Add(Leases.Call(pool.Object, pool.IsNullable, RuntimeNames.NativeHandle.EndClear));
        }

        foreach (var param in function.Parameters)
        {
            if (param.MovesToParameter is not { } target)
                continue;
            var moved = plan.Handles.FirstOrDefault(h => h.Index == param.Index && !h.IsOut);
            var to = plan.Handles.FirstOrDefault(h => h.Index == target && !h.IsOut);
            if (moved is not null && to is not null)
                plan.ExtraAfter.Add(Leases.Call(moved.Object, moved.IsNullable, RuntimeNames.NativeHandle.MoveTo, to.Object));
        }
    }
}
