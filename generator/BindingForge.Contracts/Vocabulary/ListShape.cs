namespace BindingForge.Contracts.Vocabulary;

/// <summary>A sequence of items of one shape.</summary>
public sealed record ListShape(ValueShape Item) : ValueShape;
