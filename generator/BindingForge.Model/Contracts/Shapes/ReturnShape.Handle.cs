using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>
    /// A returned handle pointer: a handle object that frees it when <paramref name="Owned"/> (keeping the
    /// <paramref name="Parents"/> parameters alive), or never frees it when <paramref name="Borrowed"/>; with neither the
    /// function stays thin-only. A NULL result throws unless <paramref name="Nullable"/> and not
    /// <paramref name="NullIsError"/>.
    /// </summary>
    public sealed record Handle(string Key, bool Nullable, bool NullIsError, OwnedFact? Owned, BorrowedFact? Borrowed, ImmutableArray<int> Parents) : ReturnShape
    {
        /// <summary>With <see cref="Owned"/>: the pool parameter the handle was created in (a subpool), which ends it too.</summary>
        public int? Pool { get; init; }

        /// <summary>With <see cref="Owned"/>: the handle parameter this one duplicates, whose registrations it shares.</summary>
        public int? DuplicateOf { get; init; }
    }
}
