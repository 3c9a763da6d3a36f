using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <see cref="ParamShape.Unsupported"/>, and what a <see cref="ParamShape.Scalar"/> or
/// <see cref="ParamShape.ByReference"/> whose thin type does not fit falls back to: no fact says how to marshal the
/// parameter, so the function stays thin-only (BF3501).
/// </summary>
internal sealed class NotSupported : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => Failure(site);

    public static StrategyFailure Failure(ParamSite site) => StrategyFailure.Uncovered(
        $"parameter '{site.CName}' ({site.Param.Decl.Type.Spelling}) has no safe marshalling; state what it is (string, array, out, callback, ...)");
}
