using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Ownership;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>The return value being planned: its shape and its thin C# type.</summary>
internal sealed record ReturnSite(FunctionSite Function, ReturnShape Shape, MappedType Thin)
{
    public SafeContext Context => Function.Context;

    /// <summary>The ownership fact of a returned handle, text or buffer, for the <see cref="OwnershipTable"/>.</summary>
    public static OwnershipFact Ownership(OwnedFact? owned, BorrowedFact? borrowed) =>
        owned is not null ? OwnershipFact.Owned : borrowed is not null ? OwnershipFact.Borrowed : OwnershipFact.None;
}
