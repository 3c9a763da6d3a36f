using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Checking;

/// <summary>
/// The outcome of <see cref="ContractChecker.Check(string)"/>: what could be read and bound, and every diagnostic of
/// loading, header parsing and binding, in that order.
/// </summary>
public sealed record ContractCheckResult(
    ContractDocument? Document,
    LibraryOptions? Options,
    BoundContract? Contract,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The exit code <c>bindingforge check</c> uses: 1 when there are errors, else 0.</summary>
    public int ExitCode => HasErrors ? 1 : 0;
}
