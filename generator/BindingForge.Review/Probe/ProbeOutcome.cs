namespace BindingForge.Review.Probe;

/// <summary>What the experiment said about a fact.</summary>
public enum ProbeOutcome
{
    /// <summary>Every observed call agreed with the fact.</summary>
    Confirmed,

    /// <summary>At least one observed call contradicted it.</summary>
    Refuted,

    /// <summary>No call showed anything about it (not called, only NULL values, or nothing conclusive).</summary>
    NotExercised,
}
