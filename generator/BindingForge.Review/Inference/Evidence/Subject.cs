namespace BindingForge.Review.Inference.Evidence;

/// <summary>What a claim is about.</summary>
internal enum SubjectKind
{
    /// <summary>A handle type (<see cref="Subject.Name"/> is its identity).</summary>
    Handle,

    /// <summary>A function's return value.</summary>
    Return,

    /// <summary>A function's parameter (<see cref="Subject.Parameter"/> names it).</summary>
    Param,
}

/// <summary>The thing a claim states a fact about: a handle type, a return, or a parameter.</summary>
internal sealed record Subject(SubjectKind Kind, string Name, string? Parameter = null)
{
    public static Subject Handle(string identity) => new(SubjectKind.Handle, identity);

    public static Subject Return(string function) => new(SubjectKind.Return, function);

    public static Subject Param(string function, string parameter) => new(SubjectKind.Param, function, parameter);

    public override string ToString() => Kind switch
    {
        SubjectKind.Handle => $"handle {Name}",
        SubjectKind.Return => $"return of {Name}",
        _ => $"parameter {Parameter} of {Name}",
    };
}
