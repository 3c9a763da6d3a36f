using BindingForge.Generator.Session;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe;

/// <summary>
/// Binds the run's contract (<see cref="GeneratorOptions.ContractPath"/>, loaded by the session) against the parsed
/// headers, so that both styles can use its facts. Its diagnostics join the run's; an error stops the run before
/// anything is rendered. The safe style without a contract is BF3500.
/// </summary>
internal static class ContractPass
{
    /// <summary>The session of a run: its contract loaded, or none when the options name no contract.</summary>
    public static BindingSession Load(GeneratorOptions options) =>
        options.ContractPath is { } path ? BindingSession.Load(path) : BindingSession.WithoutContract;

    /// <summary>The bound contract, or null when there is none (or it has errors, which are then in the bag).</summary>
    public static BoundContract? Run(BindingSession session, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        if (options.ContractPath is null)
        {
            if (options.Style != BindingStyle.Thin)
                diagnostics.Error(SafeDiagnosticIds.NeedsContract, "the safe style needs a contract: generate from a contract file (`bindingforge generate CONTRACT --style safe`)");
            return null;
        }

        diagnostics.AddRange(session.LoadDiagnostics);
        if (session.LoadFailed)
            return null;
        var bound = session.Bind();
        diagnostics.AddRange(bound.BindDiagnostics);
        return bound.BindFailed ? null : bound.Contract;
    }
}
