using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>What <see cref="InOutScalar"/> and <see cref="StructPointer"/> share: a by-reference parameter of the
/// pointee's thin type, pinned with <c>fixed (T* p = &amp;param)</c> for the call.</summary>
internal static class ByReference
{
    public static ParamMarshalling Plan(ParamSite site, string modifier)
    {
        var thin = site.Context.Thin;
        var pointee = thin.Pointee(site.Param.Decl.Type) is { } type ? thin.Map(type, TypePosition.Field) : null;
        if (pointee is null || !pointee.IsSupported || pointee.IsPointer || pointee.Name == "void")
            return StrategyFailure.Uncovered($"'{site.CName}' does not point to a scalar or a struct");
        var local = site.Local();
        return ParamMarshalling.Argument(site.Index, Conversions.Cast(local, pointee.Name + "*", site.Thin.Name)) with
        {
            Parameters = [new SafeParameter(pointee.Name, site.Name, site.CName) { Modifier = modifier }],
            Pins = [$"fixed ({pointee.Name}* {local} = &{site.Name})"],
        };
    }
}
