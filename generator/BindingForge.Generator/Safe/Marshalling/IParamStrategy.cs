using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// One way of marshalling a parameter: the one <see cref="ParamMarshallers"/> gives for its shape, or the
/// override a class builder passes for the first parameter (<see cref="CallerAllocatedStruct"/>).
/// </summary>
internal interface IParamStrategy
{
    /// <summary>The parameter's lines and argument, given what was planned before it; a failure keeps the function thin-only.</summary>
    ParamMarshalling Plan(ParamSite site, IPlanSoFar plan);
}
