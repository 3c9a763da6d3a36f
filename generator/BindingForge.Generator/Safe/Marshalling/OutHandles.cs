using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// What <see cref="OutOwnedHandle"/> and <see cref="OutBorrowedHandle"/> share: a handle object allocated before the
/// call, a typed pointer local the callee fills, the attach right after the call, and the value handed back: null
/// when the pointer is null and the contract says <c>nullable</c>, else a NULL after a successful call throws (the
/// result type is not nullable, so a factory's caller never needs <c>!</c>).
/// </summary>
internal static class OutHandles
{
    /// <summary>The out handle <paramref name="key"/>; <paramref name="attachArguments"/> follow the pointer in the attach
    /// call (<c>, parent</c> for an owned one, <c>, owner</c> for a borrowed one).</summary>
    public static ParamMarshalling Plan(ParamSite site, IPlanSoFar plan, string key, bool nullable, OwnershipFact ownership, string attachArguments, string? pool = null)
    {
        if (site.Context.Handle(key) is not { } handle)
            return StrategyFailure.Uncovered($"the handle class of '{key}' is not emitted");
        if (Conversions.PointeeName(site.Thin) is not { } pointerType)
            return StrategyFailure.Uncovered($"the out parameter '{site.CName}' is '{site.Thin.Name}', not a pointer to a handle");
        var action = OwnershipTable.Decide(ValueKind.Handle, ownership, Direction.Out);
        if (action == OwnershipAction.AttachOwned && !handle.CanOwn)
            return StrategyFailure.Ownership($"'{site.CName}' hands out an owned '{handle.CTypeName}', which has no release function");

        var obj = site.Local();
        var pointer = site.Local("Ptr");
        var attach = action switch
        {
            OwnershipAction.AttachOwned when pool is not null => $"{obj}.{RuntimeNames.OwnedHandle.AttachOwnedIn}((nint){pointer}, {pool});",
            OwnershipAction.AttachOwned => $"{obj}.{RuntimeNames.OwnedHandle.AttachOwned}((nint){pointer}{attachArguments});",
            OwnershipAction.AttachBorrowed => $"{obj}.{RuntimeNames.NativeHandle.AttachBorrowed}((nint){pointer}{attachArguments});",
            _ => null,
        };
        if (attach is null)
            return StrategyFailure.Ownership($"an out handle that is {ownership} ('{site.CName}') is not supported");

        // After a call that succeeded, a NULL the contract does not call `nullable` throws: a factory's result is never
        // null. The call reported success, so no error domain explains it: a plain NativeCallException.
        var value = nullable
            ? $"({pointer} == null ? null : {obj})"
            : $"({pointer} == null ? throw {site.Context.ErrorsClass}.NullReturn({site.Function.CNameLiteral}) : {obj})";
        return ParamMarshalling.Argument(site.Index, "&" + pointer) with
        {
            Setup = [$"var {obj} = new {handle.ClassName}();", $"{pointerType} {pointer} = null;"],
            Take = [attach],
            OnError = [$"{obj}.Dispose();"],
            Handles = [new HandleArgument(site.Index, handle, obj, $"(nint){pointer}", IsConsumed: false, IsOut: true, IsNullable: nullable)],
            Parameters = [new SafeParameter(nullable ? handle.ClassName + "?" : handle.ClassName, site.Name, site.CName) { OutExpression = value, IsHandle = true }],
            Throws = nullable ? [] : [(RuntimeNames.NativeCallException.Type, $"The call handed out no {handle.ClassName}.")],
        };
    }

    /// <summary><c>, parent</c> or <c>, a, b</c>: the handle objects of the parent parameters, already planned.</summary>
    public static string Parents(IEnumerable<int> indexes, IPlanSoFar plan)
    {
        var objects = indexes.Select(i => plan.Handles.FirstOrDefault(h => h.Index == i && !h.IsOut)?.Object).OfType<string>().ToList();
        return objects.Count == 0 ? "" : ", " + string.Join(", ", objects);
    }

    /// <summary>The handle object of the pool parameter a subpool is created in (<c>from_pool</c>), or null.</summary>
    public static string? Pool(int? index, IPlanSoFar plan) =>
        index is { } i ? plan.Handles.FirstOrDefault(h => h.Index == i && !h.IsOut)?.Object : null;

    /// <summary>The object a borrowed value is kept alive with: its <c>of</c> handle, else the call's first handle, else null.</summary>
    public static string Owner(BorrowedFact? borrowed, IPlanSoFar plan)
    {
        var handles = plan.Handles.Where(h => !h.IsOut).ToList();
        if (borrowed?.OfParameter is { } of && handles.FirstOrDefault(h => h.Index == of) is { } owner)
            return owner.Object;
        return handles.FirstOrDefault()?.Object ?? "null";
    }
}
