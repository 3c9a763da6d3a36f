using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A scalar, enum or struct returned by value: returned as it is (C <c>bool</c> as <c>bool</c>, <c>long</c> as
/// <c>long</c>); an integer the contract types with <c>enum:</c> as that enum (<c>(Datatype)__result</c>); an integer
/// the contract calls a yes/no answer (<c>bool: true</c>) as <c>bool</c>:
/// <code>
/// return __result != 0;
/// </code>
/// </summary>
internal sealed class ScalarReturn(bool asBool = false) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        if (site.Thin is not { IsPointer: false, IsSupported: true } || site.Thin.Name == "void")
            return UnsupportedReturn.Failure(site);
        if (asBool && Conversions.IsInteger(site.Thin))
        {
            return new ReturnMarshalling
            {
                ResultType = site.Thin.Name,
                ReturnType = "bool",
                ReturnExpression = site.Thin.Name is "CLong" or "CULong" ? "__result.Value != 0" : "__result != 0",
                ReturnsNativeResult = true,
            };
        }

        if (site.Function.Function.Return.Enum is { } name && site.Context.Enums.ContainsKey(name) && Conversions.IsInteger(site.Thin))
        {
            return new ReturnMarshalling
            {
                ResultType = site.Thin.Name,
                ReturnType = name,
                ReturnExpression = Conversions.EnumFromNative("__result", site.Thin, name),
                ReturnsNativeResult = true,
            };
        }

        return new ReturnMarshalling
        {
            ResultType = site.Thin.Name,
            ReturnType = Conversions.SafeType(site.Thin),
            ReturnExpression = Conversions.FromNative("__result", site.Thin),
            ReturnsNativeResult = true,
        };
    }
}
