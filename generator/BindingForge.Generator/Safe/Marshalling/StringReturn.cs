using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// Returned text (<c>returns: { string: ... }</c>): always copied right after the call, so a borrowed string can be
/// invalidated by the next call without harm, and an owned one is freed with its <c>free</c> function. With
/// <c>length: { call: fn }</c> the copy uses the length instead of scanning for the terminator. A string that is
/// neither owned nor borrowed stays thin-only: BindingForge does not guess who frees it.
/// <code>
/// byte* __result = Sqlite3Native.sqlite3_column_text((sqlite3_stmt*)__arg0.Pointer, iCol);
/// string? __text = Utf8Marshal.FromUtf8((byte*)__result, checked((int)Sqlite3Native.sqlite3_column_bytes(...)));
/// return __text;
/// </code>
/// </summary>
internal sealed class StringReturn(ReturnShape.Text shape) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        var ownership = ReturnSite.Ownership(shape.Owned, shape.Borrowed);
        var action = OwnershipTable.Decide(ValueKind.String, ownership, Direction.Return);
        if (action == OwnershipAction.MissingFact)
            return StrategyFailure.Uncovered("it returns text with neither `owned` nor `borrowed`");
        if (action is not (OwnershipAction.Copy or OwnershipAction.CopyThenFree))
            return StrategyFailure.Ownership($"returned text that is {ownership} is not supported");
        var length = ReturnLengths.Of(shape.Length, site, plan);
        if (length == ReturnLengths.Unknown)
            return StrategyFailure.Uncovered("the length of the returned text cannot be computed");

        string? copy = shape.Encoding switch
        {
            StringEncoding.Utf8 or StringEncoding.Ascii when site.Thin.Name is "byte*" or "sbyte*" =>
                length is null ? $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*)__result)" : $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*)__result, {length})",
            StringEncoding.Utf16 when site.Thin.Name is "ushort*" or "char*" or "short*" && length is null => $"{RuntimeNames.Utf8Marshal.FromUtf16}((char*)__result)",
            _ => null,
        };
        if (copy is null)
            return StrategyFailure.Uncovered($"returned {shape.Encoding} text of type '{site.Thin.Name}' is not supported");

        var free = action == OwnershipAction.CopyThenFree ? FreeLine(site, shape.Owned, "text") : ReturnMarshalling.None;
        if (free.Refusal is not null)
            return free;

        var nullable = shape.Nullable && !shape.NullIsError;
        var returned = new ReturnMarshalling
        {
            ResultType = site.Thin.Name,
            Take = [$"string? __text = {copy};", .. free.Take],
            Remarks = free.Remarks,
            ReturnType = nullable ? "string?" : "string",
            ReturnExpression = nullable || shape.NullIsError
                ? (nullable ? "__text" : "__text!")
                : $"__text ?? throw {site.Context.ErrorsClass}.NullReturn({site.Function.CNameLiteral})",
            ReturnsNativeResult = true,
        };
        return shape.NullIsError ? returned.FailsOnNull(ErrorExpressions.NullResult(site.Context, plan, site.Function.CNameLiteral)) : returned;
    }

    /// <summary><c>if (__result != null) Sqlite3Native.sqlite3_free((void*)__result);</c> after the copy, or why it cannot be
    /// written.</summary>
    public static ReturnMarshalling FreeLine(ReturnSite site, OwnedFact? owned, string what) => Free(site, owned) is { } call
        ? new ReturnMarshalling
        {
            Take = [$"if (__result != null) {call};"],
            Remarks = [$"The library's {what} is copied, then freed for you with {owned!.Free!.Name}."],
        }
        : StrategyFailure.Uncovered($"the free function of the returned {what} is not bound by the thin layer, or does not take one pointer");

    /// <summary>The free call on <c>__result</c>: <c>Sqlite3Native.sqlite3_free((void*)__result)</c>.</summary>
    public static string? Free(ReturnSite site, OwnedFact? owned)
    {
        if (owned?.Free is not { } free || !site.Context.Thin.Has(free) || free.Parameters.Length != 1)
            return null;
        var type = site.Context.Thin.Map(free.Parameters[0].Type);
        return type.IsPointer && !type.IsFunctionPointer ? $"{site.Context.Thin.Call(free)}(({type.Name})__result)" : null;
    }
}
