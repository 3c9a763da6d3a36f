using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>structs:</c> (caller-allocated structs): the key must name a complete struct, every init function must
/// take a pointer to it first and have a cleanup, every cleanup must take exactly that pointer, and the
/// <c>fields:</c> facts must name fields of the record that fit them.
/// </summary>
internal static class StructBinder
{
    public static void Bind(IEnumerable<StructEntry> entries, BindContext context)
    {
        foreach (var entry in entries)
        {
            if (Record(entry, context) is { } record)
                context.Structs[entry.CType.Value] = BindOne(entry, record, context);
        }
    }

    private static RecordDecl? Record(StructEntry entry, BindContext context)
    {
        var key = entry.CType;
        var outcome = context.StructTypes.Register(key.Value, allowPointerTypedef: false, out var existing, out var recordName);
        if (outcome == TypeRegistry.Outcome.Registered && context.HandleTypes.OfValue(PointerTo(key.Value)) is { } handle)
        {
            context.Error(ContractDiagnosticIds.DuplicateEntry, $"struct `{key.Value}` is already the handle `{handle}`; a type is either a handle or a caller-allocated struct", key.Location);
            return null;
        }

        switch (outcome)
        {
            case TypeRegistry.Outcome.UnknownType:
                var hint = NameSuggester.Hint(key.Value, context.Header.Records.Select(r => r.Name).Concat(context.Header.Typedefs.Select(t => t.Name)));
                context.Error(ContractDiagnosticIds.UnknownType, $"struct `{key.Value}` is not a struct or typedef of the header{hint}", key.Location);
                return null;
            case TypeRegistry.Outcome.NotARecord:
                context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"struct `{key.Value}` must name a struct or union", key.Location);
                return null;
            case TypeRegistry.Outcome.Duplicate:
                context.Error(ContractDiagnosticIds.DuplicateEntry, $"struct `{key.Value}` is the same C type as struct `{existing}`", key.Location);
                return null;
        }

        var record = context.Header.FindRecord(recordName!);
        if (record is { IsComplete: true, Size: > 0 })
            return record;
        context.Error(ContractDiagnosticIds.FactDoesNotFitType,
            $"struct `{key.Value}` is opaque in the header; the caller cannot allocate it (use `{DocumentKeys.Handles.Key}:` instead)", key.Location);
        return null;
    }

    private static BoundStruct BindOne(StructEntry entry, RecordDecl record, BindContext context)
    {
        var key = entry.CType.Value;
        var inits = ImmutableArray.CreateBuilder<BoundStructInit>();
        foreach (var init in entry.Init ?? [])
        {
            if (BindInit(init, entry, context) is { } bound)
                inits.Add(bound);
        }

        var fields = FieldBinder.Bind(entry.Fields, record, context);
        return new BoundStruct(key, record, Naming.ClassName(entry.Class, entry.Meta.Name, key, StructKeys.Class, context), inits.ToImmutable(), fields,
            entry.Threading?.Value ?? HandleThreading.Exclusive, entry.ReleaseOn?.Value ?? ReleaseThread.Any,
            BindContext.Provenance(entry.Meta, entry.CType.Location))
        {
            IsThreadingStated = entry.Threading is not null,
            Skip = entry.Meta.Skip?.Value,
        };
    }

    private static BoundStructInit? BindInit(StructInitEntry init, StructEntry owner, BindContext context)
    {
        var key = owner.CType.Value;
        var function = context.Function(init.Function, "init function");
        if (function is not null && (function.Parameters.IsEmpty || context.StructTypes.OfValue(function.Parameters[0].Type) != key))
        {
            context.Error(ContractDiagnosticIds.WrongSignatureForRole,
                $"init function `{function.Name}` must take a pointer to `{key}` as its first argument", init.Function.Location);
            function = null;
        }

        var cleanupName = init.Cleanup ?? owner.Cleanup;
        if (cleanupName is null)
        {
            context.Error(ContractDiagnosticIds.MissingKey,
                $"init function `{init.Function.Value}` has no cleanup; give it `cleanup:` or give struct `{key}` one", init.Function.Location);
            return null;
        }

        var cleanup = context.Function(cleanupName, "cleanup function");
        if (cleanup is not null && (cleanup.Parameters.Length != 1 || context.StructTypes.OfValue(cleanup.Parameters[0].Type) != key))
        {
            context.Error(ContractDiagnosticIds.WrongSignatureForRole,
                $"cleanup function `{cleanup.Name}` must take exactly one argument, a pointer to `{key}`", cleanupName.Location);
            cleanup = null;
        }

        return function is null || cleanup is null
            ? null
            : new BoundStructInit(function, cleanup, init.Meta.Name?.Value, BindContext.Provenance(init.Meta, init.Function.Location));
    }

    private static CType PointerTo(string name) =>
        new PointerType(new TypedefRef(name) { Spelling = name }) { Spelling = name + " *" };
}
