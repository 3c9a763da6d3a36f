using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe;

/// <summary>
/// Loads and binds the run's contract (<see cref="GeneratorOptions.ContractPath"/>) against the parsed headers, so
/// that both styles can use its facts. Its diagnostics join the run's; an error stops the run before anything is
/// rendered. The safe style without a contract is BF3500.
/// </summary>
internal static class ContractPass
{
    /// <summary>The bound contract, or null when there is none (or it has errors, which are then in the bag).</summary>
    public static BoundContract? Run(HeaderModel model, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        if (options.ContractPath is not { } path)
        {
            if (options.Style != BindingStyle.Thin)
                diagnostics.Error(SafeDiagnosticIds.NeedsContract, "the safe style needs a contract: generate from a contract file (`bindingforge generate CONTRACT --style safe`)");
            return null;
        }

        var load = ContractLoader.Load(path);
        diagnostics.AddRange(load.Diagnostics);
        if (load.Document is null || load.HasErrors)
            return null;
        var bound = ContractBinder.Bind(load.Document, model);
        diagnostics.AddRange(bound.Diagnostics);
        return bound.HasErrors ? null : bound.Contract;
    }
}
