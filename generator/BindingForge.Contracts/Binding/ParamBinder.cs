using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds one parameter's facts against its C type. Facts that do not fit the type (BF2110) or contradict each
/// other (BF2109) are reported and left out of the bound parameter.
/// </summary>
internal static class ParamBinder
{
    /// <summary>A parameter the contract does not mention: only what its type says (a handle, a struct).</summary>
    public static BoundParam Unstated(int index, FunctionScope scope, SourceLocation location)
    {
        var decl = scope.Decl.Parameters[index];
        return new BoundParam(decl, index, Provenance.At(location)) { Handle = HandleOf(decl, scope), Struct = StructOf(decl, scope) };
    }

    public static BoundParam Bind(ParamEntry entry, int index, FunctionScope scope)
    {
        var context = scope.Context;
        var decl = scope.Decl.Parameters[index];
        if (entry.Value is { } value)
            return BindFixed(entry, value, index, scope);

        var ownership = OwnershipBinder.Bind(entry, decl, index, scope);
        CheckShape(entry, decl, ownership.Out, context);
        var array = Array(entry, decl, ownership.Out, context);
        return new BoundParam(decl, index, BindContext.Provenance(entry.Meta, entry.ParamName.Location))
        {
            Name = entry.Meta.Name?.Value,
            Handle = HandleOf(decl, scope),
            Struct = StructOf(decl, scope),
            String = entry.String?.Value,
            Nullable = entry.Nullable?.Value ?? false,
            Out = ownership.Out,
            Owned = ownership.Owned,
            Borrowed = ownership.Borrowed,
            Consumed = Consumed(entry, decl, ownership.Out, context),
            Array = array,
            Length = Length(entry, index, array, scope),
            Element = Element(entry, decl, array, context),
            Callback = entry.Callback is { } callback ? CallbackBinder.Bind(callback, decl, scope) : null,
            InOut = InOut(entry, decl, ownership.Out, context),
            ParentParameters = Parents(entry.Parent, ownership.Out is OutKind.Owned or OutKind.Borrowed && context.HandleTypes.OfOut(decl.Type) is not null, scope),
            Fields = Fields(entry, decl, scope),
            Optional = Optional(entry, decl, ownership.Out, context),
            Enum = EnumBinder.Reference(entry.Enum, decl.Type, "parameter", context),
        };
    }

    private static string? HandleOf(ParameterDecl decl, FunctionScope scope) =>
        scope.Context.HandleTypes.OfValue(decl.Type) ?? scope.Context.HandleTypes.OfOut(decl.Type);

    private static string? StructOf(ParameterDecl decl, FunctionScope scope) => scope.Context.StructTypes.OfValue(decl.Type);

    /// <summary><c>string</c> and <c>nullable</c> need a pointer (for an out string, a pointer to one).</summary>
    private static void CheckShape(ParamEntry entry, ParameterDecl decl, OutKind? outKind, BindContext context)
    {
        var shape = context.Shape;
        if (entry.String is { } text)
        {
            var fits = outKind is OutKind.Owned or OutKind.Borrowed
                ? shape.AsPointer(decl.Type) is { } outer && shape.IsTextPointer(outer.Pointee)
                : shape.IsTextPointer(decl.Type);
            if (!fits)
                DoesNotFit(context, text.Location, ParamKeys.String, decl, outKind is null ? "a character pointer" : "a pointer to a character pointer");
        }

        if (entry.Nullable is { Value: true } nullable && !shape.IsPointer(decl.Type))
            DoesNotFit(context, nullable.Location, ParamKeys.Nullable, decl, "a pointer");
    }

    /// <summary><c>optional</c> needs an out pointer (BF2xxx otherwise).</summary>
    private static bool Optional(ParamEntry entry, ParameterDecl decl, OutKind? outKind, BindContext context)
    {
        if (entry.Optional is not { Value: true } optional)
            return false;
        if (outKind is null || !context.Shape.IsPointer(decl.Type))
        {
            DoesNotFit(context, optional.Location, ParamKeys.Optional, decl, "an `out` pointer");
            return false;
        }

        return true;
    }

    private static bool Consumed(ParamEntry entry, ParameterDecl decl, OutKind? outKind, BindContext context)
    {
        if (entry.Consumed is not { Value: true } consumed)
            return false;
        if (!context.Shape.IsPointer(decl.Type))
            DoesNotFit(context, consumed.Location, ParamKeys.Consumed, decl, "a pointer");
        else if (outKind is not null || entry.Borrowed is { IsStated: true })
            Conflict(context, consumed.Location, $"parameter `{decl.Name}` cannot be consumed and an out value or borrowed");
        else
            return true;
        return false;
    }

    private static ArrayDirection? Array(ParamEntry entry, ParameterDecl decl, OutKind? outKind, BindContext context)
    {
        if (entry.Array is not { } array)
            return null;
        if (!context.Shape.IsPointer(decl.Type))
            DoesNotFit(context, array.Location, ParamKeys.Array, decl, "a pointer");
        else if (entry.String is not null)
            Conflict(context, array.Location, $"parameter `{decl.Name}` cannot be both {ParamKeys.Array.Quoted} and {ParamKeys.String.Quoted} (use `{ParamKeys.String.Key}: {ParamKeys.String.Spelling.TextOf(StringEncoding.Bytes)}` for raw text)");
        else if (outKind is not null)
            Conflict(context, array.Location, $"parameter `{decl.Name}` cannot be both {ParamKeys.Array.Quoted} and {ParamKeys.Out.Quoted}; an array the callee fills is `{ParamKeys.Array.Key}: {ParamKeys.Array.Spelling.TextOf(ArrayDirection.Out)}`");
        else
            return array.Value;
        return null;
    }

