namespace BindingForge.Contracts.Vocabulary;

/// <summary>How a change of one key affects code that uses the generated safe API (the diff's classes, most severe first).</summary>
public enum ChangeImpact
{
    /// <summary>Callers must change.</summary>
    Breaking,

    /// <summary>The same API behaves differently.</summary>
    Behaviour,

    /// <summary>New API.</summary>
    Additive,

    /// <summary>Provenance only: nothing in the API changes.</summary>
    Review,
}
