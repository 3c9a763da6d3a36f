using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// UTF-8 (or ASCII) text in. The <c>string</c> overload encodes into a <c>Utf8Buffer</c>, on the stack for short
/// strings (no heap allocation), and passes a NUL-terminated pointer; null is rejected before the call unless the
/// parameter is nullable. The <c>ReadOnlySpan&lt;byte&gt;</c> overload takes UTF-8 directly: with a length parameter the
/// span is pinned as it is (zero copy), otherwise the buffer adds the terminator (or passes a span that ends in 0).
/// <code>
/// ArgumentNullException.ThrowIfNull(sql);
/// using var __sql = new Utf8Buffer(sql);
/// fixed (byte* __sqlPtr = __sql) ... Sqlite3Native.sqlite3_exec(..., __sqlPtr, ...);
/// </code>
/// </summary>
internal sealed class StringIn(ParamShape.StringIn shape) : IParamStrategy
{
    /// <summary>True when this parameter is a <c>ReadOnlySpan&lt;byte&gt;</c> in the function's span overload: every string
    /// that is not nullable, and the nullable ones too when the function has no other.</summary>
    public static bool IsSpan(FunctionSite function, BoundParam param) =>
        function.Utf8Spans && (!param.Nullable || !function.Function.Parameters.Any(p => IsText(p) && !p.Nullable));

    /// <summary>True when the span is pinned as it is: its length travels in a length parameter, so no terminator is needed.</summary>
    public static bool PinsSpanDirectly(FunctionSite function, BoundParam param) =>
        IsSpan(function, param) && param.Length is ParameterLength;

    /// <summary>True for a UTF-8 or ASCII string parameter passed in: the parameters a span overload changes.</summary>
    public static bool IsText(BoundParam param) => param is { String: StringEncoding.Utf8 or StringEncoding.Ascii, Out: null, Value: null };

    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin.Name is not ("byte*" or "sbyte*" or "void*"))
            return StrategyFailure.Uncovered($"the string parameter '{site.CName}' is '{site.Thin.Name}', not a character pointer");
        if (PinsSpanDirectly(site.Function, site.Param))
            return PinnedSpan(site);
        if (IsSpan(site.Function, site.Param))
            return Buffered(site) with { Parameters = [new SafeParameter("ReadOnlySpan<byte>", site.Name, site.CName)] };

        return Inputs.Reference(site, "string", shape.Nullable) + Buffered(site);
    }

    /// <summary>A <c>ReadOnlySpan&lt;byte&gt;</c> pinned as it is; an empty span pins to null, but the text is empty, not
    /// NULL, so it points at a zero byte instead.</summary>
    public static ParamMarshalling PinnedSpan(ParamSite site)
    {
        var local = site.Local();
        var pointer = site.Local("Ptr");
        return ParamMarshalling.Argument(site.Index, Conversions.Cast($"({pointer} != null ? {pointer} : &{local}Empty)", "byte*", site.Thin.Name)) with
        {
            Parameters = [new SafeParameter("ReadOnlySpan<byte>", site.Name, site.CName)],
            Setup = [$"byte {local}Empty = 0;"],
            Pins = [$"fixed (byte* {pointer} = {site.Name})"],
        };
    }

    /// <summary>The text encoded (or copied) into a NUL-terminated <c>Utf8Buffer</c>, pinned for the call.</summary>
    public static ParamMarshalling Buffered(ParamSite site)
    {
        var local = site.Local();
        var pointer = site.Local("Ptr");
        return ParamMarshalling.Argument(site.Index, Conversions.Cast(pointer, "byte*", site.Thin.Name)) with
        {
            Setup = [SetupStep.Acquire(local, $"new {RuntimeNames.Utf8Buffer.Type}({site.Name})")],
            Pins = [$"fixed (byte* {pointer} = {local})"],
        };
    }
}
