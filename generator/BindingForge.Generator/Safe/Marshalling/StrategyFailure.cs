namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>Why a strategy cannot bind a parameter or return: the function then stays thin-only.</summary>
/// <param name="Id">BF3501 (nothing covers it) or BF3502 (an ownership combination the table does not know).</param>
internal sealed record StrategyFailure(string Id, string Reason)
{
    public static StrategyFailure Uncovered(string reason) => new(SafeDiagnosticIds.Uncovered, reason);

    public static StrategyFailure Ownership(string reason) => new(SafeDiagnosticIds.OwnershipNotSupported, reason);
}
