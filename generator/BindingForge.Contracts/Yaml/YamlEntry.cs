namespace BindingForge.Contracts.Yaml;

/// <summary>A mapping entry: a scalar key and its value.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
