namespace BindingForge.Review.Surface;

/// <summary>
/// How a change of the bound C surface affects code built on the bindings, most severe first (the classes of
/// abidiff and cargo-semver-checks; docs/reviewing-contracts.md says how each kind of change is classed).
/// </summary>
public enum SurfaceClass
{
    /// <summary>Code compiled against the old bindings still compiles but misbehaves: a layout, a value or a C type changed
    /// (C# compiles enum values and constants into the caller; a struct's size is baked into every array of it).</summary>
    BinaryBreaking,

    /// <summary>A name callers use is gone or changed (a removed or renamed function, type, field, enumerator, constant or
    /// parameter): their code stops compiling, and built code fails to find it.</summary>
    SourceBreaking,

    /// <summary>New API: a function, type, field, enumerator or constant that was not there.</summary>
    Additive,
}
