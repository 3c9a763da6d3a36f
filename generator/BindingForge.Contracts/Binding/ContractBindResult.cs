using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// What <see cref="ContractBinder.Bind"/> produced. <see cref="Contract"/> is always set; entries with errors are
/// left out of it, so a caller must not generate code while <see cref="HasErrors"/> is true.
/// </summary>
public sealed record ContractBindResult(BoundContract Contract, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
