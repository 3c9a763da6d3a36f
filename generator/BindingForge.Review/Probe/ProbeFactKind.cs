namespace BindingForge.Review.Probe;

/// <summary>The ownership facts the probe can check by experiment.</summary>
public enum ProbeFactKind
{
    /// <summary>A return or out value the caller owns: it must be a heap block the call allocated.</summary>
    Owned,

    /// <summary>A return or out value the caller must not free: static data, or memory the library frees itself.</summary>
    Borrowed,

    /// <summary>A function that releases what its first argument holds (a handle's <c>release</c>, a struct's cleanup).</summary>
    Release,
}
