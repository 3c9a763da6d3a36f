using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>What <see cref="InOutScalar"/> and <see cref="StructPointer"/> share: a by-reference parameter of the
/// pointee's thin type, pinned with <c>fixed (T* p = &amp;param)</c> for the call.</summary>
internal static class ByReference
{
    public static StrategyFailure? Plan(ParamSite site, CallPlanBuilder plan, string modifier)
    {
        var thin = site.Context.Thin;
        var pointee = thin.Pointee(site.Param.Decl.Type) is { } type ? thin.Map(type, TypePosition.Field) : null;
        if (pointee is null || !pointee.IsSupported || pointee.IsPointer || pointee.Name == "void")
            return StrategyFailure.Uncovered($"'{site.CName}' does not point to a scalar or a struct");
        plan.Parameters.Add(new SafeParameter(pointee.Name, site.Name, site.CName) { Modifier = modifier });
        var local = site.Local();
        plan.Pins.Add($"fixed ({pointee.Name}* {local} = &{site.Name})");
        plan.Arguments[site.Index] = Conversions.Cast(local, pointee.Name + "*", site.Thin.Name);
        return null;
    }
}
