namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// What a marshaller may read of the parameters planned before it (handles come first, see
/// <see cref="MethodPlanner"/>): the handles, for owners and parents; the arguments, for hidden ones a callback
/// filled; the returned buffer's length a parameter carries out.
/// </summary>
internal interface IPlanSoFar
{
    IReadOnlyList<string?> Arguments { get; }

    IReadOnlyList<HandleArgument> Handles { get; }

    string? ReturnLength { get; }

    bool CapturesErrno { get; }
}
