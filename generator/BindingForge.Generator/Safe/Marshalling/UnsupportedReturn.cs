using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <see cref="ReturnShape.Unsupported"/>, and what a <see cref="ReturnShape.Void"/>, <see cref="ReturnShape.Scalar"/>
/// or <see cref="ReturnShape.Buffer"/> whose thin type does not fit falls back to: a pointer result with no fact that
/// says what it is stays thin-only (BF3501).
/// </summary>
internal sealed class UnsupportedReturn : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan) => Failure(site);

    public static StrategyFailure Failure(ReturnSite site) => StrategyFailure.Uncovered(
        $"it returns '{site.Function.Function.Decl.ReturnType.Spelling}' with no fact that says who owns it (`owned`, `borrowed`, `string`, `length`)");
}
