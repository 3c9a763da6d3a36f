using System.Collections.Immutable;
using BindingForge.Review.Inference.Gir;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// The GObject-Introspection statements an inference run has: annotation comments of the headers and of the
/// library's sources, and the functions of its .gir (absent with <c>--no-gir</c> or when none was found), by C symbol.
/// </summary>
internal sealed class IntrospectionFacts
{
    public static IntrospectionFacts None { get; } = new([], null);

    public IntrospectionFacts(IEnumerable<GiFunction> comments, GirFile? gir)
    {
        foreach (var function in comments)
            Comments[function.Symbol] = Comments.TryGetValue(function.Symbol, out var known) ? Merge(known, function) : function;
        Gir = gir;
        foreach (var function in gir?.Functions ?? [])
            GirFunctions.TryAdd(function.Symbol, function);
    }

    /// <summary>Functions documented with annotations, by symbol (a header's and a source's comment merged, the first one's statements first).</summary>
    public Dictionary<string, GiFunction> Comments { get; } = new(StringComparer.Ordinal);

    /// <summary>The .gir read, or null.</summary>
    public GirFile? Gir { get; }

    /// <summary>The .gir's functions, by <c>c:identifier</c>.</summary>
    public Dictionary<string, GiFunction> GirFunctions { get; } = new(StringComparer.Ordinal);

    /// <summary>A header comment and a source comment of one function: the targets the first states win.</summary>
    private static GiFunction Merge(GiFunction first, GiFunction second) => first with
    {
        Targets = [.. first.Targets, .. second.Targets.Where(t => !first.Targets.Any(f => f.Parameter == t.Parameter))],
        Skipped = first.Skipped || second.Skipped,
    };
}
