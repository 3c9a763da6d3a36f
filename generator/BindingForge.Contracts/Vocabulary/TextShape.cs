namespace BindingForge.Contracts.Vocabulary;

/// <summary>Free text: a note, a path, a C type spelling.</summary>
public sealed record TextShape : ValueShape;
