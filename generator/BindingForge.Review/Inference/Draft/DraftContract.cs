using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Draft;

/// <summary>A drafted contract: the library section it was asked for, the handles and the functions it infers.</summary>
internal sealed record DraftContract(InferenceRequest Request, ImmutableArray<DraftEntry> Handles, ImmutableArray<DraftFunction> Functions)
{
    /// <summary>Pointer-bearing functions inference had nothing to say about, for the draft's header comment.</summary>
    public int Uncovered { get; init; }

    /// <summary>The header's function-like macros: listed as commented drafts (their C types are for a reviewer to give).</summary>
    public ImmutableArray<Model.Header.FunctionMacro> FunctionMacros { get; init; } = [];

    /// <summary>The draft without one fact (or a whole entry when the path names no fact), for the verifier.</summary>
    public DraftContract Without(FactPath path)
    {
        if (path.Section == FactPath.HandlesSection)
        {
            var handles = Handles.Select(h => h.Key != path.Entry ? h : path.Fact is null ? null : h.Without(path.Fact)).OfType<DraftEntry>();
            return this with { Handles = [.. handles.Where(h => !h.Facts.IsEmpty)] };
        }

        var functions = Functions.Select(f => f.Name != path.Entry ? f : WithoutIn(f, path)).Where(f => !f.IsEmpty);
        return this with { Functions = [.. functions] };
    }

    private static DraftFunction WithoutIn(DraftFunction function, FactPath path)
    {
        if (path.Sub is null && path.Fact is { } own && function.Facts.Any(f => f.Key == own))
            return function with { Facts = [.. function.Facts.Where(f => f.Key != own)] };
        if (path.Sub is null)
            return function with { Returns = null, Params = [], Questions = [], Facts = [] };
        DraftEntry? Trim(DraftEntry entry) => path.Fact is null ? null : entry.Without(path.Fact) is { Facts.IsEmpty: false } kept ? kept : null;
        if (path.Sub == FactPath.ReturnsKey)
            return function with { Returns = function.Returns is { } r ? Trim(r) : null };
        var parameters = function.Params.Select(p => p.Key == path.Sub ? Trim(p) : p).OfType<DraftEntry>();
        return function with { Params = [.. parameters] };
    }
}
