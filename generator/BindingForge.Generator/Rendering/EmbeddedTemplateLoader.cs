using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Resolves <c>include "safe/Members.sbn-cs"</c> to the embedded template of that path. The parsed template is
/// handed to the render's cache as the path is resolved, so an included template is parsed once per process, like
/// the templates that include it.
/// </summary>
internal sealed class EmbeddedTemplateLoader : ITemplateLoader
{
    public static EmbeddedTemplateLoader Instance { get; } = new();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        context.CachedTemplates.TryAdd(templateName, EmbeddedTemplates.Get(templateName));
        return templateName;
    }

    /// <summary>Not reached: <see cref="GetPath"/> has already cached the parsed template.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"the template '{templatePath}' was not cached by its loader");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
