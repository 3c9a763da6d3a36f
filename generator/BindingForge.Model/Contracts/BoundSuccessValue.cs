namespace BindingForge.Model.Contracts;

/// <summary>One success code of an error domain, with the macro or enumerator it was named by.</summary>
public sealed record BoundSuccessValue(Int128 Value, string? Symbol, SourceLocation Location);
