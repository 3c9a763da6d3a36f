using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A group of C constants (macros or enumerators) the safe layer shows as one C# enum (<c>enums:</c>): its members
/// in header order, each with its C name, value and, when the contract renames it, its C# name.
/// </summary>
/// <param name="Name">The C# enum's name.</param>
/// <param name="Flags">The members are bits: a <c>[Flags]</c> enum.</param>
public sealed record BoundEnum(string Name, bool Flags, ImmutableArray<BoundEnumMember> Members, Provenance Provenance);

/// <summary>One member of a <see cref="BoundEnum"/>.</summary>
/// <param name="CName">The macro or enumerator.</param>
/// <param name="Name">The C# name the contract gives it, or null for the default.</param>
public sealed record BoundEnumMember(string CName, Int128 Value, string? Name);
