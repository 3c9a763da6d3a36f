using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A pointer to a caller-allocated struct (<c>structs:</c>): the struct object, leased like a handle. Each buffer
/// field the call uses (<c>fields: [next_in, next_out]</c>) becomes a span parameter, pinned for the call only: its
/// pointer and length are stored in the struct before the call, the count consumed or written is read from the
/// length field after it, and the pointer is cleared again, so the struct never keeps a pointer into managed memory.
/// <code>
/// fixed (byte* __nextIn = nextIn)
/// {
///     __strmStruct->next_in = __nextIn; __strmStruct->avail_in = (uint)(nextIn.Length);
///     int __result = ZlibNative.deflate(__strmStruct, flush);
///     int __strmNextInCount = nextIn.Length - checked((int)__strmStruct->avail_in); __strmStruct->next_in = null; ...
/// }
/// </code>
/// </summary>
internal sealed class StructParam(ParamShape.StructIn facts) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        if (site.Context.Struct(facts.Struct) is not { } shape)
            return StrategyFailure.Uncovered($"the struct class of '{facts.Struct}' is not emitted");
        var nullable = facts.Nullable && !site.IsSelf;
        var (_, lease, leasing) = Leases.Take(site, shape.Bound.Threading, nullable);
        var marshalling = leasing + ParamMarshalling.Argument(site.Index, $"({site.Thin.Name}){lease}.{RuntimeNames.HandleLease.Pointer}") with
        {
            Parameters = site.IsSelf ? [] : [new SafeParameter(nullable ? shape.ClassName + "?" : shape.ClassName, site.Name, site.CName) { CanDefaultToNull = nullable }],
        };
        if (facts.Fields.IsEmpty)
            return marshalling;
        if (nullable)
            return StrategyFailure.Uncovered($"'{site.CName}' is nullable and names buffer fields");

        var pointer = site.Local("Struct");
        marshalling += new ParamMarshalling { Setup = [$"var {pointer} = ({shape.PointerType}){lease}.{RuntimeNames.HandleLease.Pointer};"] };
        foreach (var name in facts.Fields)
            marshalling += Field(site, shape.Bound, name, pointer);
        return marshalling;
    }

    private static ParamMarshalling Field(ParamSite site, BoundStruct shape, string name, string pointer)
    {
        var thin = site.Context.Thin;
        var field = shape.Fields.FirstOrDefault(f => f.Field.Name == name);
        var lengthField = field?.Length is FieldLength length ? shape.Record.Fields.FirstOrDefault(f => f.Name == length.FieldName) : null;
        var elementType = field?.Element ?? (field is null ? null : thin.Pointee(field.Field.Type));
        var element = elementType is null ? null : thin.Map(elementType, TypePosition.Pointee);
        var lengthType = lengthField is null ? null : thin.Map(lengthField.Type, TypePosition.Field);
        if (field?.Array is not { } direction || element is not { IsSupported: true, IsPointer: false } || element.Name == "void" ||
            lengthType is null || !Conversions.IsInteger(lengthType))
        {
            return StrategyFailure.Uncovered($"the buffer field '{name}' needs an element type and an integer length field");
        }

        var span = SafeNames.Parameter(SafeNames.Pascal(name));
        var fieldType = thin.Map(field.Field.Type, TypePosition.Field).Name;
        var fieldName = CSharpNames.Identifier(field.Field.Name);
        var lengthName = CSharpNames.Identifier(lengthField!.Name);
        var local = site.Function.Local(site.Index, SafeNames.Pascal(name));
        var count = $"{local}Count";
        var suffix = direction == ArrayDirection.In ? "Consumed" : "Written";
        return new ParamMarshalling
        {
            Parameters =
            [
                new SafeParameter(direction == ArrayDirection.In ? $"ReadOnlySpan<{element.Name}>" : $"Span<{element.Name}>", span, null),
                new SafeParameter("int", span + suffix, null) { OutExpression = count },
            ],
            Pins = [$"fixed ({element.Name}* {local} = {span})"],
            PinnedMarshal =
            [
                $"{pointer}->{fieldName} = ({fieldType}){local};",
                $"{pointer}->{lengthName} = {Conversions.FromInt($"{span}.Length", lengthType)};",
            ],
            Take =
            [
                $"int {count} = {span}.Length - {Conversions.ToInt($"{pointer}->{lengthName}", lengthType)};",
                $"{pointer}->{fieldName} = null;",
                $"{pointer}->{lengthName} = default;",
            ],
        };
    }
}
