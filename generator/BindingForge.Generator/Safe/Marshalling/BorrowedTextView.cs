using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The zero-copy companion of a borrowed UTF-8 text return
/// (<c>returns: { string: utf8, borrowed: { until: [...] } }</c>, with or without a <c>length:</c>): beside the copying
/// <c>string</c> method, a <c>...Utf8</c> method returns the bytes as a <c>BorrowedSpan&lt;byte&gt;</c> that refuses to
/// read after an invalidating call on its handle (check mode) or after the handle was disposed. A NULL result is an
/// empty view. Without a <c>length:</c> the view ends at the terminator, counted once at the call. Planned only when <see cref="FunctionSite.TextView"/> is set (see <see cref="Offers"/>).
/// <code>
/// byte* __result = Sqlite3Native.sqlite3_column_text((sqlite3_stmt*)__arg0.Pointer, iCol);
/// int __length = __result == null ? 0 : Sqlite3Native.sqlite3_column_bytes((sqlite3_stmt*)__arg0.Pointer, iCol);
/// return new BorrowedSpan&lt;byte&gt;(this, (byte*)__result, __length);
/// </code>
/// </summary>
internal sealed class BorrowedTextView(ReturnShape.Text shape) : IReturnStrategy
{
    /// <summary>True when <paramref name="function"/> gets a zero-copy text accessor beside its copying one.</summary>
    public static bool Offers(BoundFunction function) => function.Return.Shape is ReturnShape.Text text && IsViewable(text);

    private static bool IsViewable(ReturnShape.Text text) => text is
    {
        Encoding: StringEncoding.Utf8 or StringEncoding.Ascii,
        Borrowed: not null,
        Owned: null,
        NullIsError: false,
    };

    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        if (!IsViewable(shape) || site.Thin.Name is not ("byte*" or "sbyte*"))
            return StrategyFailure.Uncovered("the returned text is not borrowed UTF-8");
        var owner = plan.Handles.FirstOrDefault(h => !h.IsOut && !h.IsConsumed && !h.IsNullable);
        if (owner is null)
            return StrategyFailure.Uncovered("the borrowed text has no handle to watch for invalidating calls");
        var length = ReturnLengths.Of(shape.Length, site, plan) ?? $"{RuntimeNames.Utf8Marshal.LengthOf}((byte*)__result)";
        if (length == ReturnLengths.Unknown)
            return StrategyFailure.Uncovered("the length of the returned text cannot be computed");

        return new ReturnMarshalling
        {
            ResultType = site.Thin.Name,
            ReturnsNativeResult = true,
            Take = [$"int __length = __result == null ? 0 : {length};"],
            ReturnType = $"{RuntimeNames.BorrowedSpan.Type}<byte>",
            ReturnExpression = $"new {RuntimeNames.BorrowedSpan.Type}<byte>({owner.Object}, (byte*)__result, __length)",
            Remarks = ["A zero-copy view of the UTF-8 bytes (no terminator; empty for NULL): it throws once an invalidating call ran on the handle (contract: borrowed)."],
        };
    }
}
