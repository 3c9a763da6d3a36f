using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A pointer to a struct or scalar with no <c>array</c>, <c>string</c> or <c>out</c> fact: a <c>ref</c> parameter, or
/// <c>in</c> when the pointee is const (CONTRACT-FORMAT "Shape of the generated API"). Only for functions the contract
/// lists: a library may keep such a pointer after the call, and nobody checked that it does not.
/// <code>
/// public void SetPoint(in bf_point point) { ... fixed (bf_point* __point = &amp;point) ... }
/// </code>
/// </summary>
internal sealed class StructPointer : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (!PointsToValue(site))
            return NotSupported.Failure(site);
        var pointee = site.Context.Thin.Pointee(site.Param.Decl.Type)!;
        if (CTypeFacts.IsCharacter(site.Context.Thin.Resolve(pointee)))
            return StrategyFailure.Uncovered($"'{site.CName}' is a character pointer: state `string:` or `array:`");
        return ByReference.Plan(site, pointee.IsConst ? "in" : "ref");
    }

    /// <summary>A data pointer, in a listed function, to a struct or a scalar the thin layer maps.</summary>
    private static bool PointsToValue(ParamSite site) =>
        site.Function.IsListed && site.Thin is { IsPointer: true, IsFunctionPointer: false } && site.Context.Thin.Pointee(site.Param.Decl.Type) is { } pointee &&
        site.Context.Thin.Map(pointee, TypePosition.Field) is { IsSupported: true, IsPointer: false } mapped && mapped.Name != "void" &&
        (mapped.Record is not null || mapped.Primitive is not null);
}
