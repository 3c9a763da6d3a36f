using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A hidden length: the element counts of the array or string parameters <paramref name="Counted"/> (-1 standing for the returned buffer), computed from what they hold; a pointer to an integer also carries a count out.</summary>
    public sealed record LengthCarrier(ImmutableArray<int> Counted) : ParamShape;
}
