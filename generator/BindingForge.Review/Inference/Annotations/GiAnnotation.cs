using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// One GObject-Introspection annotation as a comment spells it: <c>(transfer full)</c> is <c>transfer</c> with the
/// argument <c>full</c>; <c>(array length=n zero-terminated=1)</c> is <c>array</c> with the options
/// <c>length=n</c> and <c>zero-terminated=1</c>; <c>(nullable)</c> has neither.
/// </summary>
/// <param name="Name">The annotation's name, lower case (<c>transfer</c>, <c>out</c>, <c>element-type</c>).</param>
/// <param name="Arguments">Its plain arguments, in order (<c>full</c>; <c>caller-allocates</c>).</param>
/// <param name="Options">Its <c>key=value</c> arguments.</param>
internal sealed record GiAnnotation(string Name, ImmutableArray<string> Arguments, ImmutableDictionary<string, string> Options)
{
    /// <summary>The first plain argument, or null.</summary>
    public string? Argument => Arguments.IsEmpty ? null : Arguments[0];

    /// <summary>As the comment spelled it, normalised: <c>(array length=n)</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string> { Name };
        parts.AddRange(Arguments);
        parts.AddRange(Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}"));
        return "(" + string.Join(' ', parts) + ")";
    }
}
