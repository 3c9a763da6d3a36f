namespace BindingForge.Model.Header;

/// <summary>
/// A declaration's comment as the header wrote it, with comment markers stripped, and its parsed parts
/// when the comment used Doxygen commands. <see cref="Summary"/> is always usable as plain prose.
/// </summary>
public sealed record Documentation(string Text)
{
    /// <summary>The prose before any <c>\param</c>/<c>@return</c> command; the whole text for a plain block.</summary>
    public string Summary { get; init; } = Text;

    /// <summary>Doxygen <c>\param</c> entries by parameter name, with their direction when given.</summary>
    public IReadOnlyDictionary<string, ParamDoc> Params { get; init; } = new Dictionary<string, ParamDoc>();

    /// <summary>Doxygen <c>\return</c>/<c>@returns</c> text.</summary>
    public string? Returns { get; init; }
}

/// <summary>Direction from <c>\param[in]</c>, <c>[out]</c> or <c>[in,out]</c>.</summary>
public enum ParamDirection
{
    Unspecified,
    In,
    Out,
    InOut,
}

public sealed record ParamDoc(string Text, ParamDirection Direction);
