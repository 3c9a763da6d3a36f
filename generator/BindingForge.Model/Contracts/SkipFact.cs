namespace BindingForge.Model.Contracts;

/// <summary><c>skip:</c> the entry is not bound in the safe style (the thin style still binds it).</summary>
/// <param name="Reason">The reason the contract gave, or null for a bare <c>skip: true</c>.</param>
public sealed record SkipFact(string? Reason);
