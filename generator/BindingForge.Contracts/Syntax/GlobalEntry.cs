namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>globals:</c>; <see cref="CName"/> is its key.</summary>
public sealed record GlobalEntry(Located<string> CName, EntryMeta Meta)
{
    public Located<Model.Contracts.StringEncoding>? String { get; init; }

    public Located<bool>? Nullable { get; init; }

    public Located<bool>? Settable { get; init; }
}
