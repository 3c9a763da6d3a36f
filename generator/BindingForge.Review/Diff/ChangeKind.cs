namespace BindingForge.Review.Diff;

/// <summary>How a contract change affects code that uses the generated safe API, most severe first.</summary>
public enum ChangeKind
{
    /// <summary>A version of the contract does not check: its errors, and the entries left out of the comparison because of them. Always fails <c>--fail-on</c>.</summary>
    Error,

    /// <summary>Callers must change: a method removed or renamed, a return no longer owned, a parameter no longer nullable.</summary>
    Breaking,

    /// <summary>The same API behaves differently: error mapping, threading enforcement, which function releases a handle.</summary>
    Behaviour,

    /// <summary>New API: a function now covered, a new handle class, a parameter that now accepts null.</summary>
    Additive,

    /// <summary>Provenance only (<c>status</c>, <c>source</c>, <c>note</c>), or facts of functions the safe layer does not bind either way.</summary>
    Review,
}
