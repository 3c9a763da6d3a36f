using System.Collections.Immutable;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>enums:</c>; <see cref="Name"/>, its key, is the C# enum's name.</summary>
public sealed record EnumEntry(Located<string> Name, EntryMeta Meta)
{
    /// <summary>Constant names, globs over them, or C enum type names.</summary>
    public ImmutableArray<Located<string>>? Values { get; init; }

    public ImmutableArray<Located<string>>? Exclude { get; init; }

    public Located<bool>? Flags { get; init; }

    /// <summary><c>members:</c> renames: the C name and the C# name given.</summary>
    public ImmutableArray<EnumMemberEntry> Members { get; init; } = [];
}

/// <summary>One entry under an enum's <c>members:</c>: the C constant and the C# name it gets.</summary>
public sealed record EnumMemberEntry(Located<string> CName, Located<string> Name);
