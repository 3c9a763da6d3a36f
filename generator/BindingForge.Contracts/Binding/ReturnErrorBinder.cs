using BindingForge.Contracts.Syntax;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// The error facts of a return beyond <c>error:</c>: <c>null_may_be_error</c> (a NULL that is a value or a failure,
/// told apart by the domain's <c>code</c>) and <c>error_parent</c> (which of a returned handle's parents holds its
/// error state).
/// </summary>
internal static class ReturnErrorBinder
{
    /// <summary>The domain a NULL result may be a failure of; BF2122 when the fact cannot be checked.</summary>
    public static BoundErrorDomain? NullMayBeError(ReturnEntry entry, FunctionScope scope)
    {
        if (entry.NullMayBeError is not { } name || ReturnBinder.Domain(name, scope, "null_may_be_error") is not { } domain)
            return null;
        var context = scope.Context;
        if (entry.NullIsError is { Value: true } nullIsError)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts,
                "`null_is_error` says every NULL is a failure, `null_may_be_error` that a NULL may also be a value; keep one", nullIsError.Location);
            return null;
        }

        if (entry.Nullable is not { Value: true })
        {
            context.Error(ContractDiagnosticIds.NullMayBeErrorUnchecked,
                $"`null_may_be_error` says a NULL from `{scope.Decl.Name}` may also be a real value: add `nullable: true` (or use `null_is_error: true` when every NULL is a failure)", name.Location);
            return null;
        }

        if (domain.Code is null)
        {
            context.Error(ContractDiagnosticIds.NullMayBeErrorUnchecked,
                $"error domain `{domain.Name}` has no `code` function, so a NULL from `{scope.Decl.Name}` cannot be told from a failure; add `code:` (`sqlite3_errcode`) to the domain", name.Location);
            return null;
        }

        return domain;
    }

    /// <summary>The code of <c>null_code</c>, which only goes with <c>null_is_error: true</c> (BF2122).</summary>
    public static BoundSuccessValue? NullCode(ReturnEntry entry, BindContext context)
    {
        if (entry.NullCode is not { } code)
            return null;
        if (entry.NullIsError is not { Value: true })
        {
            context.Error(ContractDiagnosticIds.NullMayBeErrorUnchecked,
                "`null_code` names the code a NULL result stands for, so it goes with `null_is_error: true`", code.Location);
            return null;
        }

        var codes = ErrorBinder.Codes([code], "null code", context);
        return codes.IsEmpty ? null : codes[0];
    }

    /// <summary>The parameter index of <c>error_parent</c>, which must be one of the parents of <paramref name="returns"/> (BF2124).</summary>
    public static int? ErrorParent(ReturnEntry? entry, BoundReturn returns, FunctionScope scope)
    {
        if (entry?.ErrorParent is not { } name || scope.Reference(name, "`error_parent`") is not { } index)
            return null;
        if (returns.Handle is not null && returns.ParentParameters.Contains(index))
            return index;
        var parents = returns.ParentParameters.IsEmpty ? "none" : string.Join(", ", returns.ParentParameters.Select(i => scope.Decl.Parameters[i].Name));
        scope.Context.Error(ContractDiagnosticIds.ErrorParentNotParent,
            $"`error_parent: {name.Value}` must name one of the parents the returned handle keeps alive (`parent:`; here: {parents})", name.Location);
        return null;
    }
}
