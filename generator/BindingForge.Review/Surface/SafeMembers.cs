namespace BindingForge.Review.Surface;

/// <summary>
/// The safe layer's names for C declarations, so a surface change names the safe member it moves beside the thin one:
/// the method a function is bound as, the class a record is wrapped in (a <c>structs:</c> entry) or a handle type
/// becomes. Null where the safe layer has nothing for it.
/// </summary>
/// <param name="Function">The safe method of a C function (<c>Database.Open</c>).</param>
/// <param name="Type">The safe class of a C type, by its model name or typedef name (<c>Accumulator</c>).</param>
public sealed record SafeMembers(Func<string, string?> Function, Func<string, string?> Type)
{
    /// <summary>No safe layer: thin members only.</summary>
    public static SafeMembers None { get; } = new(_ => null, _ => null);

    /// <summary><c>thin</c>, or <c>thin, safe</c>: how a change lists the members it moves.</summary>
    public static string Join(string thin, string? safe) => safe is null || safe == thin ? thin : $"{thin}, {safe}";
}
