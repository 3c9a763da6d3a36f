using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>string: bytes</c>: raw text bytes in, as <c>ReadOnlySpan&lt;byte&gt;</c>. With a length parameter the span is
/// pinned as it is; without one a <c>Utf8Buffer</c> adds the NUL terminator (a span that already ends in 0 is passed
/// through). A span cannot be null, so a <c>nullable</c> bytes parameter is always passed a value.
/// </summary>
internal sealed class BytesIn : IParamStrategy
{
    public StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan)
    {
        if (site.Thin.Name is not ("byte*" or "sbyte*" or "void*"))
            return StrategyFailure.Uncovered($"the bytes parameter '{site.CName}' is '{site.Thin.Name}', not a character pointer");
        plan.Parameters.Add(new SafeParameter("ReadOnlySpan<byte>", site.Name, site.CName));
        var local = site.Local();
        var pointer = site.Local("Ptr");
        if (site.Param.Length is ParameterLength)
        {
            plan.Setup.Add($"byte {local}Empty = 0;");
            plan.Pins.Add($"fixed (byte* {pointer} = {site.Name})");
            plan.Arguments[site.Index] = Conversions.Cast($"({pointer} != null ? {pointer} : &{local}Empty)", "byte*", site.Thin.Name);
            return null;
        }

        plan.Setup.Add(SetupStep.Acquire(local, $"new Utf8Buffer({site.Name})"));
        plan.Pins.Add($"fixed (byte* {pointer} = {local})");
        plan.Arguments[site.Index] = Conversions.Cast(pointer, "byte*", site.Thin.Name);
        return null;
    }
}
