using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>out: caller-allocates</c> on a pointer to a scalar or struct: the storage is a local, and its value is handed
/// back (the method's return value when it is the only one):
/// <code>
/// int __quotient = default;
/// int __result = FixtureNative.bf_divide(a, b, &amp;__quotient);
/// ... return __quotient;
/// </code>
/// </summary>
internal sealed class OutScalar : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var thin = site.Context.Thin;
        var pointee = thin.Pointee(site.Param.Decl.Type) is { } type ? thin.Map(type, TypePosition.Field) : null;
        if (pointee is null || !pointee.IsSupported || pointee.IsPointer || pointee.Name == "void")
            return StrategyFailure.Uncovered($"the out parameter '{site.CName}' does not point to a scalar or a struct");
        var local = site.Local();
        return ParamMarshalling.Argument(site.Index, Conversions.Cast("&" + local, pointee.Name + "*", site.Thin.Name)) with
        {
            Setup = [$"{pointee.Name} {local} = default;"],
            Parameters = [new SafeParameter(Conversions.SafeType(pointee), site.Name, site.CName) { OutExpression = Conversions.FromNative(local, pointee) }],
        };
    }
}
