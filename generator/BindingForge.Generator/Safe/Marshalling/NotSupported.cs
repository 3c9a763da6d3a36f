using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>The end of the list: no strategy covers the parameter, so the function stays thin-only (BF3501).</summary>
internal sealed class NotSupported : IParamStrategy
{
    public bool Applies(ParamSite site) => true;

    public StrategyFailure? Contribute(ParamSite site, CallPlan plan) => StrategyFailure.Uncovered(
        $"parameter '{site.CName}' ({site.Param.Decl.Type.Spelling}) has no safe marshalling; state what it is (string, array, out, callback, ...)");
}
