using BindingForge.Model;

namespace BindingForge.Review.Coverage;

/// <summary>A contract entry still marked <c>status: inferred</c>: <see cref="What"/> says which, <see cref="Location"/> is its <c>status</c> value.</summary>
public sealed record InferredFact(string What, SourceLocation Location);
