using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Review.Coverage;

/// <summary>
/// A contract bound with an empty entry added for every function its selection binds but it does not mention, so
/// every selected function has a <see cref="BoundFunction"/> and the binder's own rules say which of its parameters
/// are handles or structs. Coverage and diff both look at the whole selection this way.
/// </summary>
internal sealed record ExpandedBinding(BoundContract Contract, ImmutableArray<FunctionDecl> Selected, ImmutableHashSet<string> Listed)
{
    /// <summary>The binder's errors: the entries they are on are left out of <see cref="Contract"/>.</summary>
    public ImmutableArray<Model.Diagnostics.Diagnostic> Errors { get; init; } = [];

    public static ExpandedBinding Bind(ContractDocument document, HeaderModel header)
    {
        var selection = SymbolSelection.Of(LibraryOptions.FromDocument(document));
        var listed = document.Functions.Select(f => f.CName.Value).ToImmutableHashSet(StringComparer.Ordinal);
        var selected = header.Functions.Where(f => !f.IsVariadic && selection.Includes(f.Name)).ToImmutableArray();
        var expanded = document with
        {
            // One entry per C name: the overloads of an overloadable function share theirs.
            Functions = [.. document.Functions, .. selected.Where(f => !listed.Contains(f.Name)).DistinctBy(f => f.Name, StringComparer.Ordinal).Select(Empty)],
        };
        var bound = BindingSession.Of(expanded).WithHeader(header).Bind();
        return new ExpandedBinding(bound.Contract!, selected, listed) { Errors = [.. bound.BindDiagnostics.Where(d => d.IsError)] };
    }

    private static FunctionEntry Empty(FunctionDecl function) =>
        new(new Located<string>(function.Name, SourceLocation.None), EntryMeta.Empty);
}
