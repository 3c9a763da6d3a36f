using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A scalar, enum or struct passed by value: the same type as the thin layer, except C <c>bool</c> (<c>bool</c>) and
/// <c>long</c>/<c>unsigned long</c> (<c>long</c>/<c>ulong</c>), converted on the way in; an integer the contract
/// types with <c>enum:</c> takes that enum (<c>OpenFlags flags</c>, passed as <c>(int)flags</c>), so a call site
/// needs no cast.
/// </summary>
internal sealed class ScalarParam : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: false, IsSupported: true } || site.Thin.Name == "void")
            return NotSupported.Failure(site);
        if (site.Param.Enum is { } name && site.Context.Enums.ContainsKey(name))
        {
            return ParamMarshalling.Argument(site.Index, Conversions.EnumToNative(site.Name, site.Thin)) with
            {
                Parameters = [new SafeParameter(name, site.Name, site.CName)],
            };
        }

        return ParamMarshalling.Argument(site.Index, Conversions.ToNative(site.Name, site.Thin)) with
        {
            Parameters = [new SafeParameter(Conversions.SafeType(site.Thin), site.Name, site.CName)],
        };
    }
}
