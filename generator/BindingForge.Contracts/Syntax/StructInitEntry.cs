namespace BindingForge.Contracts.Syntax;

/// <summary>One init function of a caller-allocated struct, with its own cleanup when it names one.</summary>
public sealed record StructInitEntry(Located<string> Function, EntryMeta Meta)
{
    public Located<string>? Cleanup { get; init; }
}
