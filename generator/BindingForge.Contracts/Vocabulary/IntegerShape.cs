namespace BindingForge.Contracts.Vocabulary;

/// <summary>An integer (decimal, <c>0x</c> hex or <c>0o</c> octal), at least <see cref="Minimum"/> when given.</summary>
public sealed record IntegerShape(long? Minimum = null) : ValueShape;
