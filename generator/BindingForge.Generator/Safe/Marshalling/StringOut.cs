using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A <c>char**</c> out parameter with <c>string:</c>: the text is copied right after the call, before anything can
/// invalidate it, and an owned one is then freed with the contract's <c>free</c> function (also on failure):
/// <code>
/// byte* __errmsg = null;
/// ... Sqlite3Native.sqlite3_exec(..., &amp;__errmsg);
/// string? __errmsgText = Utf8Marshal.FromUtf8AndFree(__errmsg, &amp;Sqlite3Native.sqlite3_free);
/// </code>
/// </summary>
internal sealed class StringOut(ParamShape.OutString shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (shape.Encoding is not (StringEncoding.Utf8 or StringEncoding.Ascii))
            return StrategyFailure.Uncovered($"the out string '{site.CName}' is {shape.Encoding}; only UTF-8 and ASCII out strings are copied");
        var pointee = Conversions.PointeeName(site.Thin);
        if (pointee is not ("byte*" or "sbyte*"))
            return StrategyFailure.Uncovered($"the out string '{site.CName}' is '{site.Thin.Name}', not a pointer to a character pointer");
        var ownership = shape.Kind == OutKind.Owned ? OwnershipFact.Owned : OwnershipFact.Borrowed;
        var action = OwnershipTable.Decide(ValueKind.String, ownership, Direction.Out);
        var pointer = site.Local();
        var text = site.Local("Text");
        string take;
        switch (action)
        {
            case OwnershipAction.Copy:
                take = $"string? {text} = {RuntimeNames.Utf8Marshal.FromUtf8}((byte*){pointer});";
                break;
            case OwnershipAction.CopyThenFree when Free(site, shape.Owned) is { } free:
                take = $"string? {text} = {RuntimeNames.Utf8Marshal.FromUtf8AndFree}((byte*){pointer}, {free});";
                break;
            case OwnershipAction.CopyThenFree:
                return StrategyFailure.Uncovered($"the free function of '{site.CName}' is not bound by the thin layer, or does not take one pointer");
            default:
                return StrategyFailure.Ownership($"an out string that is {ownership} ('{site.CName}') is not supported");
        }

        var value = shape.Nullable ? text : $"({text} ?? throw {site.Context.ErrorsClass}.NullReturn({site.Function.CNameLiteral}))";
        return ParamMarshalling.Argument(site.Index, "&" + pointer) with
        {
            Setup = [$"{pointee} {pointer} = null;"],
            Take = [take],
            Parameters = [new SafeParameter(shape.Nullable ? "string?" : "string", site.Name, site.CName) { OutExpression = value }],
        };
    }

    /// <summary>The address of the thin free function, typed as <c>Utf8Marshal.FromUtf8AndFree</c> takes it.</summary>
    public static string? Free(ParamSite site, OwnedFact? owned) => FreeFunction(site.Context, owned);

    /// <summary><c>&amp;Sqlite3Native.sqlite3_free</c>, when the function is bound and takes <c>void*</c> or <c>byte*</c>.</summary>
    public static string? FreeFunction(SafeContext context, OwnedFact? owned)
    {
        if (owned?.Free is not { } free || !context.Thin.Has(free) || free.Parameters.Length != 1 || !context.Thin.IsVoid(free.ReturnType))
            return null;
        var type = context.Thin.Map(free.Parameters[0].Type).Name;
        return type is "void*" or "byte*" ? (free.IsGlobalPointer ? "" : "&") + context.Thin.Call(free) : null;
    }
}
