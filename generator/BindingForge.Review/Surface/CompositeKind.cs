namespace BindingForge.Review.Surface;

/// <summary>
/// What differs between records and enums for <see cref="CompositeSurfaceDiffer"/>: their item kind, the words for
/// them and their members, and how a changed header line or member line is described.
/// </summary>
/// <param name="Header">Describes a changed header line (C sides), as a binary-breaking change.</param>
/// <param name="Member">Describes a changed member line (C sides), as a binary-breaking change.</param>
internal sealed record CompositeKind(string Kind, string Noun, string MemberNoun, Func<string, string, string> Header, Func<string, string, string> Member)
{
    public static CompositeKind Records { get; } = new(ApiKinds.Record, "record", "field",
        (a, b) => $"layout changes: {a} → {b} (arrays, embedding structs and stack copies of it in built code use the old size)",
        (a, b) => $"moves or changes type: {a} → {b} (built code reads and writes the old bytes)");

    public static CompositeKind Enums { get; } = new(ApiKinds.Enum, "enum", "enumerator",
        (a, b) => $"underlying type changes: {a} → {b}",
        (a, b) => $"is renumbered: {ApiBody.Value(a)} → {ApiBody.Value(b)} (C# compiles enum values into callers: code built before passes the old value)");
}
