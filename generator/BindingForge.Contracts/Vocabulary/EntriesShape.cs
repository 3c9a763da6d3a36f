namespace BindingForge.Contracts.Vocabulary;

/// <summary>A mapping of names (C symbols) to entries whose keys are the rows of <see cref="Entry"/>: <c>params:</c>, <c>handles:</c>.</summary>
public sealed record EntriesShape(KeyTable Entry) : ValueShape;
