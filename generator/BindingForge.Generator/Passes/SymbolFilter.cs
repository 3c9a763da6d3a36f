using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Passes;

/// <summary>
/// The include/exclude decision for one run: a name is selected when it matches an include glob (or there are none)
/// and no exclude glob. Remembers which globs ever matched so that dead globs can be reported.
/// </summary>
internal sealed class SymbolFilter
{
    private readonly ImmutableArray<SymbolGlob> _include;
    private readonly ImmutableArray<SymbolGlob> _exclude;
    private readonly HashSet<SymbolGlob> _used = [];

    public SymbolFilter(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        _include = [.. include.Select(p => new SymbolGlob(p))];
        _exclude = [.. exclude.Select(p => new SymbolGlob(p))];
    }

    /// <summary>True when <paramref name="name"/> is bound by the globs.</summary>
    public bool IsSelected(string name)
    {
        var included = _include.IsEmpty || Matches(_include, name);
        var excluded = Matches(_exclude, name);
        return included && !excluded;
    }

    /// <summary>True when any of the names is selected (a record's tag or its typedef name).</summary>
    public bool IsSelected(string name, string? alias) => IsSelected(name) || (alias is not null && IsSelected(alias));

    /// <summary>Warns about globs that matched no symbol at all: usually a typo.</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var glob in _include.Concat(_exclude).Where(g => !_used.Contains(g)))
            diagnostics.Warning(DiagnosticIds.GlobMatchedNothing, $"the glob '{glob.Pattern}' matches no symbol of the headers");
    }

    private bool Matches(ImmutableArray<SymbolGlob> globs, string name)
    {
        var any = false;
        foreach (var glob in globs)
        {
            if (!glob.IsMatch(name))
                continue;
            _used.Add(glob);
            any = true;
        }

        return any;
    }
}
