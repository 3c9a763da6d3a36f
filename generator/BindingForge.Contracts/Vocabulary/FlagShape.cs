namespace BindingForge.Contracts.Vocabulary;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record FlagShape : ValueShape;