    private static LengthFact? Length(ParamEntry entry, int index, ArrayDirection? array, FunctionScope scope)
    {
        if (entry.Length is not { } length)
            return null;
        if (array is not null || entry.String is not null)
            return LengthBinder.Bind(length, scope, index);
        if (entry.Array is null)
            Conflict(scope.Context, length.Location, $"{ParamKeys.Length.Quoted} goes with {ParamKeys.Array.Quoted} or {ParamKeys.String.Quoted}");
        return null;
    }

    private static CType? Element(ParamEntry entry, ParameterDecl decl, ArrayDirection? array, BindContext context)
    {
        if (entry.Element is { } element && entry.Array is null)
        {
            Conflict(context, element.Location, $"{ParamKeys.Element.Quoted} goes with {ParamKeys.Array.Quoted}");
            return null;
        }

        var type = context.Type(entry.Element, "element type");
        if (array is not null && type is null && entry.Element is null && context.Shape.AsPointer(decl.Type) is { } pointer && context.Shape.IsVoid(pointer.Pointee))
            context.Error(ContractDiagnosticIds.MissingKey, $"array parameter `{decl.Name}` is `{decl.Type.Spelling}`; say its element type with `{ParamKeys.Element.Key}:`", entry.Array!.Location);
        return type;
    }

    private static bool InOut(ParamEntry entry, ParameterDecl decl, OutKind? outKind, BindContext context)
    {
        if (entry.InOut is not { Value: true } inout)
            return false;
        var shape = context.Shape;
        if (shape.AsPointer(decl.Type) is not { } pointer || !shape.IsScalar(pointer.Pointee))
            DoesNotFit(context, inout.Location, ParamKeys.InOut, decl, "a pointer to a scalar");
        else if (outKind is not null || entry.Array is not null || entry.String is not null || entry.Callback is not null)
            Conflict(context, inout.Location, $"{ParamKeys.InOut.Quoted} on `{decl.Name}` cannot be combined with {ParamKeys.Out.Key}, {ParamKeys.Array.Key}, {ParamKeys.String.Key} or {ParamKeys.Callback.Key}");
        else
            return true;
        return false;
    }

    /// <summary>Parameters named by <c>parent:</c>; they must be handles, and only an out handle has parents.</summary>
    public static ImmutableArray<int> Parents(ImmutableArray<Located<string>>? names, bool isHandleOut, FunctionScope scope)
    {
        if (names is not { IsEmpty: false } list)
            return [];
        var context = scope.Context;
        if (!isHandleOut)
        {
            Conflict(context, list[0].KeyLocation, $"{ParamKeys.Parent.Quoted} applies to an owned or borrowed handle that is handed out");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<int>();
        foreach (var name in list)
        {
            if (scope.Reference(name, ParamKeys.Parent.Quoted) is not { } index)
                continue;
            if (context.HandleTypes.OfValue(scope.Decl.Parameters[index].Type) is null)
                context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"parent `{name.Value}` is not a handle parameter", name.Location);
            else
                result.Add(index);
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> Fields(ParamEntry entry, ParameterDecl decl, FunctionScope scope)
    {
        if (entry.Fields is not { IsEmpty: false } names)
            return [];
        var context = scope.Context;
        if (StructOf(decl, scope) is not { } key)
        {
            DoesNotFit(context, names[0].KeyLocation, ParamKeys.Fields, decl, $"a pointer to a struct under `{DocumentKeys.Structs.Key}:`");
            return [];
        }

        if (!context.Structs.TryGetValue(key, out var bound))
            return []; // the struct entry itself failed to bind, and its diagnostic says why

        var buffers = bound.Fields.Where(f => f.Array is not null).Select(f => f.Field.Name).ToList();
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var name in names)
        {
            if (buffers.Contains(name.Value))
                result.Add(name.Value);
            else
                context.Error(ContractDiagnosticIds.UnknownField,
                    $"`{name.Value}` is not an array field of struct `{key}`{NameSuggester.Hint(name.Value, buffers)}", name.Location);
        }

        return result.ToImmutable();
    }

    /// <summary><c>value:</c> fixes the argument; any other fact on the same parameter contradicts it.</summary>
    private static BoundParam BindFixed(ParamEntry entry, ValueSyntax value, int index, FunctionScope scope)
    {
        var decl = scope.Decl.Parameters[index];
        var others = entry with { Value = null, Meta = EntryMeta.Empty };
        if (others != new ParamEntry(entry.ParamName, EntryMeta.Empty))
            Conflict(scope.Context, value.Location, $"parameter `{decl.Name}` has a fixed {ParamKeys.Value.Quoted}; it takes no other facts");
        return Unstated(index, scope, entry.ParamName.Location) with
        {
            Provenance = BindContext.Provenance(entry.Meta, entry.ParamName.Location),
            Value = ValueBinder.Bind(value, scope.Context),
        };
    }

    private static void DoesNotFit(BindContext context, SourceLocation location, KeyRow fact, ParameterDecl decl, string needs) =>
        context.Error(ContractDiagnosticIds.FactDoesNotFitType,
            $"{fact.Quoted} needs {needs}; parameter `{decl.Name}` is `{decl.Type.Spelling}`", location);

    private static void Conflict(BindContext context, SourceLocation location, string message) =>
        context.Error(ContractDiagnosticIds.ConflictingFacts, message, location);
}
