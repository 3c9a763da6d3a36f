using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under a struct's <c>fields:</c>; <see cref="FieldName"/> is its key.</summary>
public sealed record FieldEntry(Located<string> FieldName, EntryMeta Meta)
{
    public Located<ArrayDirection>? Array { get; init; }

    public LengthSyntax? Length { get; init; }

    public Located<string>? Element { get; init; }

    public Located<StringEncoding>? String { get; init; }

    public Located<bool>? Nullable { get; init; }
}
