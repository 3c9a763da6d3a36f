using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A returned buffer with a <c>length</c>. Borrowed from a handle: a zero-copy <c>BorrowedSpan&lt;T&gt;</c> that
/// refuses to read after an invalidating call on the handle (its generation changed) or after the handle was
/// disposed; <c>ToArray()</c> is the copying accessor. Owned: copied into an array, then freed. Borrowed without a
/// handle to watch: copied.
/// <code>
/// void* __result = Sqlite3Native.sqlite3_column_blob((sqlite3_stmt*)__arg0.Pointer, iCol);
/// return new BorrowedSpan&lt;byte&gt;(this, (byte*)__result, checked((int)Sqlite3Native.sqlite3_column_bytes(...)));
/// </code>
/// </summary>
internal sealed class BufferReturn(ReturnShape.Buffer shape) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: true, IsFunctionPointer: false })
            return UnsupportedReturn.Failure(site);
        var thin = site.Context.Thin;
        var elementType = shape.Element ?? thin.Pointee(site.Function.Function.Decl.ReturnType);
        var element = elementType is null ? null : thin.Map(elementType, TypePosition.Pointee);
        if (element is not { IsSupported: true, IsPointer: false } || element.Name == "void")
            return StrategyFailure.Uncovered("the returned buffer has no element type (state `element:`)");
        var length = ReturnLengths.Of(shape.Length, site, plan);
        if (length is null || length == ReturnLengths.Unknown)
            return StrategyFailure.Uncovered("the length of the returned buffer cannot be computed");

        var ownership = ReturnSite.Ownership(shape.Owned, shape.Borrowed);
        var action = OwnershipTable.Decide(ValueKind.Buffer, ownership, Direction.Return);
        // The view checks what it was lent by: its `of` handle (the pool of a `from_pool` buffer), else the first handle.
        var lender = shape.Borrowed?.OfParameter is { } of ? plan.Handles.FirstOrDefault(h => h.Index == of && !h.IsOut && !h.IsConsumed && !h.IsNullable) : null;
        var owner = lender ?? plan.Handles.FirstOrDefault(h => !h.IsOut && !h.IsConsumed && !h.IsNullable);
        var result = new ReturnMarshalling { ResultType = site.Thin.Name, ReturnsNativeResult = true };
        var typed = $"({element.Name}*)__result";
        switch (action)
        {
            case OwnershipAction.BorrowedView when owner is not null:
                return result with
                {
                    ReturnType = $"{RuntimeNames.BorrowedSpan.Type}<{element.Name}>",
                    ReturnExpression = $"new {RuntimeNames.BorrowedSpan.Type}<{element.Name}>({owner.Object}, {typed}, __length)",
                    Take = [$"int __length = {length};"],
                };
            case OwnershipAction.BorrowedView:
            case OwnershipAction.CopyThenFree:
                var free = action == OwnershipAction.CopyThenFree ? StringReturn.FreeLine(site, shape.Owned, "buffer") : ReturnMarshalling.None;
                if (free.Refusal is not null)
                    return free;
                return result with
                {
                    Take = [$"{element.Name}[] __copy = __result == null ? [] : new ReadOnlySpan<{element.Name}>({typed}, {length}).ToArray();", .. free.Take],
                    Remarks = [.. result.Remarks, .. free.Remarks],
                    ReturnType = $"{element.Name}[]",
                    ReturnExpression = "__copy",
                };
            case OwnershipAction.MissingFact:
                return StrategyFailure.Uncovered("it returns a buffer with neither `owned` nor `borrowed`");
            default:
                return StrategyFailure.Ownership($"a returned buffer that is {ownership} is not supported");
        }
    }
}
