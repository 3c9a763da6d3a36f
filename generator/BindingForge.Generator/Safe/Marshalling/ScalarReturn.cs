using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>A scalar, enum or struct returned by value: returned as it is (C <c>bool</c> as <c>bool</c>, <c>long</c> as <c>nint</c>).</summary>
internal sealed class ScalarReturn : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: false, IsSupported: true } || site.Thin.Name == "void")
            return UnsupportedReturn.Failure(site);
        return new ReturnMarshalling
        {
            ResultType = site.Thin.Name,
            ReturnType = Conversions.SafeType(site.Thin),
            ReturnExpression = Conversions.FromNative("__result", site.Thin),
            ReturnsNativeResult = true,
        };
    }
}
