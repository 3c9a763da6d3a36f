using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry under <c>globals:</c>: a variable the library exports, as the safe layer shows it.</summary>
public static class GlobalKeys
{
    public static readonly EnumKeyRow<StringEncoding> String = ReturnKeys.String with
    {
        Doc = "the variable is text (`const char x[]`, or a `char *` that points to text): a `string` property, copied at each read",
    };

    public static readonly KeyRow Nullable = new("nullable", ValueShape.Flag, "a `char *` that may be NULL: the property is `string?`")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "nullable", "not nullable", "the property's type changes"),
    };

    public static readonly KeyRow Settable = new("settable", ValueShape.Flag,
        "the safe property has a setter that writes the variable (a scalar or struct C does not declare `const`); otherwise it is read-only")
    {
        Default = "false",
        Diff = new(ChangeImpact.Breaking, "settable", "read-only", "the property's setter comes or goes"),
    };

    public static readonly KeyRow Name = MetaKeys.Name with
    {
        Doc = "C# property name on the library's static class (default: the C name without the library's prefix, PascalCased)",
        Diff = new(ChangeImpact.Breaking, "named `{value}`", "default name", "callers name the property"),
    };

    public static readonly KeyRow Skip = MetaKeys.Skip with { Diff = new(ChangeImpact.Breaking, "skipped", "in the safe API", "the property comes or goes") };

    public static readonly KeyTable Table = new("a global entry", String, Nullable, Settable, MetaKeys.Status, MetaKeys.Source, MetaKeys.Note, Skip, Name);
}
