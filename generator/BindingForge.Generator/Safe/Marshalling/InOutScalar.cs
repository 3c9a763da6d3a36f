using BindingForge.Generator.Safe.Planning;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>inout: true</c> on a pointer to a scalar: a C# <c>ref</c> parameter, pinned for the call.
/// <code>
/// public static void DoubleInPlace(ref int value) { fixed (int* __value = &amp;value) FixtureNative.bf_double_in_place(__value); }
/// </code>
/// </summary>
internal sealed class InOutScalar : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => ByReference.Plan(site, "ref");
}
