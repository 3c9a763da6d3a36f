using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>
    /// The option of a variadic function's form (<c>options:</c>): an integer the safe style checks against the
    /// family's <paramref name="Values"/> before the call, taken as the C# enum <paramref name="EnumName"/> when the
    /// contract names one.
    /// </summary>
    public sealed record Option(ImmutableArray<BoundSuccessValue> Values, string? EnumName) : ParamShape;
}
