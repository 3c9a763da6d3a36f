using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>array: in|out|inout</c>: a <c>ReadOnlySpan&lt;T&gt;</c> (in) or <c>Span&lt;T&gt;</c> (out, inout), pinned for the call.
/// Its length argument is computed by <see cref="LengthCarrier"/>; a fixed length is checked (the span must hold at
/// least N elements) and a null-terminated one must contain a zero element. An empty span of a parameter that is not
/// nullable is passed as a pointer to a zero element rather than NULL.
/// <code>
/// fixed (int* __values = values) ... FixtureNative.bf_sum_ints(__values, (nuint)(values.Length));
/// </code>
/// </summary>
internal sealed class ArrayWithLength : IParamStrategy
{
    public StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan)
    {
        var param = site.Param;
        var thin = site.Context.Thin;
        var elementType = param.Element ?? thin.Pointee(param.Decl.Type);
        var element = elementType is null ? null : thin.Map(elementType, TypePosition.Pointee);
        if (element is null || !element.IsSupported || element.IsPointer || element.Name == "void")
            return StrategyFailure.Uncovered($"the array '{site.CName}' has no element type the safe style can span (state `element:`)");
        if (site.Thin is not { IsPointer: true, IsFunctionPointer: false })
            return StrategyFailure.Uncovered($"the array '{site.CName}' is '{site.Thin.Name}', not a pointer");

        if (param.Length is null || (param.Length is NullTerminatedLength && (element.Primitive is null || element.IsEnum)))
            return StrategyFailure.Uncovered($"the array '{site.CName}' has no length the safe style can compute (state `length:`)");

        var span = param.Array == ArrayDirection.In ? $"ReadOnlySpan<{element.Name}>" : $"Span<{element.Name}>";
        plan.Parameters.Add(new SafeParameter(span, site.Name, site.CName));
        if (LengthCheck(site, param.Length, element) is { } check)
            plan.Checks.Add(check);

        var pointer = site.Local();
        plan.Pins.Add($"fixed ({element.Name}* {pointer} = {site.Name})");
        var argument = pointer;
        if (!param.Nullable)
        {
            plan.Setup.Add($"{element.Name} {pointer}Empty = default;");
            argument = $"({pointer} != null ? {pointer} : &{pointer}Empty)";
        }

        plan.Arguments[site.Index] = Conversions.Cast(argument, element.Name + "*", site.Thin.Name);
        return null;
    }

    private static string? LengthCheck(ParamSite site, LengthFact? length, MappedType element) => length switch
    {
        FixedLength fixedLength =>
            $"if ({site.Name}.Length < {fixedLength.Count}) throw new ArgumentException(\"{SafeNames.Bare(site.Name)} must hold at least {fixedLength.Count} elements.\", nameof({site.Name}));",
        NullTerminatedLength =>
            $"if ({site.Name}.IndexOf(default({element.Name})) < 0) throw new ArgumentException(\"{SafeNames.Bare(site.Name)} must end with a zero element.\", nameof({site.Name}));",
        _ => null,
    };
}
