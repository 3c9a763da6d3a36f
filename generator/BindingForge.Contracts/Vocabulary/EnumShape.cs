namespace BindingForge.Contracts.Vocabulary;

/// <summary>One of a fixed set of spellings.</summary>
public sealed record EnumShape(IReadOnlyList<string> Spellings) : ValueShape;
