using BindingForge.Generator.Mapping;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Symbols;

/// <summary>
/// Decides which classes the safe layer can emit, before any method is planned: a handle needs its <c>release</c>
/// (and <c>retain</c>) bound by the thin layer, a struct at least one init whose init and cleanup are bound, an
/// error domain its message function bound (else its exception carries the code only). What cannot be emitted is
/// reported (BF3508) and every function that uses it stays thin-only.
/// </summary>
internal static class SymbolBuilder
{
    public static void Build(SafeContext context)
    {
        // The thin layer's type names already include the fixed generated classes; the contract's classes yield to them.
        context.ReserveTypeNames(context.Thin.TypeNames);
        context.ReserveTypeNames(CSharp.CSharpNames.ReservedTypeNames.Concat(ImportedTypeNames.UsedInBodies));
        Classes.ContractEnums.Claim(context);
        var valueTypes = ValueTypes(context.Contract);
        foreach (var handle in context.Contract.Handles.Where(h => h.Skip is null))
            AddHandle(context, handle, valueTypes);
        foreach (var shape in context.Contract.Structs.Where(s => s.Skip is null))
            AddStruct(context, shape);
        foreach (var error in context.Contract.Errors.Where(e => e.Skip is null))
            AddError(context, error);
    }

    private static void AddHandle(SafeContext context, BoundHandle handle, Dictionary<string, CType> valueTypes)
    {
        foreach (var function in new[] { handle.Release, handle.Retain, handle.Sink }.OfType<FunctionDecl>())
        {
            if (!context.Thin.Has(function.Name))
            {
                NotEmitted(context, handle.ClassName, handle.Provenance, $"its function '{function.Name}' is not bound by the thin layer (select, or an unsupported type)");
                return;
            }
        }

        // In an object system the release may take a base or `void *` (bfo_unref(void *)): the handle's own pointer type is what its functions take.
        var roleType = handle.Release?.Parameters.FirstOrDefault()?.Type ?? handle.Retain?.Parameters.FirstOrDefault()?.Type;
        var pointer = handle.Base is not null || (roleType is not null && IsVoidPointer(context, roleType))
            ? valueTypes.GetValueOrDefault(handle.CTypeName)
            : roleType ?? valueTypes.GetValueOrDefault(handle.CTypeName);
        var mapped = pointer is null ? PointerToKey(context, handle.CTypeName) : context.Thin.Map(pointer);
        var name = ClaimHandleClass(context, handle.ClassName, handle.Provenance);
        context.Handles[handle.CTypeName] = new HandleInfo(handle, name, mapped?.IsSupported == true ? mapped.Name : "void*", context.EnterMethod(handle.Threading));
    }

    private static bool IsVoidPointer(SafeContext context, CType type) =>
        context.Thin.Model.Resolve(type) is PointerType { Pointee: var pointee } && context.Thin.Model.Resolve(pointee) is PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>A pointer to the handle's C type itself (<c>sqlite3_context *</c>), for a handle no listed function
    /// spells: one the safe layer only meets as a callback's argument or in functions the contract does not list.</summary>
    private static Mapping.MappedType? PointerToKey(SafeContext context, string key)
    {
        CType[] candidates = [new TypedefRef(key) { Spelling = key }, new RecordRef(key, RecordKind.Struct) { Spelling = "struct " + key }];
        return candidates.Select(t => context.Thin.Map(new PointerType(t) { Spelling = t.Spelling + " *" })).FirstOrDefault(m => m.IsSupported);
    }

    /// <summary>
    /// The type of each handle's value as the contract's functions spell it, for handles without release: the first
    /// parameter that takes the handle, else the first return that gives it. One pass over the functions.
    /// </summary>
    private static Dictionary<string, CType> ValueTypes(BoundContract contract)
    {
        var types = new Dictionary<string, CType>(StringComparer.Ordinal);
        foreach (var parameter in contract.Functions.SelectMany(f => f.Parameters))
        {
            if (parameter is { Handle: { } handle, Out: null })
                types.TryAdd(handle, parameter.Decl.Type);
        }

        foreach (var function in contract.Functions)
        {
            if (function.Return.Handle is { } handle)
                types.TryAdd(handle, function.Decl.ReturnType);
        }

        return types;
    }

