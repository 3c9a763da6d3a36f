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
internal sealed class ArrayWithLength(ParamShape.BufferWithLength shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var thin = site.Context.Thin;
        var elementType = shape.Element ?? thin.Pointee(site.Param.Decl.Type);
        var element = elementType is null ? null : thin.Map(elementType, TypePosition.Pointee);
        if (element is null || !element.IsSupported || element.IsPointer || element.Name == "void")
            return StrategyFailure.Uncovered($"the array '{site.CName}' has no element type the safe style can span (state `element:`)");
        if (site.Thin is not { IsPointer: true, IsFunctionPointer: false })
            return StrategyFailure.Uncovered($"the array '{site.CName}' is '{site.Thin.Name}', not a pointer");

        if (shape.Length is null || (shape.Length is NullTerminatedLength && (element.Primitive is null || element.IsEnum)))
            return StrategyFailure.Uncovered($"the array '{site.CName}' has no length the safe style can compute (state `length:`)");

        var span = shape.Direction == ArrayDirection.In ? $"ReadOnlySpan<{element.Name}>" : $"Span<{element.Name}>";
        var pointer = site.Local();
        var argument = shape.Nullable ? pointer : $"({pointer} != null ? {pointer} : &{pointer}Empty)";
        return ParamMarshalling.Argument(site.Index, Conversions.Cast(argument, element.Name + "*", site.Thin.Name)) with
        {
            Parameters = [new SafeParameter(span, site.Name, site.CName)],
            Checks = LengthCheck(site, shape.Length, element) is { } check ? [check] : [],
            Pins = [$"fixed ({element.Name}* {pointer} = {site.Name})"],
            Setup = shape.Nullable ? [] : [$"{element.Name} {pointer}Empty = default;"],
        };
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
