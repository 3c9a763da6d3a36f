using System.Collections.Concurrent;
using Scriban;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// The Scriban templates compiled into this assembly from <c>generator/templates/</c>, parsed once per process.
/// A template that does not parse is an internal error (BF0000): templates ship with the tool, users cannot edit them.
/// </summary>
internal static class EmbeddedTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    /// <summary>The parsed template <c>templates/{path}</c>, e.g. <c>thin/Native.sbn-cs</c>.</summary>
    public static Template Get(string path) => Cache.GetOrAdd(path, Load);

    private static Template Load(string path)
    {
        var resource = "templates/" + path;
        using var stream = typeof(EmbeddedTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the template '{resource}' is not embedded in the generator");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var template = Template.Parse(text, resource);
        if (template.HasErrors)
            throw new InvalidOperationException($"the template '{resource}' does not parse: {string.Join("; ", template.Messages)}");
        return template;
    }
}
