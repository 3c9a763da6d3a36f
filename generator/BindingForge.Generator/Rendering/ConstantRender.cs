namespace BindingForge.Generator.Rendering;

/// <summary>
/// One macro constant: a <c>public const</c> field, or, for values C# cannot make const (UTF-8 strings, pointers),
/// a static expression-bodied property.
/// </summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="IsProperty">True for <c>public static T Name => value;</c>, false for <c>public const T Name = value;</c>.</param>
/// <param name="Type">The C# type.</param>
/// <param name="Name">The C# name.</param>
/// <param name="Value">The C# expression.</param>
internal sealed record ConstantRender(IReadOnlyList<string> DocLines, bool IsProperty, string Type, string Name, string Value)
{
    /// <summary>The C name of the macro or enumerator (the API record keys constants by it).</summary>
    public string CName { get; init; } = string.Empty;
}
