using System.Collections.Immutable;

namespace BindingForge.Generator;

/// <summary>
/// How many declarations of each kind were bound, which were skipped and why, and which were bound in a form the
/// caller must know about (<see cref="Notes"/>).
/// </summary>
public sealed record GenerationSummary(
    int Functions,
    int Structs,
    int Unions,
    int Enums,
    int Constants,
    int Typedefs,
    ImmutableArray<SkippedItem> Skipped,
    ImmutableArray<NotedItem> Notes)
{
    /// <summary>The exported variables bound as properties of the Native class.</summary>
    public int Globals { get; init; }

    /// <summary>Nothing bound, nothing skipped.</summary>
    public static GenerationSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, [], []);

    /// <summary>The counts as (kind, count) rows in a fixed order, for tables.</summary>
    public IEnumerable<(string Kind, int Count)> Counts()
    {
        yield return ("functions", Functions);
        yield return ("globals", Globals);
        yield return ("structs", Structs);
        yield return ("unions", Unions);
        yield return ("enums", Enums);
        yield return ("constants", Constants);
        yield return ("typedefs", Typedefs);
    }
}
