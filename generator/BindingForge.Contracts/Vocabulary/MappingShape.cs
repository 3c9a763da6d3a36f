namespace BindingForge.Contracts.Vocabulary;

/// <summary>A mapping whose keys are the rows of <see cref="Table"/>: <c>callback: { scope: call }</c>.</summary>
public sealed record MappingShape(KeyTable Table) : ValueShape;
