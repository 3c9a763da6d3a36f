using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>string: utf16</c>: a .NET string is already NUL-terminated UTF-16, so it is pinned and passed without a copy.
/// <code>
/// fixed (char* __text = text) ... FixtureNative.bf_utf16_length((ushort*)__text);
/// </code>
/// </summary>
internal sealed class Utf16In(ParamShape.Utf16In shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin.Name is not ("ushort*" or "char*" or "short*" or "void*"))
            return StrategyFailure.Uncovered($"the UTF-16 parameter '{site.CName}' is '{site.Thin.Name}', not a 16-bit character pointer");
        var local = site.Local();
        return Inputs.Reference(site, "string", shape.Nullable) + ParamMarshalling.Argument(site.Index, Conversions.Cast(local, "char*", site.Thin.Name)) with
        {
            Pins = [$"fixed (char* {local} = {site.Name})"],
        };
    }
}
