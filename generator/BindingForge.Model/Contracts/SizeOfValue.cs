namespace BindingForge.Model.Contracts;

/// <summary><c>{ sizeof: T }</c>: the size in bytes of a struct or union from the header.</summary>
public sealed record SizeOfValue(string TypeName, long Size, SourceLocation Location) : FixedValue(Location);
