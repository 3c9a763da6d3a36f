using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Renders one template over one render model, with Scriban configured on purpose: unknown variables and members
/// are errors (StrictVariables, no relaxed member access), members are renamed explicitly to snake_case
/// (<c>NativeClass</c> is <c>native_class</c>), newlines are <c>"\n"</c> whatever the platform, and the loop limit
/// is raised so that headers with thousands of declarations render. <c>include</c> finds the other embedded
/// templates (<see cref="EmbeddedTemplateLoader"/>).
/// </summary>
internal static class TemplateRenderer
{
    /// <summary>Enough for sqlite3.h (~300 functions, ~460 constants) many times over, still a guard against runaway loops.</summary>
    private const int LoopLimit = 1_000_000;

    public static string Render(string templatePath, object model)
    {
        var template = EmbeddedTemplates.Get(templatePath);
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
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
}
