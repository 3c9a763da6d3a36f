using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// One way of marshalling a parameter. <see cref="ParamStrategies"/> asks each in order whether it
/// <see cref="Applies"/>; the first that does contributes to the plan's stages.
/// </summary>
internal interface IParamStrategy
{
    /// <summary>True when this strategy is the one for <paramref name="site"/> (decided from the facts alone).</summary>
    bool Applies(ParamSite site);

    /// <summary>Adds the parameter's lines and argument to <paramref name="plan"/>; a failure keeps the function thin-only.</summary>
    StrategyFailure? Contribute(ParamSite site, CallPlan plan);
}