    private static void AddStruct(SafeContext context, BoundStruct shape)
    {
        var usable = shape.Inits.Where(i => context.Thin.Has(i.Init.Name) && context.Thin.Has(i.Cleanup.Name)).ToList();
        var record = context.Thin.Map(new RecordRef(shape.Record.Name, shape.Record.Kind) { Spelling = shape.Record.Name }, TypePosition.Field);
        if (usable.Count == 0 || !record.IsSupported)
        {
            NotEmitted(context, shape.ClassName, shape.Provenance, "none of its init and cleanup pairs is bound by the thin layer");
            return;
        }

        var name = ClaimHandleClass(context, shape.ClassName, shape.Provenance);
        context.Structs[shape.CTypeName] = new StructInfo(shape with { Inits = [.. usable] }, name, record.Name + "*", record.Name, context.EnterMethod(shape.Threading));
    }

    private static void AddError(SafeContext context, BoundErrorDomain error)
    {
        var exception = context.Errors.Values.FirstOrDefault(e => e.ExceptionName == error.ExceptionName)?.ExceptionName
            ?? Claim(context, error.ExceptionName, error.Provenance);
        string? messageHandle = null;
        string? messageCall = null;
        if (error.Message is { } message && context.Thin.Has(message.Name) && message.Parameters.Length == 1)
        {
            messageCall = context.Thin.Call(message.Name);
            if (error.MessageSource == ErrorMessageSource.Handle)
            {
                var type = context.Thin.Map(message.Parameters[0].Type).Name;
                messageHandle = context.Handles.Values.FirstOrDefault(h => h.PointerType == type)?.CTypeName;
                if (messageHandle is null)
                    messageCall = null;
            }
        }

        context.Errors[error.Name] = new ErrorInfo(error, exception, SafeNames(error.Name), messageHandle, messageCall)
        {
            State = ErrorStateSymbols.Calls(context, error, messageCall is null ? null : messageHandle),
        };
    }

    private static string SafeNames(string key) => Planning.SafeNames.Pascal(key);

    /// <summary>The class name, or a numbered one when a thin type or another class has it (BF3503).</summary>
    private static string Claim(SafeContext context, string wanted, Provenance provenance)
    {
        var name = context.ClaimTypeName(wanted);
        if (name != wanted)
            context.Diagnostics.Warning(SafeDiagnosticIds.NameConflict, $"the class '{wanted}' is named '{name}': a generated type already has that name", provenance.Location);
        return name;
    }

    /// <summary>A handle class's name: one of the members every handle class declares (<c>Free</c>, <c>Cleanup</c>,
    /// <see cref="Planning.MemberNames.FixedHandleMembers"/>) gets <c>Handle</c> appended first (BF3503), then
    /// <see cref="Claim"/>.</summary>
    private static string ClaimHandleClass(SafeContext context, string wanted, Provenance provenance)
    {
        if (!Planning.MemberNames.FixedHandleMembers.Contains(wanted))
            return Claim(context, wanted, provenance);
        var name = context.ClaimTypeName(wanted + "Handle");
        context.Diagnostics.Warning(SafeDiagnosticIds.NameConflict, $"the class '{wanted}' is named '{name}': handle classes declare a member '{wanted}', and C# refuses a member named like its class", provenance.Location);
        return name;
    }

    private static void NotEmitted(SafeContext context, string className, Provenance provenance, string reason) =>
        context.Diagnostics.Warning(SafeDiagnosticIds.ClassNotEmitted, $"the safe class '{className}' is not emitted: {reason}; functions that use it stay thin-only", provenance.Location);
}
