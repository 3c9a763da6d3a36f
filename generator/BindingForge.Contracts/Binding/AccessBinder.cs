using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds the mutability fact (<c>access:</c>) of a function and checks it can be true: a call that consumes, releases
/// or clears a handle changes it (BF2160), and a call that takes no handle has nothing to read or change (BF2161).
/// After all functions are bound, a <c>readers-writer</c> handle no function reads is reported (BF2162): every call on
/// it runs alone, as on an exclusive handle.
/// </summary>
internal static class AccessBinder
{
    /// <summary>The call's access, <see cref="HandleAccess.Mutate"/> when the contract says nothing or the fact cannot be true.</summary>
    public static HandleAccess Bind(FunctionEntry entry, ImmutableArray<BoundParam> parameters, int? clears, BindContext context)
    {
        if (entry.Access is not { } access)
            return HandleAccess.Mutate;
        var name = entry.CName.Value;
        if (!parameters.Any(p => p.Handle is not null && p.Out is null))
        {
            context.Warning(ContractDiagnosticIds.AccessWithoutHandle,
                $"`{name}` takes no handle, so {FunctionKeys.Access.Quoted} has nothing to read or change; remove it", access.Location);
            return HandleAccess.Mutate;
        }

        if (access.Value != HandleAccess.Read)
            return access.Value;
        var ending = parameters.FirstOrDefault(p => p.Consumed)?.Decl.Name
            ?? (clears is { } cleared ? parameters[cleared].Decl.Name : null)
            ?? (context.Handles.Values.Any(h => h.Release?.Name == name || h.Retain?.Name == name) ? "its handle" : null);
        if (ending is null)
            return HandleAccess.Read;
        context.Error(ContractDiagnosticIds.AccessConflict,
            $"`{name}` cannot be `access: read`: it consumes, releases, retains or clears {(ending == "its handle" ? ending : $"`{ending}`")}, which changes the handle", access.Location);
        return HandleAccess.Mutate;
    }

    /// <summary>BF2162 for each <c>readers-writer</c> handle that no bound function reads.</summary>
    public static void CheckReaders(IEnumerable<HandleEntry> entries, ImmutableArray<BoundFunction> functions, BindContext context)
    {
        foreach (var entry in entries)
        {
            if (entry.Threading is not { Value: HandleThreading.ReadersWriter } threading)
                continue;
            var key = entry.CType.Value;
            if (functions.Any(f => f.Access == HandleAccess.Read && f.Parameters.Any(p => p.Handle == key && p.Out is null)))
                continue;
            context.Warning(ContractDiagnosticIds.ReadersWriterWithoutReaders,
                $"`{key}` is `threading: readers-writer`, but no function taking it is `access: read`: every call runs alone, as with `exclusive`; mark the calls that only read it",
                threading.Location);
        }
    }
}
