namespace BindingForge.Review.Probe;

/// <summary>A fact with its outcome and the evidence for it, in words a reviewer can check.</summary>
public sealed record ProbeVerdict(ProbeFact Fact, ProbeOutcome Outcome, string Evidence, int Calls);
