using BindingForge.Model;

namespace BindingForge.Review.Coverage;

/// <summary>
/// A contract entry that no longer matches its header. <see cref="Id"/> says which kind (BF2210 function, BF2211
/// parameter, BF2212 type, BF2213 reference to a function).
/// </summary>
public sealed record DriftFinding(string Id, string Message, SourceLocation Location);
