using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>What the resolver settled for one fact: the value, how sure it is, why, and what disagreed.</summary>
/// <param name="Sources">The evidence for the value, strongest first (at most three).</param>
/// <param name="Note">What contradicted the value, when something did.</param>
internal sealed record Decision(string Value, Confidence Confidence, ImmutableArray<string> Sources, string? Note);
