using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A scalar, enum or struct passed by value: the same type as the thin layer, except C <c>bool</c> (<c>bool</c>) and
/// <c>long</c>/<c>unsigned long</c> (<c>long</c>/<c>ulong</c>), converted on the way in.
/// </summary>
internal sealed class ScalarParam : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: false, IsSupported: true } || site.Thin.Name == "void")
            return NotSupported.Failure(site);
        return ParamMarshalling.Argument(site.Index, Conversions.ToNative(site.Name, site.Thin)) with
        {
            Parameters = [new SafeParameter(Conversions.SafeType(site.Thin), site.Name, site.CName)],
        };
    }
}
