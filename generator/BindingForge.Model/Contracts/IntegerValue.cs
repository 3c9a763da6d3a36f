namespace BindingForge.Model.Contracts;

/// <summary>An integer, or a pointer given as an integer. <see cref="Symbol"/> is the macro or enumerator named, if any.</summary>
public sealed record IntegerValue(Int128 Value, string? Symbol, SourceLocation Location) : FixedValue(Location);
