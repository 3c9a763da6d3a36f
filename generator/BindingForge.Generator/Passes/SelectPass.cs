using System.Collections.Immutable;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Passes;

/// <summary>
/// Applies the include/exclude globs to the header model. Functions, constants and globals are kept when their C name is
/// selected; types are kept when their name (or typedef name) is selected or when a kept declaration needs them,
/// so an excluded type that a bound function uses is still emitted. Anonymous enums are filtered member by member,
/// since their members are the names users know. Source order is preserved.
/// </summary>
internal static class SelectPass
{
    public static HeaderModel Run(HeaderModel model, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var filter = new SymbolFilter(options.Include, options.Exclude);
        var needed = new TypeDependencies(model);

        var functions = model.Functions.Where(f => filter.IsSelected(f.Name)).ToImmutableArray();
        foreach (var function in functions)
            needed.AddFunction(function);

        var constants = model.Constants.Where(c => filter.IsSelected(c.Name)).ToImmutableArray();
        var globals = model.Globals.Where(g => filter.IsSelected(g.Name)).ToImmutableArray();
        foreach (var global in globals)
            needed.Add(global.Type);

        foreach (var record in model.Records.Where(r => filter.IsSelected(r.Name, r.TypedefName)))
            needed.AddRecord(record);
        foreach (var typedef in model.Typedefs.Where(t => filter.IsSelected(t.Name)))
            needed.AddTypedef(typedef);

        var enums = SelectEnums(model, filter, needed);
        filter.ReportUnused(diagnostics);

        return new HeaderModel(
            functions,
            [.. model.Records.Where(r => needed.Records.Contains(r.Name))],
            enums,
            [.. model.Typedefs.Where(t => needed.Typedefs.Contains(t.Name))],
            constants)
        {
            Globals = globals,
            FunctionMacros = [.. model.FunctionMacros.Where(m => filter.IsSelected(m.Name))],
        };
    }

    private static ImmutableArray<EnumDecl> SelectEnums(HeaderModel model, SymbolFilter filter, TypeDependencies needed)
    {
        var result = ImmutableArray.CreateBuilder<EnumDecl>();
        foreach (var e in model.Enums)
        {
            if (needed.Enums.Contains(e.Name) || (filter.IsSelected(e.Name, e.TypedefName) && !IsUnnamed(e)))
            {
                result.Add(e);
                continue;
            }

            if (!IsUnnamed(e))
                continue;
            var members = e.Members.Where(m => filter.IsSelected(m.Name)).ToImmutableArray();
            if (!members.IsEmpty)
                result.Add(e with { Members = members });
        }

        return result.ToImmutable();
    }

    /// <summary>An enum with neither a tag nor a typedef name: its members are plain integer constants.</summary>
    internal static bool IsUnnamed(EnumDecl e) => e.IsAnonymous && e.TypedefName is null;
}
