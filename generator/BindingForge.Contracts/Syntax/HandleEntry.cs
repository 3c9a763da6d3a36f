using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>handles:</c>; <see cref="CType"/> is its key.</summary>
public sealed record HandleEntry(Located<string> CType, EntryMeta Meta)
{
    public Located<string>? Class { get; init; }

    public Located<string>? Release { get; init; }

    public Located<string>? Retain { get; init; }

    public Located<string>? Parent { get; init; }

    /// <summary><c>base:</c>, the handle's base type in the library's object system.</summary>
    public Located<string>? Base { get; init; }

    /// <summary><c>sink:</c>, the function that turns a floating reference into a full one.</summary>
    public Located<string>? Sink { get; init; }

    public Located<HandleThreading>? Threading { get; init; }

    public Located<ReleaseThread>? ReleaseOn { get; init; }

    /// <summary><c>pool:</c>, the handle is a pool whose objects end when it is cleared or released.</summary>
    public Located<bool>? Pool { get; init; }
}
