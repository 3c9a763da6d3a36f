using System.Collections.Immutable;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>structs:</c> (extension): a struct the caller allocates and the library initialises.</summary>
public sealed record StructEntry(Located<string> CType, EntryMeta Meta)
{
    public Located<string>? Class { get; init; }

    /// <summary><c>init:</c>, a list of function names or a mapping of them to their own cleanup.</summary>
    public ImmutableArray<StructInitEntry>? Init { get; init; }

    /// <summary><c>cleanup:</c>, for init functions that do not name their own.</summary>
    public Located<string>? Cleanup { get; init; }

    public ImmutableArray<FieldEntry> Fields { get; init; } = [];

    public Located<HandleThreading>? Threading { get; init; }

    public Located<ReleaseThread>? ReleaseOn { get; init; }
}
