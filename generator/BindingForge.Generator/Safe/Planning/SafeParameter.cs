namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// One parameter of a generated safe method, or one value the call hands back (<see cref="OutExpression"/> set):
/// such a value becomes the method's return value when it is the only one, and an <c>out</c> parameter otherwise.
/// </summary>
/// <param name="Type">The C# type, nullable annotation included (<c>string?</c>, <c>Statement</c>).</param>
/// <param name="Name">The C# parameter name.</param>
/// <param name="DocName">The C parameter whose header documentation describes it, if any.</param>
internal sealed record SafeParameter(string Type, string Name, string? DocName)
{
    /// <summary><c>ref</c>, <c>in</c> or <c>out</c> for by-reference parameters; empty otherwise.</summary>
    public string Modifier { get; init; } = "";

    /// <summary>For a handed-back value: the expression that reads it after the call.</summary>
    public string? OutExpression { get; init; }

    /// <summary>The C parameter it comes from, for ordering: the method keeps C order.</summary>
    public int Position { get; init; }

    /// <summary>True when the parameter may be omitted (<c>= null</c>) if it comes after every required one.</summary>
    public bool CanDefaultToNull { get; init; }

    /// <summary>True for a handed-back handle object (named after its class in a returned tuple).</summary>
    public bool IsHandle { get; init; }

    /// <summary>True for a value the call hands back rather than an argument the caller passes.</summary>
    public bool IsOutValue => OutExpression is not null;

    /// <summary>The declaration as written in a parameter list.</summary>
    public string Declaration(bool withDefault) =>
        $"{(Modifier.Length > 0 ? Modifier + " " : "")}{Type} {Name}{(withDefault ? " = null" : "")}";
}
