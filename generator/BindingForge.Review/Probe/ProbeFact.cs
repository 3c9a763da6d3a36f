using BindingForge.Model;

namespace BindingForge.Review.Probe;

/// <summary>
/// One ownership fact of a contract, as the probe checks it.
/// </summary>
/// <param name="Function">The C function whose calls show the fact.</param>
/// <param name="Parameter">The out parameter that carries the value; -1 for the return value (and 0, the argument
/// released, for <see cref="ProbeFactKind.Release"/>).</param>
/// <param name="FreedBy">For an owned value, the function that frees it (its <c>free:</c> or its handle's <c>release</c>).</param>
/// <param name="Statement">The fact in words (<c>sqlite3_open_v2: *ppDb is owned, freed by sqlite3_close_v2</c>).</param>
/// <param name="Location">Where the contract states it.</param>
public sealed record ProbeFact(ProbeFactKind Kind, string Function, int Parameter, string? FreedBy, string Statement, SourceLocation Location)
{
    /// <summary>The entry key that identifies the fact in reports (<c>owned sqlite3_open_v2 ppDb</c>).</summary>
    public string Id { get; init; } = string.Empty;
}
