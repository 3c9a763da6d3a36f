using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>Binds a caller-allocated struct's <c>fields:</c> facts against the record's fields.</summary>
internal static class FieldBinder
{
    public static ImmutableArray<BoundStructField> Bind(ImmutableArray<FieldEntry> entries, RecordDecl record, BindContext context)
    {
        var result = ImmutableArray.CreateBuilder<BoundStructField>();
        foreach (var entry in entries)
        {
            if (Find(entry.FieldName, record, context) is { } field)
                result.Add(BindOne(entry, field, record, context));
        }

        return result.ToImmutable();
    }

    private static FieldDecl? Find(Located<string> name, RecordDecl record, BindContext context)
    {
        if (record.Fields.FirstOrDefault(f => f.Name == name.Value) is { } field)
            return field;
        var hint = NameSuggester.Hint(name.Value, record.Fields.Select(f => f.Name));
        context.Error(ContractDiagnosticIds.UnknownField, $"`{record.Name}` has no field `{name.Value}`{hint}", name.Location);
        return null;
    }

    private static BoundStructField BindOne(FieldEntry entry, FieldDecl field, RecordDecl record, BindContext context)
    {
        var shape = context.Shape;
        var isPointer = shape.IsPointer(field.Type);
        if (entry.Array is { } array && !isPointer)
            NotPointer(array.Location, FieldKeys.Array, field, context);
        if (entry.String is { } text && !shape.IsTextPointer(field.Type))
            NotPointer(text.Location, FieldKeys.String, field, context);
        if (entry.Nullable is { Value: true } nullable && !isPointer)
            NotPointer(nullable.Location, FieldKeys.Nullable, field, context);
        if (entry.Array is not null && entry.String is not null)
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"field `{field.Name}` cannot be both {FieldKeys.Array.Quoted} and {FieldKeys.String.Quoted}", entry.String.Location);

        return new BoundStructField(field, BindContext.Provenance(entry.Meta, entry.FieldName.Location))
        {
            Array = entry.Array?.Value,
            Length = Length(entry, field, record, context),
            Element = context.Type(entry.Element, "element type"),
            String = entry.String?.Value,
            Nullable = entry.Nullable?.Value ?? false,
        };
    }

    private static LengthFact? Length(FieldEntry entry, FieldDecl field, RecordDecl record, BindContext context)
    {
        if (entry.Length is not { } length)
        {
            if (entry.Array is not null)
                context.Error(ContractDiagnosticIds.MissingKey, $"array field `{field.Name}` needs `{FieldKeys.Length.Key}:`, the field that counts its elements", entry.Array.KeyLocation);
            return null;
        }

        if (entry.Array is null && entry.String is null)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"{FieldKeys.Length.Quoted} on field `{field.Name}` needs {FieldKeys.Array.Quoted} or {FieldKeys.String.Quoted}", length.Location);
            return null;
        }

        if (length.Fixed is { } count)
            return new FixedLength(count.Value, length.Location);
        if (length.NullTerminated)
            return new NullTerminatedLength(length.Location);
        if (length.Call is not null)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"`{FieldKeys.Length.Key}: {{ {LengthKeys.Call.Key} }}` applies to returns only", length.Location);
            return null;
        }

        if (length.Name is not { } name || Find(name, record, context) is not { } counter)
            return null;
        if (context.Shape.IsInteger(counter.Type))
            return new FieldLength(counter.Name, length.Location);
        context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"length field `{counter.Name}` is `{counter.Type.Spelling}`, not an integer", name.Location);
        return null;
    }

    private static void NotPointer(Model.SourceLocation location, KeyRow fact, FieldDecl field, BindContext context) =>
        context.Error(ContractDiagnosticIds.FactDoesNotFitType,
            $"{fact.Quoted} does not fit field `{field.Name}` of type `{field.Type.Spelling}`", location);
}
