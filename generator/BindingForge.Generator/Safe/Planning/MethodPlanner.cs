using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// Plans one safe method: marshals each parameter as its shape says (the first one as <c>first</c> says, when given), then the return, in an order that lets
/// strategies rely on each other (handles first, so owners and parents are known; then length parameters, before
/// their arrays; then the rest; then the hidden callback data, which the callbacks filled). The first strategy
/// that cannot bind keeps the whole function thin-only.
/// </summary>
internal static class MethodPlanner
{
    /// <summary>A finished plan, or the reason the function is not covered.</summary>
    public static (CallPlan? Plan, StrategyFailure? Failure) Plan(FunctionSite site, IParamStrategy? first = null)
    {
        var context = site.Context;
        var function = site.Function;
        var plan = new CallPlanBuilder(function.Parameters.Length) { CapturesErrno = function.Errno };
        foreach (var param in function.Parameters.OrderBy(Phase).ThenBy(p => p.Index))
        {
            var thin = context.Thin.Map(param.Decl.Type);
            if (!thin.IsSupported)
                return (null, StrategyFailure.Uncovered($"parameter '{param.Decl.Name}' has no thin type: {thin.Unsupported}"));
            var paramSite = new ParamSite(site, param, thin);
            var strategy = param.Index == 0 && first is not null ? first : ParamMarshallers.For(param.Shape ?? UnlistedShapes.Of(param, thin));
            var marshalling = strategy.Plan(paramSite, plan);
            if (marshalling.Refusal is { } failure)
                return (null, failure);
            plan.Add(marshalling, param.Index);
        }

        var returnThin = context.Thin.MapReturn(function.Decl.ReturnType);
        if (!returnThin.IsSupported)
            return (null, StrategyFailure.Uncovered($"its return type has no thin type: {returnThin.Unsupported}"));
        var returns = new ReturnSite(site, function.Return.Shape ?? UnlistedShapes.Of(function.Return, returnThin), returnThin);
        var returned = ReturnMarshallers.For(returns.Shape, site.TextView).Plan(returns, plan);
        if (returned.Refusal is { } returnFailure)
            return (null, returnFailure);
        returned = ErrorStatePlanner.Apply(site, returns.Shape, plan, returned);
        plan.Add(returned);
        if (plan.Arguments.ToList().IndexOf(null) is var missing and >= 0)
            return (null, StrategyFailure.Uncovered($"no argument could be computed for parameter '{function.Parameters[missing].Decl.Name}'"));

        AddFunctionFacts(site, plan);
        return (plan.Build(), null);
    }

    /// <summary>Handles in first, length carriers next, hidden callback data last.</summary>
    private static int Phase(BoundParam param) => param switch
    {
        { Value: not null } => 2,
        { UserDataOf: not null } or { DestroyOf: not null } => 3,
        { Out: null, Handle: not null } or { Out: null, Struct: not null } => 0,
        { LengthOf.IsEmpty: false } => 1,
        _ => 2,
    };

    /// <summary>Function-level facts: invalidated borrows, blocking, leaf and read-access remarks.</summary>
    private static void AddFunctionFacts(FunctionSite site, CallPlanBuilder plan)
    {
        var function = site.Function;
        if (site.Context.InvalidatesBorrows(function.CName) && plan.Handles.FirstOrDefault(h => !h.IsOut) is { } handle)
        {
            plan.Invalidations.Add(Leases.Call(handle.Object, handle.IsNullable, RuntimeNames.NativeHandle.InvalidateBorrows));
        }

        // A callback that outlives its call (async, notified, forever) can run inside any later call into the library:
        // every call the contract does not rule out (leaf, no_callbacks) rethrows what such a callback threw.
        if (site.MayCallBack)
            plan.MayCallBack = true;
        PoolPlanner.Apply(site, plan);
        LifetimePlanner.Apply(site, plan);
        if (function.Blocking)
            plan.Remarks.Add("May block (contract: blocking).");
        if (function.Leaf)
            plan.Remarks.Add("A leaf call: the thin import suppresses the GC transition (contract: leaf).");
        if (function.Access == HandleAccess.Read && function.Parameters.Any(p => p.Out is null && site.Context.Handle(p.Handle) is { Bound.Threading: HandleThreading.ReadersWriter }))
            plan.Remarks.Add("Only reads its handle: other reading calls may run at the same time, a changing call never does (contract: access: read).");
    }
}
