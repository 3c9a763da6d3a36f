using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary>The <c>library:</c> section as written.</summary>
public sealed record LibrarySection(SourceLocation Location)
{
    public Located<string>? Name { get; init; }

    public ImmutableArray<Located<string>>? Headers { get; init; }

    public ImmutableArray<Located<string>>? IncludeDirs { get; init; }

    public ImmutableArray<Located<string>>? Defines { get; init; }

    /// <summary>Extra clang arguments (<c>clang_args:</c>), language and target options only.</summary>
    public ImmutableArray<Located<string>>? ClangArgs { get; init; }

    public Located<string>? Namespace { get; init; }

    public Located<string>? Class { get; init; }

    public SelectSection? Select { get; init; }
}
