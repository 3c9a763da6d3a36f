using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>handles:</c>: each key must name a record or typedef of the header, <c>release</c> and <c>retain</c>
/// must take the handle as their only argument, and <c>parent</c> must name another handle.
/// </summary>
internal static class HandleBinder
{
    public static void Bind(IEnumerable<HandleEntry> entries, BindContext context)
    {
        var registered = new List<(HandleEntry Entry, string? Record)>();
        foreach (var entry in entries)
        {
            if (Register(entry, context, out var record))
                registered.Add((entry, record));
        }

        var hierarchy = new HandleHierarchy(registered.Select(r => r.Entry), context);
        foreach (var (entry, record) in registered)
            context.Handles[entry.CType.Value] = BindOne(entry, record, hierarchy, context);
        foreach (var (entry, _) in registered)
        {
            var bound = hierarchy.Inherit(context.Handles[entry.CType.Value], context.Handles);
            context.Handles[entry.CType.Value] = bound;
            if (entry.Release is not null || bound.Release is not null || hierarchy.Ancestors(entry.CType.Value).Any(a => registered.Any(r => r.Entry.CType.Value == a && r.Entry.Release is not null)))
                context.HandlesWithRelease.Add(entry.CType.Value);
        }
    }

    private static bool Register(HandleEntry entry, BindContext context, out string? record)
    {
        var key = entry.CType;
        var outcome = context.HandleTypes.Register(key.Value, allowPointerTypedef: true, out var existing, out record);
        switch (outcome)
        {
            case TypeRegistry.Outcome.UnknownType:
                var hint = NameSuggester.Hint(key.Value, context.Header.Records.Select(r => r.Name).Concat(context.Header.Typedefs.Select(t => t.Name)));
                context.Error(ContractDiagnosticIds.UnknownType, $"handle `{key.Value}` is not a struct, union or typedef of the header{hint}", key.Location);
                return false;
            case TypeRegistry.Outcome.NotARecord:
                context.Error(ContractDiagnosticIds.FactDoesNotFitType,
                    $"handle `{key.Value}` must name a struct or union (the pointee of the handle pointer) or a pointer typedef", key.Location);
                return false;
            case TypeRegistry.Outcome.Duplicate:
                context.Error(ContractDiagnosticIds.DuplicateEntry, $"handle `{key.Value}` is the same C type as handle `{existing}`", key.Location);
                return false;
            default:
                return true;
        }
    }

    private static BoundHandle BindOne(HandleEntry entry, string? record, HandleHierarchy hierarchy, BindContext context)
    {
        var key = entry.CType.Value;
        var release = CheckRole(context.Function(entry.Release, "release function"), entry.Release, key, HandleKeys.Release.Key, hierarchy, context);
        var retain = CheckRole(context.Function(entry.Retain, "retain function"), entry.Retain, key, HandleKeys.Retain.Key, hierarchy, context);
        var sink = CheckRole(context.Function(entry.Sink, "sink function"), entry.Sink, key, HandleKeys.Sink.Key, hierarchy, context);
        if (entry.Retain is not null && entry.Release is null && !hierarchy.HasBase(key))
            context.Error(ContractDiagnosticIds.MissingKey, $"handle `{key}` has {HandleKeys.Retain.Quoted} but no {HandleKeys.Release.Quoted}; a reference-counted handle needs both", entry.Retain.KeyLocation);
        var className = ClassName(entry, context);
        return new BoundHandle(key, className, release, retain, Parent(entry, context), entry.Threading?.Value ?? HandleThreading.Exclusive,
            entry.ReleaseOn?.Value ?? ReleaseThread.Any, context.Header.FindTypedef(key) is { } t && context.Shape.IsPointer(t.Underlying),
            BindContext.Provenance(entry.Meta, entry.CType.Location))
        {
            IsThreadingStated = entry.Threading is not null,
            RecordName = record,
            Skip = entry.Meta.Skip?.Value,
            IsPool = entry.Pool?.Value ?? false,
            Base = hierarchy.BaseOf(key),
            Sink = sink,
        };
    }

    /// <summary>
    /// A release, retain or sink function takes exactly one argument, and it is this handle; in an object system
    /// (<c>base:</c>) it may be one of its bases, or <c>void *</c> (<c>g_object_unref(gpointer)</c>).
    /// </summary>
    private static FunctionDecl? CheckRole(FunctionDecl? function, Located<string>? name, string handle, string role, HandleHierarchy hierarchy, BindContext context)
    {
        if (function is null || name is null)
            return null;
        if (function.Parameters.Length == 1 && hierarchy.Accepts(handle, function.Parameters[0].Type))
            return function;
        var signature = string.Join(", ", function.Parameters.Select(p => p.Type.Spelling));
        var what = hierarchy.InHierarchy(handle) ? $"a `{handle}` handle, one of its bases or `void *`" : $"a `{handle}` handle";
        context.Error(ContractDiagnosticIds.WrongSignatureForRole,
            $"{role} function `{function.Name}({signature})` must take exactly one argument, {what}", name.Location);
        return null;
    }

    private static string? Parent(HandleEntry entry, BindContext context)
    {
        if (entry.Parent is not { } parent)
            return null;
        if (context.Handles.ContainsKey(parent.Value) || context.HandleTypes.Keys.Contains(parent.Value))
        {
            if (parent.Value != entry.CType.Value)
                return parent.Value;
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"handle `{parent.Value}` cannot be its own parent", parent.Location);
            return null;
        }

        var hint = NameSuggester.Hint(parent.Value, context.HandleTypes.Keys);
        context.Error(ContractDiagnosticIds.UnknownHandle, $"parent `{parent.Value}` is not a handle of this contract{hint}", parent.Location);
        return null;
    }

    private static string ClassName(HandleEntry entry, BindContext context) =>
        Naming.ClassName(entry.Class, entry.Meta.Name, entry.CType.Value, HandleKeys.Class, context);
}
