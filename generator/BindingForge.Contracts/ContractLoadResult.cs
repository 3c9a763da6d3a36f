using BindingForge.Contracts.Syntax;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts;

/// <summary>
/// What <see cref="ContractLoader"/> read: the document (null when the file is not a YAML mapping at all) and every
/// diagnostic. A document can come back together with errors: entries that were wrong are left out of it.
/// </summary>
public sealed record ContractLoadResult(ContractDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
