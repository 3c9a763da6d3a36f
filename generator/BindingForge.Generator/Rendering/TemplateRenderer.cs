using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Renders one template over one render model, with Scriban configured on purpose: unknown variables and members
/// are errors (StrictVariables, no relaxed member access), members are renamed explicitly to snake_case
/// (<c>NativeClass</c> is <c>native_class</c>), newlines are <c>"\n"</c> whatever the platform, and the loop limit
/// is raised so that headers with thousands of declarations render. <c>include</c> finds the other embedded
/// templates (<see cref="EmbeddedTemplateLoader"/>). The model's properties become the template's globals by code
/// the trimmer can see (<see cref="Globals{T}"/>), not Scriban's reflection-based <c>Import</c>, so the NativeAOT CLI
/// keeps them; the records they hold are read by Scriban's member accessors, which the CLI keeps by rooting this
/// assembly (<c>TrimmerRootAssembly</c> in BindingForge.Cli.csproj).
/// </summary>
internal static class TemplateRenderer
{
    /// <summary>Enough for sqlite3.h (~300 functions, ~460 constants) many times over, still a guard against runaway loops.</summary>
    private const int LoopLimit = 1_000_000;

    public static string Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(string templatePath, T model)
        where T : notnull
    {
        var template = EmbeddedTemplates.Get(templatePath);
        var globals = Globals(model);
        var context = new TemplateContext
        {
            TemplateLoader = EmbeddedTemplateLoader.Instance,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            LoopLimit = LoopLimit,
            // Scriban cuts any string it produces at 1 MiB by default, the whole output included; generated files of
            // big headers are larger, and a cut file would be silent data loss.
            LimitToString = 0,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new InvalidOperationException($"the template '{templatePath}' failed: {e.Message}", e);
        }
    }

    /// <summary>What Scriban's <c>Import(model)</c> did: each public instance property, under its snake_case name.</summary>
    private static ScriptObject Globals<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T model)
    {
        var globals = new ScriptObject();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanRead && property.GetIndexParameters().Length == 0)
                globals.SetValue(StandardMemberRenamer.Default(property), property.GetValue(model), readOnly: true);
        }
        return globals;
    }
}
