using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A returned handle: <c>owned</c> gives a handle object that frees it (and keeps its <c>parent</c> arguments
/// alive), <c>borrowed</c> one that never frees it and keeps its owner alive. The object exists before the call, so
/// nothing can leak between the call and the attach. A NULL result throws unless the return is <c>nullable</c>
/// (then the method returns null); a result with neither fact stays thin-only.
/// <code>
/// var __handle = new Child();
/// bf_child* __result = FixtureNative.bf_child_create((bf_parent*)__parent.Pointer, value);
/// __handle.AttachOwned((nint)__result, this);
/// if (__result == null) { var __error = FixtureErrors.NullReturn("bf_child_create"); __handle.Dispose(); throw __error; }
/// return __handle;
/// </code>
/// </summary>
internal sealed class HandleReturn(ReturnShape.Handle shape) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        var ownership = ReturnSite.Ownership(shape.Owned, shape.Borrowed);
        var action = OwnershipTable.Decide(ValueKind.Handle, ownership, Direction.Return);
        if (action == OwnershipAction.MissingFact)
            return StrategyFailure.Uncovered($"it returns a '{shape.Key}' handle with neither `owned` nor `borrowed`");
        if (site.Context.Handle(shape.Key) is not { } handle)
            return StrategyFailure.Uncovered($"the handle class of '{shape.Key}' is not emitted");
        if (action == OwnershipAction.AttachOwned && !handle.CanOwn)
            return StrategyFailure.Ownership($"it returns an owned '{handle.CTypeName}', which has no release function");

        var nullable = shape.Nullable && !shape.NullIsError;
        var returned = new ReturnMarshalling
        {
            Setup = [$"var __handle = new {handle.ClassName}();"],
            ResultType = site.Thin.Name,
            Take =
            [
                .. Sink(site, handle.Bound, action),
                action switch
                {
                    OwnershipAction.AttachOwned when OutHandles.Pool(shape.Pool, plan) is { } pool => $"__handle.{RuntimeNames.OwnedHandle.AttachOwnedIn}((nint)__result, {pool});",
                    OwnershipAction.AttachOwned => $"__handle.{RuntimeNames.OwnedHandle.AttachOwned}((nint)__result{OutHandles.Parents(shape.Parents, plan)});",
                    OwnershipAction.AttachBorrowed => $"__handle.{RuntimeNames.NativeHandle.AttachBorrowed}((nint)__result, {OutHandles.Owner(shape.Borrowed, plan)});",
                    _ => throw new InvalidOperationException($"the ownership table gave {action} for a returned handle"),
                },
                .. ErrorParent(site, plan),
            ],
            OnError = ["__handle.Dispose();"],
            ReturnType = nullable ? handle.ClassName + "?" : handle.ClassName,
            ReturnExpression = nullable ? "__result == null ? null : __handle" : "__handle",
            ReturnsNativeResult = true,
        };
        return nullable ? returned : returned.FailsOnNull(ErrorExpressions.NullResult(site.Context, plan, site.Function.CNameLiteral));
    }

    /// <summary>
    /// A floating result (<c>owned: { floating: true }</c>) is sunk before it is adopted, so the handle owns a full
    /// reference: <c>if (__result != null) _ = BfoNative.bfo_ref_sink((void*)__result);</c>
    /// </summary>
    private IEnumerable<string> Sink(ReturnSite site, BoundHandle bound, OwnershipAction action)
    {
        if (action == OwnershipAction.AttachOwned && shape.Owned is { IsFloating: true } && bound.Sink is { } sink)
        {
            var type = site.Context.Thin.Map(sink.Parameters[0].Type).Name;
            var call = $"{site.Context.Thin.Call(sink.Name)}(({type})__result)";
            yield return $"if (__result != null) {(site.Context.Thin.IsVoid(sink.ReturnType) ? call : "_ = " + call)};";
        }
    }

    /// <summary><c>__handle.UseErrorStateOf(this);</c> for the parent the contract's <c>error_parent</c> names.</summary>
    private static IEnumerable<string> ErrorParent(ReturnSite site, IPlanSoFar plan)
    {
        if (site.Function.Function.Return.ErrorParentParameter is { } index && plan.Handles.FirstOrDefault(h => h.Index == index && !h.IsOut) is { } parent)
            yield return $"__handle.{RuntimeNames.NativeHandle.UseErrorStateOf}({parent.Object});";
    }
}
