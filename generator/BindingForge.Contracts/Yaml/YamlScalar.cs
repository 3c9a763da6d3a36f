using BindingForge.Model;

namespace BindingForge.Contracts.Yaml;

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars, which are never numbers, bools or null.</summary>
internal sealed record YamlScalar(string Text, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>An empty value, <c>~</c> or <c>null</c> written plain.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "null" : "a scalar";
}
