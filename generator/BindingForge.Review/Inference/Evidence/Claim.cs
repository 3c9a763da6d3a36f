namespace BindingForge.Review.Inference.Evidence;

/// <summary>
/// One piece of evidence: a rule says <see cref="Fact"/> of <see cref="Subject"/> is <see cref="Value"/>, with a
/// strength (<see cref="Evidence.Strength"/>) and the words a reviewer reads as the fact's <c>source</c>.
/// </summary>
/// <param name="Fact">Which fact (<see cref="Facts"/>).</param>
/// <param name="Value">The claimed value, as the contract spells it (<c>owned</c>, <c>sqlite3_free</c>, <c>utf8</c>).</param>
/// <param name="Rule">The rule that made the claim.</param>
internal sealed record Claim(Subject Subject, string Fact, string Value, int Strength, string Rule, string Source);
