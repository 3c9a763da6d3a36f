using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// One way of marshalling a parameter: the one <see cref="ParamMarshallers"/> gives for its shape, or the
/// override a class builder passes for the first parameter (<see cref="CallerAllocatedStruct"/>).
/// </summary>
internal interface IParamStrategy
{
    /// <summary>Adds the parameter's lines and argument to <paramref name="plan"/>; a failure keeps the function thin-only.</summary>
    StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan);
}
