using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Interprets a captured <see cref="ContractDocument"/> against a <see cref="HeaderModel"/>: resolves every name,
/// checks every fact against the C types, and reports unknown symbols, conflicts and unused entries.
/// Order matters: handles and structs first (facts recognise their types), then error domains, then functions.
/// </summary>
public static class ContractBinder
{
    public static ContractBindResult Bind(ContractDocument document, HeaderModel header)
    {
        var diagnostics = new DiagnosticBag();
        var context = new BindContext(header, diagnostics);
        HandleBinder.Bind(document.Handles, context);
        StructBinder.Bind(document.Structs, context);
        ErrorBinder.Bind(document.Errors, context);
        var functions = FunctionBinder.Bind(document.Functions, context);
        AccessBinder.CheckReaders(document.Handles, functions, context);
        var globals = GlobalBinder.Bind(document.Globals, context);
        ReportUnused(document, context);

        var contract = new BoundContract(
            document.Path,
            LibraryOptions.FromDocument(document).ToBound(document),
            [.. document.Handles.Select(h => context.Handles.GetValueOrDefault(h.CType.Value)).OfType<BoundHandle>()],
            [.. document.Errors.Select(e => context.Errors.GetValueOrDefault(e.Key.Value)).OfType<BoundErrorDomain>()],
            [.. document.Structs.Select(s => context.Structs.GetValueOrDefault(s.CType.Value)).OfType<BoundStruct>()],
            functions) { Globals = globals };
        return new ContractBindResult(contract, diagnostics.ToImmutable());
    }

    private static void ReportUnused(ContractDocument document, BindContext context)
    {
        foreach (var error in document.Errors)
        {
            if (!context.UsedErrors.Contains(error.Key.Value))
            {
                context.Warning(ContractDiagnosticIds.UnusedEntry,
                    $"error domain `{error.Key.Value}` is not used by any function (`{FunctionKeys.Returns.Key}: {{ {ReturnKeys.Error.Key}: {error.Key.Value} }}`)", error.Key.Location);
            }
        }
    }
}
