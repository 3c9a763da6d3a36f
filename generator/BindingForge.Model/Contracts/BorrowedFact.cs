using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// The caller must not free the value (<c>borrowed:</c>, or <c>out: borrowed</c>). With neither
/// <see cref="Until"/> nor <see cref="OfParameter"/> it is valid for as long as its handle lives.
/// </summary>
/// <param name="Until">Calls on the same handle after which the value is no longer valid.</param>
/// <param name="OfParameter">Index of the parameter the value points into (<c>of:</c>); it lives as long as that argument.</param>
public sealed record BorrowedFact(ImmutableArray<FunctionDecl> Until, int? OfParameter, SourceLocation Location);
